"""The live timer: kept in the database, surviving a restart, stopped into a normal entry."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from okuvol_desktop.domain.errors import Conflict, NotFound, OverlapError, ValidationError
from okuvol_desktop.domain.kinds import EntrySource, EntryStatus, WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.timer import TimerTooShort
from okuvol_desktop.storage.database import open_database
from tests.conftest import FixedClock
from tests.services.helpers import dual_role_person, log


def test_timer_survives_a_restart_and_stops_into_an_entry(
    ledger: Ledger, db_path: Path, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    clock.now = datetime(2026, 11, 27, 11, 50, 20, tzinfo=UTC)  # 18:50 in Jakarta
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.VOLUNTEER,
        description="Homework club",
        category=ledger.names.category("education"),
    )

    # The application quits; a new process opens the same file later.
    clock.advance(hours=5, minutes=25)  # 00:15 the next day in Jakarta
    reopened = open_database(str(db_path))
    try:
        later = Ledger.create(ServiceContext(reopened.sessions, clock, "Asia/Jakarta"))
        (status,) = later.timer.status()
        assert (status.person_name, status.role_title) == ("Siti Rahmawati", "Tutor")
        assert int(status.elapsed.total_seconds() // 60) == 325
        entry = later.timer.stop()
    finally:
        reopened.close()
    assert entry.source is EntrySource.TIMER
    assert entry.status is EntryStatus.SUBMITTED
    assert (entry.date.isoformat(), entry.start, entry.end) == (
        "2026-11-27",
        time(18, 50),
        time(0, 15),
    )
    assert entry.minutes == 5 * 60 + 25
    assert entry.description == "Homework club"
    assert ledger.timer.status() == []


def test_one_timer_per_person(ledger: Ledger) -> None:
    dual_role_person(ledger)
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.PROFESSIONAL,
    )
    with pytest.raises(Conflict, match="already running for Siti Rahmawati"):
        ledger.timer.start(
            ledger.names.person("Siti Rahmawati"),
            ledger.names.organisation("RS Harapan"),
            kind=WorkKind.VOLUNTEER,
        )


def test_stopping_a_timer_that_breaks_a_rule_keeps_it_running(
    ledger: Ledger, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    clock.now = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.VOLUNTEER,
    )
    clock.advance(hours=2)  # meanwhile, half an hour of nursing is logged by hand
    log(ledger, clock.now.date(), kind=WorkKind.PROFESSIONAL, start=time(9, 30), end=time(10))
    with pytest.raises(OverlapError):
        ledger.timer.stop(ledger.names.person("Siti Rahmawati"))
    assert len(ledger.timer.status()) == 1


def test_a_timer_of_under_a_minute_logs_nothing(ledger: Ledger, clock: FixedClock) -> None:
    dual_role_person(ledger)
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.VOLUNTEER,
    )
    clock.advance(seconds=40)
    with pytest.raises(ValidationError, match="less than a minute"):
        ledger.timer.stop()
    ledger.timer.cancel()
    with pytest.raises(NotFound, match="No timer is running"):
        ledger.timer.stop()


def test_a_timer_left_over_24_hours_must_be_cancelled(ledger: Ledger, clock: FixedClock) -> None:
    dual_role_person(ledger)
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.VOLUNTEER,
    )
    clock.advance(hours=25)
    with pytest.raises(ValidationError, match="more than 24 hours"):
        ledger.timer.stop()


def test_with_two_timers_stop_asks_whose(ledger: Ledger) -> None:
    dual_role_person(ledger)
    dual_role_person(ledger, "Budi Santoso")
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.VOLUNTEER,
    )
    ledger.timer.start(
        ledger.names.person("Budi Santoso"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.VOLUNTEER,
    )
    with pytest.raises(ValidationError, match="2 timers are running"):
        ledger.timer.stop()


def test_a_forgotten_start_is_set_to_when_the_work_began(ledger: Ledger, clock: FixedClock) -> None:
    dual_role_person(ledger)
    clock.now = datetime(2026, 11, 27, 2, 10, 30, tzinfo=UTC)  # 09:10:30 in Jakarta
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.VOLUNTEER,
    )
    moved = ledger.timer.move_start(
        ledger.names.person("Siti Rahmawati"), date(2026, 11, 27), time(8, 30)
    )
    assert moved.timer.started_at == datetime(2026, 11, 27, 1, 30, tzinfo=UTC)
    assert int(moved.elapsed.total_seconds()) == 40 * 60 + 30
    (status,) = ledger.timer.status()
    assert status.timer.started_at == moved.timer.started_at
    clock.advance(minutes=20)
    entry = ledger.timer.stop()
    assert (entry.start, entry.end, entry.minutes) == (time(8, 30), time(9, 30), 60)


def test_a_start_across_midnight_counts_from_the_day_before(
    ledger: Ledger, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    clock.now = datetime(2026, 11, 27, 17, 15, tzinfo=UTC)  # 00:15 on the 28th in Jakarta
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.VOLUNTEER,
    )
    ledger.timer.move_start(ledger.names.person("Siti Rahmawati"), date(2026, 11, 27), time(23, 0))
    entry = ledger.timer.stop()
    assert (entry.date, entry.start, entry.end, entry.minutes) == (
        date(2026, 11, 27),
        time(23, 0),
        time(0, 15),
        75,
    )


@pytest.mark.parametrize(
    ("day", "at", "refusal"),
    [
        (date(2026, 11, 27), time(9, 11), "still to come"),
        (date(2026, 11, 28), time(8, 0), "still to come"),
        (date(2026, 11, 26), time(9, 10), "24 hours ago or more"),
        (date(2025, 1, 1), time(9, 0), "24 hours ago or more"),
    ],
)
def test_a_start_in_the_future_or_a_day_ago_is_refused(
    ledger: Ledger, clock: FixedClock, day: date, at: time, refusal: str
) -> None:
    dual_role_person(ledger)
    clock.now = datetime(2026, 11, 27, 2, 10, 30, tzinfo=UTC)  # 09:10:30 in Jakarta
    started = ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.VOLUNTEER,
    )
    with pytest.raises(ValidationError, match=refusal) as refused:
        ledger.timer.move_start(ledger.names.person("Siti Rahmawati"), day, at)
    assert refused.value.field == "start"
    (status,) = ledger.timer.status()
    assert status.timer.started_at == started.timer.started_at  # nothing changed


def test_a_start_a_minute_short_of_a_day_is_kept(ledger: Ledger, clock: FixedClock) -> None:
    dual_role_person(ledger)
    clock.now = datetime(2026, 11, 27, 2, 10, 30, tzinfo=UTC)  # 09:10:30 in Jakarta
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.VOLUNTEER,
    )
    moved = ledger.timer.move_start(
        ledger.names.person("Siti Rahmawati"), date(2026, 11, 26), time(9, 11)
    )
    assert int(moved.elapsed.total_seconds() // 60) == 24 * 60 - 1


def test_a_start_that_would_overlap_an_entry_is_refused_naming_it(
    ledger: Ledger, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    clock.now = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)  # 10:00 in Jakarta
    nursing = log(
        ledger, date(2026, 11, 27), kind=WorkKind.PROFESSIONAL, start=time(8), end=time(9)
    )
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.VOLUNTEER,
    )
    with pytest.raises(OverlapError, match=f"overlaps entry {nursing.id}"):
        ledger.timer.move_start(
            ledger.names.person("Siti Rahmawati"), date(2026, 11, 27), time(8, 59)
        )
    moved = ledger.timer.move_start(
        ledger.names.person("Siti Rahmawati"), date(2026, 11, 27), time(9, 0)
    )  # touching
    assert int(moved.elapsed.total_seconds() // 60) == 60


def test_only_a_running_timer_has_a_start_to_move(ledger: Ledger) -> None:
    dual_role_person(ledger)
    with pytest.raises(NotFound, match="No timer is running for Siti Rahmawati"):
        ledger.timer.move_start(ledger.names.person("Siti Rahmawati"), date(2026, 11, 28), time(8))


def test_a_start_before_the_role_began_is_refused(ledger: Ledger, clock: FixedClock) -> None:
    ledger.people.add("Budi Santoso")
    ledger.organisations.add("Sekolah Alam")
    ledger.roles.add(
        ledger.names.person("Budi Santoso"),
        ledger.names.organisation("Sekolah Alam"),
        WorkKind.VOLUNTEER,
        RoleDetails(title="Tutor", start_date=date(2026, 11, 28)),
    )
    clock.now = datetime(2026, 11, 27, 17, 30, tzinfo=UTC)  # 00:30 on the 28th in Jakarta
    ledger.timer.start(
        ledger.names.person("Budi Santoso"), ledger.names.organisation("Sekolah Alam")
    )
    with pytest.raises(ValidationError, match="outside the role 'Tutor'"):
        ledger.timer.move_start(
            ledger.names.person("Budi Santoso"), date(2026, 11, 27), time(23, 30)
        )


def test_continuing_an_entry_starts_its_role_description_and_category(
    ledger: Ledger, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    clock.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)  # 16:00 in Jakarta
    earlier = log(
        ledger,
        date(2026, 11, 26),
        start=time(14),
        end=time(16),
        description="Homework club",
        category="education",
    )
    status = ledger.timer.resume(earlier.id)
    assert (status.person_name, status.role_title, status.kind) == (
        "Siti Rahmawati",
        "Tutor",
        WorkKind.VOLUNTEER,
    )
    assert status.timer.started_at == clock.now
    clock.advance(minutes=45)
    entry = ledger.timer.stop()
    assert (entry.role_id, entry.description, entry.category_id) == (
        earlier.role_id,
        "Homework club",
        earlier.category_id,
    )
    assert (entry.date, entry.start, entry.minutes) == (date(2026, 11, 27), time(16), 45)


def test_continuing_while_the_person_times_something_else_is_refused(ledger: Ledger) -> None:
    dual_role_person(ledger)
    earlier = log(ledger, date(2026, 11, 26), hours="2")
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.PROFESSIONAL,
    )
    with pytest.raises(Conflict, match="already running for Siti Rahmawati"):
        ledger.timer.resume(earlier.id)
    (status,) = ledger.timer.status()
    assert status.role_title == "Nurse"


def test_continuing_in_an_archived_role_is_refused(ledger: Ledger) -> None:
    dual_role_person(ledger)
    earlier = log(ledger, date(2026, 11, 26), hours="2")
    ledger.roles.set_archived(earlier.role_id)
    with pytest.raises(ValidationError, match="archived"):
        ledger.timer.resume(earlier.id)
    assert ledger.timer.status() == []


def test_a_role_that_has_ended_is_refused_at_the_start_not_at_the_stop(ledger: Ledger) -> None:
    ledger.people.add("Budi Santoso")
    ledger.organisations.add("Sekolah Alam")
    ledger.roles.add(
        ledger.names.person("Budi Santoso"),
        ledger.names.organisation("Sekolah Alam"),
        WorkKind.VOLUNTEER,
        RoleDetails(title="Tutor", start_date=date(2026, 1, 1), end_date=date(2026, 11, 27)),
    )
    earlier = log(ledger, date(2026, 11, 26), hours="2", person="Budi Santoso", org="Sekolah Alam")
    with pytest.raises(ValidationError, match="2026-11-28 is outside the role 'Tutor'"):
        ledger.timer.start(
            ledger.names.person("Budi Santoso"), ledger.names.organisation("Sekolah Alam")
        )
    with pytest.raises(ValidationError, match="outside the role"):
        ledger.timer.resume(earlier.id)
    assert ledger.timer.status() == []


def test_a_running_timer_changes_what_its_entry_will_say(ledger: Ledger, clock: FixedClock) -> None:
    dual_role_person(ledger)
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.VOLUNTEER,
    )
    changed = ledger.timer.describe(
        ledger.names.person("Siti Rahmawati"),
        "  Reading with Dina ",
        ledger.names.category("education"),
    )
    assert changed.timer.description == "Reading with Dina"
    with pytest.raises(ValidationError, match="description"):
        ledger.timer.describe(ledger.names.person("Siti Rahmawati"), "bell\x07", None)
    clock.advance(minutes=30)
    entry = ledger.timer.stop()
    assert entry.description == "Reading with Dina" and entry.category_id is not None


def test_a_description_the_entry_would_refuse_is_refused_at_the_start(ledger: Ledger) -> None:
    dual_role_person(ledger)
    with pytest.raises(ValidationError, match="description"):
        ledger.timer.start(
            ledger.names.person("Siti Rahmawati"),
            ledger.names.organisation("RS Harapan"),
            kind=WorkKind.VOLUNTEER,
            description="a\x00b",
        )
    assert ledger.timer.status() == []


def test_under_a_minute_says_so_in_its_own_error(ledger: Ledger, clock: FixedClock) -> None:
    dual_role_person(ledger)
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        kind=WorkKind.VOLUNTEER,
    )
    clock.advance(seconds=59)
    with pytest.raises(TimerTooShort):
        ledger.timer.stop(ledger.names.person("Siti Rahmawati"))
    assert len(ledger.timer.status()) == 1
