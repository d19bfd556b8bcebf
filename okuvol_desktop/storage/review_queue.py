"""The coordinator's queue: submitted entries grouped by organisation and person."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, func, literal_column, select
from sqlalchemy.orm import Session

from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.review import AwaitingReview
from okuvol_desktop.storage import kept_totals
from okuvol_desktop.storage.orm import EntryRow, OrganisationRow, PersonRow, PersonYearTotalRow


def awaiting_review(s: Session) -> list[AwaitingReview]:
    """Every person's submitted hours at each organisation, organisations and people by name.

    The groups and their sums come from the kept totals (a row per person, organisation and
    year); each group's first and last day are one seek each in the index of waiting
    entries, and the entries sent back after a review are few and have an index of their
    own: the queue costs what its lines cost, however many entries wait. A login that row
    security limits sums the entries it may see.
    """
    # The partial indexes' own words, not parameters: a database uses a partial index only
    # where it can see that the query asks for a part of what the index holds.
    waiting = EntryRow.status == literal_column(f"'{EntryStatus.SUBMITTED.value}'")
    if kept_totals.readable(s):
        t = PersonYearTotalRow
        groups = (
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
    else:
        groups = (
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
    same = and_(
        waiting,
        EntryRow.organisation_id == groups.c.organisation_id,
        EntryRow.person_id == groups.c.person_id,
    )
    first = select(func.min(EntryRow.work_date)).where(same).scalar_subquery()
    last = select(func.max(EntryRow.work_date)).where(same).scalar_subquery()
    sent_back = and_(
        waiting,
        EntryRow.reviewed_at.is_not(None),
        EntryRow.organisation_id == groups.c.organisation_id,
        EntryRow.person_id == groups.c.person_id,
    )
    resubmitted = select(func.count()).where(sent_back).scalar_subquery()
    stmt = (
        select(
            groups.c.organisation_id,
            OrganisationRow.name,
            groups.c.person_id,
            PersonRow.full_name,
            groups.c.entries,
            groups.c.minutes,
            first,
            last,
            resubmitted,
        )
        .join(OrganisationRow, OrganisationRow.id == groups.c.organisation_id)
        .join(PersonRow, PersonRow.id == groups.c.person_id)
        .order_by(OrganisationRow.name, PersonRow.full_name)
    )
    return [
        AwaitingReview(
            organisation_id=org_id,
            organisation_name=org_name,
            person_id=person_id,
            person_name=person_name,
            entries=int(entries),
            minutes=int(minutes or 0),
            first_date=_as_date(first_day),
            last_date=_as_date(last_day),
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


def _as_date(value: Any) -> date:
    """A date from a scalar subquery, which SQLite hands over as ISO text."""
    return date.fromisoformat(value) if isinstance(value, str) else value
