"""The coordinator's queue: submitted entries grouped by organisation and person."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Subquery, and_, func, literal_column, select
from sqlalchemy.orm import Session

from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.review import AwaitingReview
from okuvol_desktop.storage import kept_totals
from okuvol_desktop.storage.orm import EntryRow, OrganisationRow, PersonRow, PersonYearTotalRow


def awaiting_review(s: Session, limit: int | None = None) -> list[AwaitingReview]:
    """Every person's submitted hours at each organisation, organisations and people by name.

    The groups and their sums come from the kept totals (a row per person, organisation and
    year); each group's first and last day are one seek each in the index of waiting
    entries, and the entries sent back after a review are few and have an index of their
    own: the queue costs what its lines cost, however many entries wait. A login that row
    security limits sums the entries it may see.
    """
    waiting = _waiting()
    groups = _groups(s, waiting)
    named = (
        select(
            groups.c.organisation_id,
            OrganisationRow.name.label("organisation_name"),
            groups.c.person_id,
            PersonRow.full_name.label("person_name"),
            groups.c.entries,
            groups.c.minutes,
        )
        .join(OrganisationRow, OrganisationRow.id == groups.c.organisation_id)
        .join(PersonRow, PersonRow.id == groups.c.person_id)
        .order_by(OrganisationRow.name, PersonRow.full_name)
        .limit(limit)
        .subquery()
    )
    # The days and the count of sent-back entries only for the lines kept (a database sorts
    # whole rows: asked beside the names, they would be read for every group).
    same = and_(
        waiting,
        EntryRow.organisation_id == named.c.organisation_id,
        EntryRow.person_id == named.c.person_id,
    )
    first = select(func.min(EntryRow.work_date)).where(same).scalar_subquery()
    last = select(func.max(EntryRow.work_date)).where(same).scalar_subquery()
    sent_back = and_(
        waiting,
        EntryRow.reviewed_at.is_not(None),
        EntryRow.organisation_id == named.c.organisation_id,
        EntryRow.person_id == named.c.person_id,
    )
    resubmitted = select(func.count()).where(sent_back).scalar_subquery()
    stmt = select(
        named.c.organisation_id,
        named.c.organisation_name,
        named.c.person_id,
        named.c.person_name,
        named.c.entries,
        named.c.minutes,
        first,
        last,
        resubmitted,
    ).order_by(named.c.organisation_name, named.c.person_name)
    return [
        AwaitingReview(
            organisation_id=org_id,
            organisation_name=org_name,
            person_id=person_id,
            person_name=person_name,
            entries=int(entries),
            minutes=int(minutes or 0),
            first_date=kept_totals.read_date(first_day),
            last_date=kept_totals.read_date(last_day),
            resubmitted=int(sent_back or 0),
        )
        for (
            org_id,
            org_name,
            person_id,
            person_name,
            entries,
            minutes,
            first_day,
            last_day,
            sent_back,
        ) in s.execute(stmt)
    ]


def waiting_totals(s: Session) -> tuple[int, int, int, int]:
    """(entries, minutes, people, lines) of the whole queue in one reading, from the kept
    totals when this login sees every entry."""
    groups = _groups(s, _waiting())
    stmt = select(
        func.sum(groups.c.entries),
        func.sum(groups.c.minutes),
        func.count(func.distinct(groups.c.person_id)),
        func.count(),
    )
    found, spent, who, lines = s.execute(stmt).one()
    return int(found or 0), int(spent or 0), int(who or 0), int(lines or 0)


def _waiting() -> ColumnElement[bool]:
    """Submitted entries, in the partial indexes' own words rather than a parameter: a
    database uses a partial index only where it can see that the query asks for a part of
    what the index holds."""
    return EntryRow.status == literal_column(f"'{EntryStatus.SUBMITTED.value}'")


def _groups(s: Session, waiting: ColumnElement[bool]) -> Subquery:
    """(organisation, person, entries, minutes) of each line of the queue: from the kept
    totals (a row per person, organisation and year) when this login sees every entry, else
    from the entries it may see."""
    if kept_totals.readable(s):
        t = PersonYearTotalRow
        return (
            select(
                t.organisation_id,
                t.person_id,
                func.sum(t.entries).label("entries"),
                func.sum(t.minutes).label("minutes"),
            )
            .where(t.status == EntryStatus.SUBMITTED.value)
            .group_by(t.organisation_id, t.person_id)
            .subquery()
        )
    return (
        select(
            EntryRow.organisation_id,
            EntryRow.person_id,
            func.count().label("entries"),
            func.sum(EntryRow.minutes).label("minutes"),
        )
        .where(waiting)
        .group_by(EntryRow.organisation_id, EntryRow.person_id)
        .subquery()
    )
