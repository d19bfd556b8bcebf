"""The coordinator's queue: submitted entries grouped by organisation and person."""

from __future__ import annotations

from sqlalchemy import FromClause, func, select, tuple_
from sqlalchemy.orm import Session

from okuvol_desktop.domain.review import AwaitingReview
from okuvol_desktop.storage import kept_totals
from okuvol_desktop.storage.orm import OrganisationRow, PersonRow, WaitingLineRow


def awaiting_review(
    s: Session, limit: int | None = None, after: AwaitingReview | None = None
) -> list[AwaitingReview]:
    """Every person's submitted hours at each organisation, organisations and people by name
    (then by id: two people of one name stay apart); only the lines after ``after``, the
    last one a window lists, when given.

    Each line is one kept row (waiting_line, migration 0015): the queue costs what its lines
    cost, however many entries wait. A login that row security limits sums the entries it
    may see.
    """
    lines = _lines(s)
    order = (OrganisationRow.name, PersonRow.full_name, lines.c.organisation_id, lines.c.person_id)
    named = (
        select(
            lines.c.organisation_id,
            OrganisationRow.name,
            lines.c.person_id,
            PersonRow.full_name,
            lines.c.entries,
            lines.c.minutes,
            lines.c.first_day,
            lines.c.last_day,
            lines.c.resubmitted,
        )
        .join(OrganisationRow, OrganisationRow.id == lines.c.organisation_id)
        .join(PersonRow, PersonRow.id == lines.c.person_id)
        .order_by(*order)
        .limit(limit)
    )
    if after is not None:
        # A line's place by its names, not by its row: a line approved meanwhile, or a new
        # one, neither repeats a line nor skips one.
        named = named.where(
            tuple_(*order)
            > tuple_(
                after.organisation_name, after.person_name, after.organisation_id, after.person_id
            )
        )
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
        ) in s.execute(named)
    ]


def waiting_totals(s: Session) -> tuple[int, int, int, int]:
    """(entries, minutes, people, lines) of the whole queue in one reading."""
    lines = _lines(s)
    stmt = select(
        func.sum(lines.c.entries),
        func.sum(lines.c.minutes),
        func.count(func.distinct(lines.c.person_id)),
        func.count(),
    )
    found, spent, who, count = s.execute(stmt).one()
    return int(found or 0), int(spent or 0), int(who or 0), int(count or 0)


def _lines(s: Session) -> FromClause:
    """The queue's lines: kept when this login sees every entry, else made from the entries
    it may see."""
    if kept_totals.readable(s):
        return WaitingLineRow.__table__
    return kept_totals.waiting_lines_of_entries(s.get_bind().dialect.name)
