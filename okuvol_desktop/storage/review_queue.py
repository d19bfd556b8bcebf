"""The coordinator's queue: submitted entries grouped by organisation and person."""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.review import AwaitingReview
from okuvol_desktop.storage.orm import EntryRow, OrganisationRow, PersonRow


def awaiting_review(s: Session) -> list[AwaitingReview]:
    """Every person's submitted hours at each organisation, organisations and people by name.

    One GROUP BY over the entries that wait (the status index keeps it to those): the queue is
    small however long the history is.
    """
    stmt = (
        select(
            EntryRow.organisation_id,
            OrganisationRow.name,
            EntryRow.person_id,
            PersonRow.full_name,
            func.count(),
            func.sum(EntryRow.minutes),
            func.min(EntryRow.work_date),
            func.max(EntryRow.work_date),
            func.sum(case((EntryRow.reviewed_at.is_not(None), 1), else_=0)),
        )
        .join(OrganisationRow, OrganisationRow.id == EntryRow.organisation_id)
        .join(PersonRow, PersonRow.id == EntryRow.person_id)
        .where(EntryRow.status == EntryStatus.SUBMITTED.value)
        .group_by(
            EntryRow.organisation_id, OrganisationRow.name, EntryRow.person_id, PersonRow.full_name
        )
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
            first_date=first,
            last_date=last,
            resubmitted=int(resubmitted or 0),
        )
        for (
            org_id,
            org_name,
            person_id,
            person_name,
            entries,
            minutes,
            first,
            last,
            resubmitted,
        ) in s.execute(stmt)
    ]
