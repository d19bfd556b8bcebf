"""Totals of the ledger, computed by the database with GROUP BY.

No query here loads entries into Python: each returns one row per group (kind, organisation,
category, month, person or day), however many entries there are. Totals over everyone (or an
organisation) read the kept totals (storage/kept_totals.py: a few rows a day, or a row per
person and month) instead of the entries; one person's totals read that person's entries,
which an index finds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    case,
    extract,
    func,
    literal_column,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.storage import kept_totals
from okuvol_desktop.storage.orm import (
    CategoryRow,
    DayTotalRow,
    EntryRow,
    EntrySkillRow,
    OrganisationRow,
    PersonMonthTotalRow,
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

    def where(self, table: Any = EntryRow) -> list[ColumnElement[bool]]:
        """The filter as SQL conditions on the entry table (or on day_total, which has the
        same columns but the person)."""
        conditions: list[ColumnElement[bool]] = [
            table.work_date >= self.date_from,
            table.work_date <= self.date_to,
            table.status.in_([s.value for s in self.statuses]),
        ]
        if self.person_id is not None:
            conditions.append(table.person_id == self.person_id)
        return conditions + self._group_conditions(table)

    def month_where(self, first: date, after: date) -> list[ColumnElement[bool]]:
        """The filter on person_month_total for the whole months from ``first`` up to
        ``after`` (excluded)."""
        table = PersonMonthTotalRow
        return [
            table.month >= first,
            table.month < after,
            table.status.in_([s.value for s in self.statuses]),
            *self._group_conditions(table),
        ]

    def _group_conditions(self, table: Any) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.organisation_id is not None:
            conditions.append(table.organisation_id == self.organisation_id)
        if self.kind is not None:
            conditions.append(table.kind == self.kind.value)
        return conditions

    def split_by_months(self) -> tuple[tuple[date, date] | None, list[EntryFilter]]:
        """The whole months the period covers, as (first day, first day after), and filters
        for the days before and after them."""
        first = self.date_from if self.date_from.day == 1 else _next_month(self.date_from)
        following = self.date_to + timedelta(days=1)
        after = following if following.day == 1 else following.replace(day=1)
        if first >= after:
            return None, [self]
        edges = []
        if self.date_from < first:
            edges.append(replace(self, date_to=first - timedelta(days=1)))
        if after <= self.date_to:
            edges.append(replace(self, date_from=after))
        return (first, after), edges


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


@dataclass(frozen=True, slots=True)
class _Source:
    """Where a total over days is read: the kept day totals or the entries themselves."""

    table: Any
    entries: ColumnElement[Any]
    minutes: ColumnElement[Any]
    beneficiaries: ColumnElement[Any]
    category_id: ColumnElement[Any]
    where: list[ColumnElement[bool]]


class _Sources:
    """Chooses, per filter, the cheapest place that holds the totals it asks for."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._kept: bool | None = None

    def kept(self, f: EntryFilter) -> bool:
        """Whether totals of ``f`` may come from the kept totals (not one person's)."""
        if f.person_id is not None:
            return False
        if self._kept is None:
            self._kept = kept_totals.readable(self._s)
        return self._kept

    def days(self, f: EntryFilter) -> _Source:
        if self.kept(f):
            t = DayTotalRow
            return _Source(
                t,
                func.sum(t.entries),
                func.sum(t.minutes),
                func.sum(t.beneficiaries),
                func.nullif(t.category_id, literal_column("0")),
                f.where(t),
            )
        e = EntryRow
        return _Source(
            e,
            func.count(),
            func.sum(e.minutes),
            func.sum(e.beneficiaries),
            e.category_id,
            f.where(),
        )

    def person_kind_minutes(self, f: EntryFilter) -> Select[Any]:
        """(person_id, kind, minutes) rows whose sums per person and kind are the totals of
        ``f``: whole months from person_month_total, the days around them from the entries."""
        months, edges = f.split_by_months() if self.kept(f) else (None, [f])
        t = PersonMonthTotalRow
        parts: list[Select[Any]] = [
            select(EntryRow.person_id, EntryRow.kind, EntryRow.minutes).where(*g.where())
            for g in edges
        ]
        if months is not None:
            parts.append(select(t.person_id, t.kind, t.minutes).where(*f.month_where(*months)))
        return parts[0] if len(parts) == 1 else select(union_all(*parts).subquery())

    def person_kinds(self, f: EntryFilter) -> Select[Any]:
        """Distinct (person_id, kind) pairs with minutes in ``f``."""
        months, edges = f.split_by_months() if self.kept(f) else (None, [f])
        t = PersonMonthTotalRow
        parts: list[Select[Any]] = [
            select(EntryRow.person_id, EntryRow.kind).where(*g.where()) for g in edges
        ]
        if months is not None:
            parts.append(select(t.person_id, t.kind).where(*f.month_where(*months)))
        if len(parts) == 1:
            return parts[0].distinct()
        return select(union(*parts).subquery())


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
        self._sources = _Sources(session)

    def by_kind(self, f: EntryFilter) -> tuple[int, dict[WorkKind, int]]:
        """Number of entries and minutes per kind."""
        src = self._sources.days(f)
        stmt = (
            select(src.table.kind, src.entries, src.minutes)
            .where(*src.where)
            .group_by(src.table.kind)
        )
        count, minutes = 0, {k: 0 for k in WorkKind}
        for kind, n, total in self._s.execute(stmt):
            count += int(n)
            minutes[WorkKind(kind)] = int(total or 0)
        return count, minutes

    def by_organisation(self, f: EntryFilter) -> list[KindMinutes]:
        """Minutes per organisation and kind, labelled with the organisation's name."""
        src = self._sources.days(f)
        grouped = (
            select(
                src.table.organisation_id.label("org_id"),
                src.table.kind.label("kind"),
                src.minutes.label("minutes"),
            )
            .where(*src.where)
            .group_by(src.table.organisation_id, src.table.kind)
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
        src = self._sources.days(f)
        grouped = (
            select(
                src.category_id.label("cat_id"),
                src.table.kind.label("kind"),
                src.minutes.label("minutes"),
            )
            .where(*src.where)
            .group_by(src.category_id, src.table.kind)
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
        src = self._sources.days(f)
        year = extract("year", src.table.work_date).cast(Integer)
        month = extract("month", src.table.work_date).cast(Integer)
        stmt = (
            select(year, month, src.table.kind, src.minutes)
            .where(*src.where)
            .group_by(year, month, src.table.kind)
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
        pairs = self._sources.person_kinds(f).subquery()
        flags = (
            select(
                func.max(case((pairs.c.kind == WorkKind.PROFESSIONAL.value, 1), else_=0)).label(
                    "p"
                ),
                func.max(case((pairs.c.kind == WorkKind.VOLUNTEER.value, 1), else_=0)).label("v"),
            )
            .group_by(pairs.c.person_id)
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
        src = self._sources.days(f)
        stmt = (
            select(src.table.work_date, src.table.kind, src.minutes)
            .where(*src.where)
            .group_by(src.table.work_date, src.table.kind)
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
        self._sources = _Sources(session)

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
        src = self._sources.days(f)
        grouped = (
            select(src.category_id.label("cat_id"), src.minutes.label("minutes"))
            .where(*src.where)
            .group_by(src.category_id)
            .subquery()
        )
        stmt = select(CategoryRow.name_en, CategoryRow.name_id, grouped.c.minutes).join(
            grouped, grouped.c.cat_id == CategoryRow.id
        )
        return sorted(
            ((en, id_, int(m)) for en, id_, m in self._s.execute(stmt)), key=lambda r: (-r[2], r[0])
        )

    def beneficiaries(self, f: EntryFilter) -> int:
        """People served, as recorded on the entries."""
        src = self._sources.days(f)
        stmt = select(func.coalesce(src.beneficiaries, 0)).where(*src.where)
        return int(self._s.scalar(stmt) or 0)

    def by_person(self, f: EntryFilter) -> dict[int, dict[WorkKind, int]]:
        """Minutes per person and kind."""
        rows = self._sources.person_kind_minutes(f).subquery()
        stmt = select(rows.c.person_id, rows.c.kind, func.sum(rows.c.minutes)).group_by(
            rows.c.person_id, rows.c.kind
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
