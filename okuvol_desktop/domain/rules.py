"""The rules an entry must keep before it may enter the ledger (DESIGN.md, "Rules").

Each check raises ValidationError naming the field and value at fault. Anything that depends on
"today" receives the date as a parameter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from okuvol_desktop.domain.durations import MINUTES_PER_DAY, format_hmm
from okuvol_desktop.domain.errors import Message, OverlapError, ValidationError
from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.model import EntryRef, Role
from okuvol_desktop.domain.text import check_characters, check_name

# Which status may follow which. Editing is handled by status_after_edit, not by this table.
_TRANSITIONS: dict[EntryStatus, frozenset[EntryStatus]] = {
    EntryStatus.DRAFT: frozenset({EntryStatus.SUBMITTED}),
    EntryStatus.SUBMITTED: frozenset(
        {EntryStatus.APPROVED, EntryStatus.REJECTED, EntryStatus.DRAFT}
    ),
    # An approved entry goes back for review only when it is edited (status_after_edit).
    EntryStatus.APPROVED: frozenset(),
    # A rejected entry goes back once fixed; a reviewer who rejected by mistake approves it.
    EntryStatus.REJECTED: frozenset({EntryStatus.SUBMITTED, EntryStatus.APPROVED}),
}


def check_minutes(minutes: int) -> None:
    """An entry lasts more than 0 minutes and at most 24 hours."""
    if minutes <= 0:
        raise ValidationError(
            "minutes", "An entry must last more than 0 minutes (got {minutes}).", minutes=minutes
        )
    if minutes > MINUTES_PER_DAY:
        raise ValidationError(
            "minutes",
            "An entry can last at most 24 hours (got {duration} hours).",
            duration=format_hmm(minutes),
        )


def check_not_future(day: date, today: date) -> None:
    """Entries dated after ``today`` are refused; a running timer is not an entry yet."""
    if day > today:
        raise ValidationError(
            "date",
            "{day} is in the future; hours can be logged up to today ({today}).",
            day=day.isoformat(),
            today=today.isoformat(),
        )


# The ledger keeps amounts as NUMERIC(12, 2): ten digits before the decimal mark.
LARGEST_AMOUNT = Decimal("9999999999.99")
HOURS_IN_A_YEAR = 366 * 24


def check_amount(field: str, amount: Decimal, label: str) -> Decimal:
    """A sum of money (a rate, the value of an hour): not negative, at most LARGEST_AMOUNT.

    ``label`` names it in the sentence ("The hourly rate").
    """
    if not amount.is_finite() or amount < 0:
        raise ValidationError(
            field, "{label} cannot be negative (got {amount}).", label=Message(label), amount=amount
        )
    if amount > LARGEST_AMOUNT:
        raise ValidationError(
            field,
            "{label} of {amount} is more than the ledger keeps (at most {largest}).",
            label=Message(label),
            amount=amount,
            largest=LARGEST_AMOUNT,
        )
    return amount


# Continuing-education schemes count a day's course in single or double figures; 1,000
# credits on one entry can only be a slip of the keyboard.
MOST_CREDITS = Decimal(1000)


def check_credits(credits: Decimal) -> Decimal:
    """An entry's credits towards requirements: 0 (none) to 1,000, in hundredths."""
    if not credits.is_finite() or credits < 0 or credits > MOST_CREDITS:
        raise ValidationError(
            "credits",
            "Credits must be from 0 to {most} (got {credits}).",
            most=MOST_CREDITS,
            credits=credits,
        )
    if credits != credits.quantize(Decimal("0.01")):
        raise ValidationError(
            "credits",
            "Credits are kept to two decimal places (got {credits}).",
            credits=credits,
        )
    return credits


MOST_BENEFICIARIES = 1_000_000_000


def check_beneficiaries(count: int | None) -> None:
    """How many people an entry served: none given, or 0 to a billion."""
    if count is None:
        return
    if count < 0:
        raise ValidationError(
            "beneficiaries",
            "The number of people served cannot be negative (got {beneficiaries}).",
            beneficiaries=count,
        )
    if count > MOST_BENEFICIARIES:
        raise ValidationError(
            "beneficiaries",
            "{beneficiaries} people served is more than one entry can count (at most {most}).",
            beneficiaries=count,
            most=MOST_BENEFICIARIES,
        )


def check_times_differ(start: time, end: time) -> None:
    """A start and an end at the same minute are no span: 10:00-10:00 is refused, not read as
    24 hours (a whole day is logged as 24 hours)."""
    if start.replace(second=0, microsecond=0) == end.replace(second=0, microsecond=0):
        raise ValidationError(
            "end",
            "The entry ends at the minute it starts ({clock:%H:%M}); an end before the start "
            "crosses midnight. For a whole day, give 24 hours instead of times.",
            clock=start,
        )


def check_over(end_utc: datetime, now: datetime, end_local: datetime) -> None:
    """A timed entry has ended by ``now``: hours still to come are not logged yet (the timer
    is for work going on)."""
    if end_utc > now:
        raise ValidationError(
            "end",
            "The entry ends at {end:%H:%M} on {day}, which is still to come; log it once it "
            "is over, or start the timer.",
            end=end_local,
            day=end_local.date().isoformat(),
        )


def check_worked_by_now(day: date, minutes: int, local_now: datetime) -> None:
    """Hours dated today fit in the part of today that has passed (8 hours at 07:35 cannot
    have been worked yet)."""
    if day != local_now.date():
        return
    midnight = datetime.combine(day, time(), tzinfo=local_now.tzinfo)
    passed = int((local_now - midnight).total_seconds() // 60)
    if minutes > passed:
        raise ValidationError(
            "hours",
            "{duration} hours today would end after now ({now:%H:%M}); log the hours you "
            "have worked so far, or start the timer.",
            duration=format_hmm(minutes),
            now=local_now,
        )


def check_in_role_period(day: date, role: Role) -> None:
    """The entry's date lies inside its role's active period."""
    if role.is_active_on(day):
        return
    # Dates and words as values, not text: the window writes them in its own language.
    start = role.start_date or Message("the beginning")
    end = role.end_date or Message("the present")
    raise ValidationError(
        "date",
        "{day} is outside the role '{title}', which runs from {start} to {end}.",
        day=day,
        title=role.title,
        start=start,
        end=end,
    )


def check_text(field: str, value: str, label: str) -> str:
    """A required one-line text (a name, a title): stripped, refused when empty, when too long
    or when it holds control characters."""
    return check_name(field, value, label)


@dataclass(frozen=True, slots=True)
class TimedSpan:
    """A timed entry already in the ledger, as real instants, for the overlap check."""

    entry_id: int
    date: date
    start_utc: datetime
    end_utc: datetime
    ref: EntryRef  # how a message names the entry


def check_no_overlap(start_utc: datetime, end_utc: datetime, others: Iterable[TimedSpan]) -> None:
    """Two timed entries of one person must not overlap; touching ends are fine.

    Raises:
        OverlapError: naming the first clashing entry.
    """
    for other in sorted(others, key=lambda o: o.start_utc):
        if other.start_utc < end_utc and start_utc < other.end_utc:
            raise OverlapError("This overlaps {entry}.", other.entry_id, entry=other.ref)


def may_become(current: EntryStatus, target: EntryStatus) -> bool:
    """Whether the review cycle moves an entry from ``current`` to ``target``."""
    return target in _TRANSITIONS[current]


def check_transition(current: EntryStatus, target: EntryStatus, entry: EntryRef) -> None:
    """Only the moves of the review cycle are allowed (e.g. not draft -> approved)."""
    if current is EntryStatus.APPROVED and target is EntryStatus.SUBMITTED:
        raise ValidationError(
            "status",
            "Already approved: {entry}. Edit it if it is wrong, and it goes back for review.",
            entry=entry,
        )
    if not may_become(current, target):
        raise ValidationError(
            "status",
            "Not possible: {entry} is {current} and cannot become {target}.",
            entry=entry,
            current=current,
            target=target,
        )


def status_after_edit(status: EntryStatus) -> EntryStatus:
    """Editing a reviewed entry sends it back for review (a rejected one once fixed, an
    approved one because what was approved changed); drafts and submitted entries stay."""
    reviewed = status in (EntryStatus.APPROVED, EntryStatus.REJECTED)
    return EntryStatus.SUBMITTED if reviewed else status


def check_rejection_note(note: str | None) -> str:
    """A rejection tells the person why."""
    if note is None or not note.strip():
        raise ValidationError("note", "A rejection needs a note that tells the person why.")
    return check_characters("note", note.strip(), "The review note", limit=None, lines=True)
