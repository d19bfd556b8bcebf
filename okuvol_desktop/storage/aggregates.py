"""Totals of the ledger, computed by the database with GROUP BY.

No query here loads entries into Python: each returns one row per group (kind, organisation,
category, month, person or day), however many entries there are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Integer, case, extract, func, select
from sqlalchemy.orm import Session

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.storage.orm import CategoryRow, EntryRow, OrganisationRow


@dataclass(frozen=True, slots=True)
class EntryFilter:
    """Which entries a total covers. Dates are inclusive; ``statuses`` lists those that count."""

    date_from: date
    date_to: date
    statuses: tuple[EntryStatus, ...]
    person_id: int | None = None
    organisation_id: int | None = None
    kind: WorkKind | None = None

    def where(self) -> list[ColumnElement[bool]]:
        """The filter as SQL conditions on the entry table."""
        conditions: list[ColumnElement[bool]] = [
            EntryRow.work_date >= self.date_from,
            EntryRow.work_date <= self.date_to,
            EntryRow.status.in_([s.value for s in self.statuses]),
        ]
        if self.person_id is not None:
            conditions.append(EntryRow.person_id == self.person_id)
        if self.organisation_id is not None:
            conditions.append(EntryRow.organisation_id == self.organisation_id)
        if self.kind is not None:
            conditions.append(EntryRow.kind == self.kind.value)
        return conditions


@dataclass(frozen=True, slots=True)
class KindMinutes:
    """Minutes of each kind for one group (an organisation, a category, a month)."""

    label: str
    professional: int
    volunteer: int


@dataclass(frozen=True, slots=True)
class PeopleCounts:
    """People with minutes in the period, by the kinds of work they did."""

    professional_only: int
    volunteer_only: int
    dual_role: int

    @property
    def total(self) -> int:
        return self.professional_only + self.volunteer_only + self.dual_role


def _split(rows: Iterable[Any]) -> dict[Any, dict[str, int]]:
    """Rows of (group, kind, minutes) folded into {group: {kind: minutes}}."""
    folded: dict[Any, dict[str, int]] = {}
    for group, kind, minutes in rows:
        folded.setdefault(group, {})[kind] = int(minutes or 0)
    return folded


def _kind_minutes(label: str, per_kind: dict[str, int]) -> KindMinutes:
    return KindMinutes(
        label,
        per_kind.get(WorkKind.PROFESSIONAL.value, 0),
        per_kind.get(WorkKind.VOLUNTEER.value, 0),
    )


class Aggregates:
    """Totals over the entries that a filter selects."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def by_kind(self, f: EntryFilter) -> tuple[int, dict[WorkKind, int]]:
        """Number of entries and minutes per kind."""
        stmt = (
            select(EntryRow.kind, func.count(), func.sum(EntryRow.minutes))
            .where(*f.where())
            .group_by(EntryRow.kind)
        )
        count, minutes = 0, {k: 0 for k in WorkKind}
        for kind, n, total in self._s.execute(stmt):
            count += int(n)
            minutes[WorkKind(kind)] = int(total or 0)
        return count, minutes

    def by_organisation(self, f: EntryFilter) -> list[KindMinutes]:
        """Minutes per organisation and kind, labelled with the organisation's name."""
        grouped = (
            select(
                EntryRow.organisation_id.label("org_id"),
                EntryRow.kind.label("kind"),
                func.sum(EntryRow.minutes).label("minutes"),
            )
            .where(*f.where())
            .group_by(EntryRow.organisation_id, EntryRow.kind)
            .subquery()
        )
        stmt = select(OrganisationRow.name, grouped.c.kind, grouped.c.minutes).join(
            grouped, grouped.c.org_id == OrganisationRow.id
        )
        return [
            _kind_minutes(name, per_kind)
            for name, per_kind in _split(self._s.execute(stmt)).items()
        ]

    def by_category(self, f: EntryFilter, uncategorised: str) -> list[tuple[str, KindMinutes]]:
        """Minutes per category and kind as (category key, totals labelled in English).

        Entries with no category are grouped under ``uncategorised`` with the key "".
        """
        grouped = (
            select(
                EntryRow.category_id.label("cat_id"),
                EntryRow.kind.label("kind"),
                func.sum(EntryRow.minutes).label("minutes"),
            )
            .where(*f.where())
            .group_by(EntryRow.category_id, EntryRow.kind)
            .subquery()
        )
        stmt = select(CategoryRow.key, CategoryRow.name_en, grouped.c.kind, grouped.c.minutes).join(
            CategoryRow, CategoryRow.id == grouped.c.cat_id, isouter=True
        )
        folded: dict[tuple[str, str], dict[str, int]] = {}
        for key, name, kind, minutes in self._s.execute(stmt):
            folded.setdefault((key or "", name or uncategorised), {})[kind] = int(minutes or 0)
        return [(key, _kind_minutes(name, per_kind)) for (key, name), per_kind in folded.items()]

    def by_month(self, f: EntryFilter) -> dict[tuple[int, int], KindMinutes]:
        """Minutes per (year, month) and kind; months without entries are absent."""
        year = extract("year", EntryRow.work_date).cast(Integer)
        month = extract("month", EntryRow.work_date).cast(Integer)
        stmt = (
            select(year, month, EntryRow.kind, func.sum(EntryRow.minutes))
            .where(*f.where())
            .group_by(year, month, EntryRow.kind)
        )
        folded = _split(
            ((int(y), int(m)), kind, minutes) for y, m, kind, minutes in self._s.execute(stmt)
        )
        return {
            ym: _kind_minutes(f"{ym[0]:04d}-{ym[1]:02d}", per_kind)
            for ym, per_kind in folded.items()
        }

    def people(self, f: EntryFilter) -> PeopleCounts:
        """How many people did only professional work, only volunteer work, or both."""
        flags = (
            select(
                func.max(case((EntryRow.kind == WorkKind.PROFESSIONAL.value, 1), else_=0)).label(
                    "p"
                ),
                func.max(case((EntryRow.kind == WorkKind.VOLUNTEER.value, 1), else_=0)).label("v"),
            )
            .where(*f.where())
            .group_by(EntryRow.person_id)
            .subquery()
        )
        stmt = select(
            func.coalesce(func.sum(case(((flags.c.p == 1) & (flags.c.v == 0), 1), else_=0)), 0),
            func.coalesce(func.sum(case(((flags.c.p == 0) & (flags.c.v == 1), 1), else_=0)), 0),
            func.coalesce(func.sum(case(((flags.c.p == 1) & (flags.c.v == 1), 1), else_=0)), 0),
        )
        professional_only, volunteer_only, dual = self._s.execute(stmt).one()
        return PeopleCounts(int(professional_only), int(volunteer_only), int(dual))

    def minutes_by_day(self, f: EntryFilter) -> dict[tuple[date, WorkKind], int]:
        """Minutes per day and kind: the input of weekly load and of dated valuation."""
        stmt = (
            select(EntryRow.work_date, EntryRow.kind, func.sum(EntryRow.minutes))
            .where(*f.where())
            .group_by(EntryRow.work_date, EntryRow.kind)
        )
        return {
            (day, WorkKind(kind)): int(minutes or 0) for day, kind, minutes in self._s.execute(stmt)
        }
