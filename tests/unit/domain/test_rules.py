"""The rules an entry must keep (DESIGN.md, "Rules")."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from okuvol_desktop.domain import rules
from okuvol_desktop.domain.errors import OverlapError, ValidationError
from okuvol_desktop.domain.ids import OrganisationId, PersonId, RoleId
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import EntryRef, Role


def _role(start: date | None = date(2026, 1, 1), end: date | None = date(2026, 6, 30)) -> Role:
    return Role(
        id=RoleId(1),
        person_id=PersonId(1),
        organisation_id=OrganisationId(1),
        kind=WorkKind.VOLUNTEER,
        title="Tutor",
        start_date=start,
        end_date=end,
    )


@pytest.mark.parametrize("minutes", [1, 60, 1440])
def test_minutes_in_range_pass(minutes: int) -> None:
    rules.check_minutes(minutes)


@pytest.mark.parametrize(
    ("minutes", "words"),
    [(0, "more than 0"), (-5, "more than 0"), (1441, "at most 24 hours"), (25 * 60, "25:00")],
)
def test_minutes_out_of_range_are_refused(minutes: int, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as info:
        rules.check_minutes(minutes)
    assert info.value.field == "minutes"


def test_today_is_allowed_and_tomorrow_is_not() -> None:
    rules.check_not_future(date(2026, 11, 28), today=date(2026, 11, 28))
    with pytest.raises(ValidationError, match="2026-11-29 is in the future"):
        rules.check_not_future(date(2026, 11, 29), today=date(2026, 11, 28))


def test_date_inside_role_period_both_ends_included() -> None:
    for day in (date(2026, 1, 1), date(2026, 6, 30)):
        rules.check_in_role_period(day, _role())


@pytest.mark.parametrize("day", [date(2025, 12, 31), date(2026, 7, 1)])
def test_date_outside_role_period_is_refused(day: date) -> None:
    with pytest.raises(ValidationError, match="outside the role 'Tutor'.*2026-01-01 to 2026-06-30"):
        rules.check_in_role_period(day, _role())


def test_open_ended_role_accepts_any_later_date() -> None:
    rules.check_in_role_period(date(2030, 1, 1), _role(end=None))


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 2, hour, minute, tzinfo=UTC)


def _ref(entry_id: int, start: int = 9, end: int = 10) -> EntryRef:
    return EntryRef(entry_id, date(2026, 3, 2), time(start), time(end), "Tutor", "RS Harapan")


def _span(entry_id: int, start: int, end: int) -> rules.TimedSpan:
    ref = _ref(entry_id, start, end)
    return rules.TimedSpan(entry_id, date(2026, 3, 2), _at(start), _at(end), ref)


def test_overlap_names_the_clashing_entry() -> None:
    clash = r"overlaps entry 7 on 2026-03-02 \(11:00-13:00 Tutor at RS Harapan\)"
    with pytest.raises(OverlapError, match=clash) as info:
        rules.check_no_overlap(_at(10), _at(12), [_span(3, 6, 9), _span(7, 11, 13)])
    assert info.value.clashing_entry_id == 7


def test_touching_entries_do_not_overlap() -> None:
    rules.check_no_overlap(_at(9), _at(11), [_span(3, 6, 9), _span(4, 11, 13)])


def test_an_entry_inside_another_overlaps() -> None:
    with pytest.raises(OverlapError):
        rules.check_no_overlap(_at(10), _at(10, 30), [_span(5, 9, 12)])


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (EntryStatus.DRAFT, EntryStatus.SUBMITTED),
        (EntryStatus.SUBMITTED, EntryStatus.APPROVED),
        (EntryStatus.SUBMITTED, EntryStatus.REJECTED),
        (EntryStatus.REJECTED, EntryStatus.SUBMITTED),  # fixed, it goes back
        (EntryStatus.REJECTED, EntryStatus.APPROVED),  # the reviewer changed their mind
    ],
)
def test_review_cycle_moves(current: EntryStatus, target: EntryStatus) -> None:
    rules.check_transition(current, target, _ref(1))


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (EntryStatus.DRAFT, EntryStatus.APPROVED),
        (EntryStatus.DRAFT, EntryStatus.REJECTED),
        (EntryStatus.APPROVED, EntryStatus.REJECTED),
        (EntryStatus.APPROVED, EntryStatus.APPROVED),
    ],
)
def test_moves_outside_the_cycle_are_refused(current: EntryStatus, target: EntryStatus) -> None:
    refusal = f"entry 9 on 2026-03-02 .* is {current.value} and cannot become"
    with pytest.raises(ValidationError, match=refusal):
        rules.check_transition(current, target, _ref(9))


def test_editing_a_reviewed_entry_sends_it_back_for_review() -> None:
    assert rules.status_after_edit(EntryStatus.APPROVED) is EntryStatus.SUBMITTED
    assert rules.status_after_edit(EntryStatus.REJECTED) is EntryStatus.SUBMITTED
    assert rules.status_after_edit(EntryStatus.DRAFT) is EntryStatus.DRAFT
    assert rules.status_after_edit(EntryStatus.SUBMITTED) is EntryStatus.SUBMITTED


@pytest.mark.parametrize("note", [None, "", "   "])
def test_rejection_needs_a_note(note: str | None) -> None:
    with pytest.raises(ValidationError, match="needs a note"):
        rules.check_rejection_note(note)
