"""Logging, editing and deleting entries through the services: every rule, one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from decimal import Decimal

import pytest

from okuvol_desktop.domain.errors import NotFound, OverlapError, ValidationError
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import Entry, RoleDetails
from okuvol_desktop.services.entries import EditConflict, EntryInput, LogEntry
from okuvol_desktop.services.ledger import Ledger
from tests.conftest import FixedClock
from tests.dbstate import count
from tests.services.helpers import dual_role_person, log

P, V = WorkKind.PROFESSIONAL, WorkKind.VOLUNTEER


def _count(location: str) -> int:
    return count(location)


def test_log_hours_records_a_submitted_entry_with_its_details(ledger: Ledger) -> None:
    dual_role_person(ledger)
    entry = log(
        ledger,
        date(2026, 3, 2),
        hours="2.5",
        category="Pendidikan",
        description="Reading club",
        skills=("teaching", " mentoring ", "teaching"),
        beneficiaries=12,
    )
    assert entry.minutes == 150
    assert entry.kind is V
    assert entry.status is EntryStatus.SUBMITTED
    assert entry.timezone == "Asia/Jakarta"
    assert entry.skills == ("mentoring", "teaching")
    stored = ledger.entries.get(entry.id)
    assert stored == entry
    assert stored.category_id is not None


def test_a_draft_stays_a_draft(ledger: Ledger) -> None:
    dual_role_person(ledger)
    details = EntryInput(date=date(2026, 3, 2), hours=Decimal(1))
    entry = ledger.entries.log(
        LogEntry(
            ledger.names.person("Siti Rahmawati"),
            ledger.names.organisation("RS Harapan"),
            details,
            kind=V,
            draft=True,
        )
    )
    assert entry.status is EntryStatus.DRAFT


def test_night_shift_across_midnight(ledger: Ledger) -> None:
    dual_role_person(ledger)
    entry = log(ledger, date(2026, 3, 1), kind=P, start=time(22), end=time(6, 30))
    assert entry.minutes == 8 * 60 + 30


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"hours": "0"}, "minutes", "more than 0"),
        ({"hours": "25"}, "minutes", "at most 24 hours"),
        ({"hours": "-1"}, "minutes", "more than 0"),
        ({}, "hours", "Give the number of hours"),
        ({"start": time(9)}, "end", "the end is missing"),
        ({"hours": "1", "start": time(9), "end": time(10)}, "hours", "not both"),
        ({"hours": "1", "category": "Astrology"}, "category", "No category is called 'Astrology'"),
        ({"hours": "1", "beneficiaries": -3}, "beneficiaries", "cannot be negative"),
        ({"hours": "1", "timezone": "Nowhere/City"}, "timezone", "Unknown time zone"),
    ],
)
def test_bad_entries_are_refused_and_nothing_is_written(
    ledger: Ledger, db_location: str, kwargs: dict[str, object], field: str, words: str
) -> None:
    dual_role_person(ledger)
    with pytest.raises((ValidationError, NotFound), match=words) as info:
        log(ledger, date(2026, 3, 2), **kwargs)  # type: ignore[arg-type]
    if isinstance(info.value, ValidationError):
        assert info.value.field == field
    assert _count(db_location) == 0


def test_future_date_is_refused_but_today_in_jakarta_is_fine(ledger: Ledger) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 11, 28), hours="1")  # the fixed clock: 28 Nov, noon in Jakarta
    with pytest.raises(ValidationError, match="2026-11-29 is in the future"):
        log(ledger, date(2026, 11, 29), hours="1")


def test_date_outside_the_role_is_refused(ledger: Ledger) -> None:
    dual_role_person(ledger)
    with pytest.raises(ValidationError, match="outside the role 'Tutor'"):
        log(ledger, date(2023, 12, 31), hours="1")


def test_overlap_names_the_clashing_entry_across_kinds(ledger: Ledger, db_location: str) -> None:
    dual_role_person(ledger)
    shift = log(ledger, date(2026, 3, 2), kind=P, start=time(8), end=time(16))
    with pytest.raises(
        OverlapError,
        match=f"overlaps entry {shift.id} on 2026-03-02 "
        r"\(08:00-16:00 Nurse at RS Harapan\)",
    ):
        log(ledger, date(2026, 3, 2), kind=V, start=time(15), end=time(17))
    assert _count(db_location) == 1
    log(ledger, date(2026, 3, 2), kind=V, start=time(16), end=time(18))  # touching is fine


def test_overlap_with_a_night_shift_from_the_day_before(ledger: Ledger) -> None:
    dual_role_person(ledger)
    night = log(ledger, date(2026, 3, 1), kind=P, start=time(22), end=time(6))
    with pytest.raises(OverlapError) as info:
        log(ledger, date(2026, 3, 2), kind=V, start=time(5), end=time(7))
    assert info.value.clashing_entry_id == night.id


def test_overlap_is_checked_in_real_time_across_zones(ledger: Ledger) -> None:
    dual_role_person(ledger)
    # 09:00-10:00 in Jakarta (UTC+7) is 10:00-11:00 in Makassar (UTC+8).
    log(ledger, date(2026, 3, 2), kind=P, start=time(9), end=time(10))
    with pytest.raises(OverlapError):
        log(ledger, date(2026, 3, 2), start=time(10, 30), end=time(11), timezone="Asia/Makassar")


def test_kind_is_needed_only_when_the_person_has_both_there(ledger: Ledger) -> None:
    dual_role_person(ledger)
    details = EntryInput(date=date(2026, 3, 2), hours=Decimal(1))
    with pytest.raises(ValidationError, match="say which kind") as info:
        ledger.entries.log(
            LogEntry(
                ledger.names.person("Siti Rahmawati"),
                ledger.names.organisation("RS Harapan"),
                details,
            )
        )
    assert info.value.field == "kind"
    ledger.people.add("Budi Santoso")
    ledger.roles.add(
        ledger.names.person("Budi Santoso"),
        ledger.names.organisation("RS Harapan"),
        V,
        RoleDetails(title="Companion"),
    )
    assert (
        ledger.entries.log(
            LogEntry(
                ledger.names.person("Budi Santoso"),
                ledger.names.organisation("RS Harapan"),
                details,
            )
        ).kind
        is V
    )


def test_unknown_person_and_missing_role(ledger: Ledger) -> None:
    dual_role_person(ledger)
    ledger.organisations.add("Sekolah Alam")
    details = EntryInput(date=date(2026, 3, 2), hours=Decimal(1))
    with pytest.raises(NotFound, match="No person is called 'Nobody'"):
        ledger.entries.log(
            LogEntry(
                ledger.names.person("Nobody"), ledger.names.organisation("RS Harapan"), details
            )
        )
    with pytest.raises(NotFound, match="Siti Rahmawati has no role at Sekolah Alam"):
        ledger.entries.log(
            LogEntry(
                ledger.names.person("Siti Rahmawati"),
                ledger.names.organisation("Sekolah Alam"),
                details,
            )
        )


def test_archived_person_cannot_log(ledger: Ledger) -> None:
    dual_role_person(ledger)
    ledger.people.set_archived(ledger.names.person("Siti Rahmawati"))
    with pytest.raises(ValidationError, match="archived"):
        log(ledger, date(2026, 3, 2), hours="1")


def test_editing_an_approved_entry_sends_it_back_for_review(ledger: Ledger) -> None:
    dual_role_person(ledger)
    entry = log(ledger, date(2026, 3, 2), hours="1")
    ledger.approvals.approve([entry.id])
    edited = ledger.entries.edit(entry.id, EntryInput(date=date(2026, 3, 3), hours=Decimal(2)))
    assert (edited.status, edited.minutes, edited.date) == (
        EntryStatus.SUBMITTED,
        120,
        date(2026, 3, 3),
    )


def test_editing_a_timed_entry_does_not_clash_with_itself(ledger: Ledger) -> None:
    dual_role_person(ledger)
    entry = log(ledger, date(2026, 3, 2), kind=P, start=time(8), end=time(12))
    edited = ledger.entries.edit(
        entry.id, EntryInput(date=date(2026, 3, 2), start=time(9), end=time(13))
    )
    assert edited.minutes == 240
    assert edited.start == time(9)


def test_approved_entries_are_kept_and_rejected_ones_may_go(
    ledger: Ledger, db_location: str
) -> None:
    dual_role_person(ledger)
    kept = log(ledger, date(2026, 3, 2), hours="1")
    ledger.approvals.approve([kept.id])
    with pytest.raises(ValidationError, match="approved and is kept as a record"):
        ledger.entries.delete(kept.id)
    # A rejected entry is the owner's to fix or to give up.
    rejected = log(ledger, date(2026, 3, 3), hours="1")
    ledger.approvals.reject([rejected.id], "Not on the sheet")
    ledger.entries.delete(rejected.id)
    assert _count(db_location) == 1


def test_check_runs_the_rules_and_writes_nothing(ledger: Ledger, db_location: str) -> None:
    dual_role_person(ledger)
    good = LogEntry(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        EntryInput(date(2026, 3, 2), hours=Decimal(2)),
        kind=V,
    )
    ledger.entries.check(good)
    with pytest.raises(ValidationError, match="in the future") as info:
        ledger.entries.check(
            LogEntry(
                ledger.names.person("Siti Rahmawati"),
                ledger.names.organisation("RS Harapan"),
                EntryInput(date(2027, 1, 1), hours=Decimal(2)),
                kind=V,
            )
        )
    assert info.value.field == "date"
    assert _count(db_location) == 0
    entry = log(ledger, date(2026, 3, 2), kind=P, start=time(8), end=time(12))
    # Checking an edit of that entry does not clash with itself.
    ledger.entries.check(
        LogEntry(
            ledger.names.person("Siti Rahmawati"),
            ledger.names.organisation("RS Harapan"),
            EntryInput(date(2026, 3, 2), start=time(9), end=time(13)),
            kind=P,
        ),
        editing=entry.id,
    )


def _as_recorded(entry: Entry) -> Entry:
    """The entry without its change history (putting it back is a change of its own)."""
    return replace(entry, version=0, updated_by=None, updated_at=None)


def test_restore_puts_back_an_edited_or_deleted_entry_exactly(ledger: Ledger) -> None:
    dual_role_person(ledger)
    original = log(
        ledger,
        date(2026, 3, 2),
        hours="2",
        category="education",
        skills=("mentoring",),
        description="Homework club",
    )
    ledger.approvals.approve([original.id], "ok")
    approved = ledger.entries.get(original.id)
    ledger.entries.edit(original.id, EntryInput(date(2026, 3, 3), hours=Decimal(5)))
    assert _as_recorded(ledger.entries.restore(approved)) == _as_recorded(approved)  # review too
    ledger.approvals.withdraw_review([original.id])
    ledger.entries.delete(original.id)
    submitted = replace(
        approved, status=EntryStatus.SUBMITTED, reviewer=None, reviewed_at=None, review_note=None
    )
    assert _as_recorded(ledger.entries.restore(submitted)) == _as_recorded(submitted)  # same id


def test_two_editors_of_one_entry_the_second_is_refused_with_who_and_when(
    ledger: Ledger, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    entry = log(ledger, date(2026, 3, 2), hours="2")
    ani = Ledger.create(replace(ledger.ctx, user="ani"))
    budi = Ledger.create(replace(ledger.ctx, user="budi"))
    seen_by_ani = ani.entries.get(entry.id)
    seen_by_budi = budi.entries.get(entry.id)
    clock.advance(minutes=5)
    saved = ani.entries.edit(
        entry.id,
        EntryInput(date=date(2026, 3, 2), hours=Decimal(3)),
        expected_version=seen_by_ani.version,
    )
    assert (saved.version, saved.updated_by) == (seen_by_ani.version + 1, "ani")
    with pytest.raises(EditConflict) as refused:
        budi.entries.edit(
            entry.id,
            EntryInput(date=date(2026, 3, 2), hours=Decimal(4)),
            expected_version=seen_by_budi.version,
        )
    said = str(refused.value)
    assert said.startswith(f"ani changed entry {entry.id} on 2026-03-02 (")
    assert " at 2026-11-28 05:05 UTC, after you opened it" in said
    assert refused.value.current.minutes == 180
    assert ledger.entries.get(entry.id).minutes == 180  # Budi's 4 hours were not saved
    again = budi.entries.edit(
        entry.id,
        EntryInput(date=date(2026, 3, 2), hours=Decimal(4)),
        expected_version=refused.value.current.version,  # after reloading
    )
    assert again.minutes == 240 and again.updated_by == "budi"


def test_every_change_raises_the_version(ledger: Ledger) -> None:
    dual_role_person(ledger)
    entry = log(ledger, date(2026, 3, 2), hours="2")
    assert entry.version == 1
    ledger.approvals.approve([entry.id])
    assert ledger.entries.get(entry.id).version == 2


# NOW in tests/conftest.py: Saturday 28 November 2026, 12:00 in Jakarta.
@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"start": time(20), "end": time(23)}, "ends at 23:00 on 2026-11-28, which is still"),
        ({"start": time(11), "end": time(12, 1)}, "ends at 12:01 on 2026-11-28"),
        ({"hours": "24"}, "24:00 hours today would end after now (12:00)"),
        ({"hours": "12.5"}, "12:30 hours today would end after now"),
        ({"start": time(10), "end": time(10)}, "ends at the minute it starts (10:00)"),
    ],
)
def test_hours_still_to_come_are_not_logged(
    ledger: Ledger, db_location: str, kwargs: dict[str, object], words: str
) -> None:
    dual_role_person(ledger)
    with pytest.raises(ValidationError, match=words.replace("(", r"\(").replace(")", r"\)")):
        log(ledger, date(2026, 11, 28), **kwargs)  # type: ignore[arg-type]
    assert _count(db_location) == 0
    # What has passed by now is fine: up to this minute, and the hours since midnight.
    log(ledger, date(2026, 11, 28), start=time(11), end=time(12))
    log(ledger, date(2026, 11, 28), hours="11", kind=P)
    assert _count(db_location) == 2


def test_a_night_shift_of_last_night_ends_this_morning_and_is_fine(ledger: Ledger) -> None:
    dual_role_person(ledger)
    entry = log(ledger, date(2026, 11, 27), start=time(22), end=time(6), kind=P)
    assert entry.minutes == 8 * 60
    with pytest.raises(ValidationError, match="ends at 13:00 on 2026-11-28"):
        log(ledger, date(2026, 11, 27), start=time(23), end=time(13))


def test_editing_and_the_week_grid_keep_the_same_rules(ledger: Ledger) -> None:
    from okuvol_desktop.services.week_sheet import CellError, WeekCell

    dual_role_person(ledger)
    entry = log(ledger, date(2026, 11, 28), start=time(9), end=time(10))
    with pytest.raises(ValidationError, match="which is still to come"):
        ledger.entries.edit(
            entry.id, EntryInput(date=date(2026, 11, 28), start=time(9), end=time(14))
        )
    with pytest.raises(ValidationError, match="ends at the minute it starts"):
        ledger.entries.edit(
            entry.id, EntryInput(date=date(2026, 11, 27), start=time(9), end=time(9))
        )
    tutor = next(r for r in ledger.roles.held(ledger.names.person("Siti Rahmawati")) if r.kind is V)
    with pytest.raises(CellError, match="hours today would end after now"):
        ledger.week_sheet.save(
            tutor.person_id, [WeekCell(tutor.id, date(2026, 11, 28), Decimal(13))], draft=False
        )
    assert ledger.entries.get(entry.id).end == time(10)


def test_a_timer_stopped_after_exactly_a_day_asks_to_be_cancelled(
    ledger: Ledger, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"), ledger.names.organisation("RS Harapan"), kind=V
    )
    clock.advance(hours=24)
    with pytest.raises(ValidationError, match="more than 24 hours; cancel it"):
        ledger.timer.stop()
