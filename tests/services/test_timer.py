"""The live timer: kept in the database, surviving a restart, stopped into a normal entry."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from okuvol_desktop.domain.errors import Conflict, NotFound, OverlapError, ValidationError
from okuvol_desktop.domain.kinds import EntrySource, EntryStatus, WorkKind
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.storage.database import open_database
from tests.conftest import FixedClock
from tests.services.helpers import dual_role_person, log


def test_timer_survives_a_restart_and_stops_into_an_entry(
    ledger: Ledger, db_path: Path, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    clock.now = datetime(2026, 11, 27, 11, 50, 20, tzinfo=UTC)  # 18:50 in Jakarta
    ledger.timer.start(
        "Siti Rahmawati",
        "RS Harapan",
        kind=WorkKind.VOLUNTEER,
        description="Homework club",
        category="education",
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
    ledger.timer.start("Siti Rahmawati", "RS Harapan", kind=WorkKind.PROFESSIONAL)
    with pytest.raises(Conflict, match="already running for Siti Rahmawati"):
        ledger.timer.start("Siti Rahmawati", "RS Harapan", kind=WorkKind.VOLUNTEER)


def test_stopping_a_timer_that_breaks_a_rule_keeps_it_running(
    ledger: Ledger, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    clock.now = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta
    ledger.timer.start("Siti Rahmawati", "RS Harapan", kind=WorkKind.VOLUNTEER)
    clock.advance(hours=2)  # meanwhile, half an hour of nursing is logged by hand
    log(ledger, clock.now.date(), kind=WorkKind.PROFESSIONAL, start=time(9, 30), end=time(10))
    with pytest.raises(OverlapError):
        ledger.timer.stop("Siti Rahmawati")
    assert len(ledger.timer.status()) == 1


def test_a_timer_of_under_a_minute_logs_nothing(ledger: Ledger, clock: FixedClock) -> None:
    dual_role_person(ledger)
    ledger.timer.start("Siti Rahmawati", "RS Harapan", kind=WorkKind.VOLUNTEER)
    clock.advance(seconds=40)
    with pytest.raises(ValidationError, match="less than a minute"):
        ledger.timer.stop()
    ledger.timer.cancel()
    with pytest.raises(NotFound, match="No timer is running"):
        ledger.timer.stop()


def test_a_timer_left_over_24_hours_must_be_cancelled(ledger: Ledger, clock: FixedClock) -> None:
    dual_role_person(ledger)
    ledger.timer.start("Siti Rahmawati", "RS Harapan", kind=WorkKind.VOLUNTEER)
    clock.advance(hours=25)
    with pytest.raises(ValidationError, match="more than 24 hours"):
        ledger.timer.stop()


def test_with_two_timers_stop_asks_whose(ledger: Ledger) -> None:
    dual_role_person(ledger)
    dual_role_person(ledger, "Budi Santoso")
    ledger.timer.start("Siti Rahmawati", "RS Harapan", kind=WorkKind.VOLUNTEER)
    ledger.timer.start("Budi Santoso", "RS Harapan", kind=WorkKind.VOLUNTEER)
    with pytest.raises(ValidationError, match="2 timers are running"):
        ledger.timer.stop()
