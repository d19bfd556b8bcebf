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
from okuvol_desktop.storage.orm import (
    CategoryRow,
    EntryRow,
    EntrySkillRow,
    OrganisationRow,
    RoleRow,
    SkillRow,
)


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

    def minutes_by_role_and_day(self, f: EntryFilter) -> dict[tuple[int, date], int]:
        """Minutes per role and day: what a week grid shows as already logged."""
        stmt = (
            select(EntryRow.role_id, EntryRow.work_date, func.sum(EntryRow.minutes))
            .where(*f.where())
            .group_by(EntryRow.role_id, EntryRow.work_date)
        )
        return {
            (role_id, day): int(minutes or 0) for role_id, day, minutes in self._s.execute(stmt)
        }


@dataclass(frozen=True, slots=True)
class RoleMinutes:
    """Minutes in one role, with the names a reader needs."""

    role_id: int
    role_title: str
    organisation: str
    kind: WorkKind
    minutes: int


class Details:
    """Totals by role, skill, person and beneficiaries for documents."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def by_role(self, f: EntryFilter) -> list[RoleMinutes]:
        """Minutes per role, largest first."""
        grouped = (
            select(EntryRow.role_id.label("role_id"), func.sum(EntryRow.minutes).label("minutes"))
            .where(*f.where())
            .group_by(EntryRow.role_id)
            .subquery()
        )
        stmt = (
            select(RoleRow.id, RoleRow.title, OrganisationRow.name, RoleRow.kind, grouped.c.minutes)
            .join(grouped, grouped.c.role_id == RoleRow.id)
            .join(OrganisationRow, OrganisationRow.id == RoleRow.organisation_id)
        )
        rows = [
            RoleMinutes(i, t, o, WorkKind(k), int(m)) for i, t, o, k, m in self._s.execute(stmt)
        ]
        return sorted(rows, key=lambda r: (-r.minutes, r.organisation, r.role_title))

    def skills(self, f: EntryFilter) -> list[tuple[str, int]]:
        """Skills practised and in how many entries, most practised first."""
        stmt = (
            select(SkillRow.name, func.count())
            .join(EntrySkillRow, EntrySkillRow.skill_id == SkillRow.id)
            .join(EntryRow, EntryRow.id == EntrySkillRow.entry_id)
            .where(*f.where())
            .group_by(SkillRow.name)
        )
        return sorted(((n, int(c)) for n, c in self._s.execute(stmt)), key=lambda r: (-r[1], r[0]))

    def categories(self, f: EntryFilter) -> list[tuple[str, str, int]]:
        """(English name, Indonesian name, minutes) per category that has entries."""
        stmt = (
            select(CategoryRow.name_en, CategoryRow.name_id, func.sum(EntryRow.minutes))
            .join(EntryRow, EntryRow.category_id == CategoryRow.id)
            .where(*f.where())
            .group_by(CategoryRow.name_en, CategoryRow.name_id)
        )
        return sorted(
            ((en, id_, int(m)) for en, id_, m in self._s.execute(stmt)), key=lambda r: (-r[2], r[0])
        )

    def beneficiaries(self, f: EntryFilter) -> int:
        """People served, as recorded on the entries."""
        stmt = select(func.coalesce(func.sum(EntryRow.beneficiaries), 0)).where(*f.where())
        return int(self._s.scalar(stmt) or 0)

    def by_person(self, f: EntryFilter) -> dict[int, dict[WorkKind, int]]:
        """Minutes per person and kind."""
        stmt = (
            select(EntryRow.person_id, EntryRow.kind, func.sum(EntryRow.minutes))
            .where(*f.where())
            .group_by(EntryRow.person_id, EntryRow.kind)
        )
        found: dict[int, dict[WorkKind, int]] = {}
        for person_id, kind, minutes in self._s.execute(stmt):
            found.setdefault(person_id, {})[WorkKind(kind)] = int(minutes or 0)
        return found

    def days_served(self, f: EntryFilter) -> tuple[date | None, date | None, int]:
        """The first and last day with an entry, and how many distinct days have one."""
        first, last, days = self._s.execute(
            select(
                func.min(EntryRow.work_date),
                func.max(EntryRow.work_date),
                func.count(func.distinct(EntryRow.work_date)),
            ).where(*f.where())
        ).one()
        return first, last, int(days or 0)

    def itemised(self, f: EntryFilter) -> list[tuple[date, str, int, str | None, date | None]]:
        """(date, role title, minutes, reviewer, review date) of each entry, oldest first."""
        stmt = (
            select(
                EntryRow.work_date,
                RoleRow.title,
                EntryRow.minutes,
                EntryRow.reviewer,
                EntryRow.reviewed_at,
            )
            .join(RoleRow, RoleRow.id == EntryRow.role_id)
            .where(*f.where())
            .order_by(EntryRow.work_date, EntryRow.id)
        )
        return [
            (day, title, int(minutes), reviewer, reviewed.date() if reviewed else None)
            for day, title, minutes, reviewer, reviewed in self._s.execute(stmt)
        ]
