"""Clock and calendar: 29 February, daylight-saving changes both ways, zones east and west of
UTC, and a timer left running across midnight."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest

from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.period import Period
from okuvol_desktop.services.entries import EntryInput, LogEntry
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.stats import StatsQuery
from tests.conftest import FixedClock
from tests.services.helpers import dual_role_person

P, V = WorkKind.PROFESSIONAL, WorkKind.VOLUNTEER


def _log(ledger: Ledger, details: EntryInput, kind: WorkKind = P) -> object:
    return ledger.entries.log(
        LogEntry(
            ledger.names.person("Siti Rahmawati"),
            ledger.names.organisation("RS Harapan"),
            details,
            kind=kind,
        )
    )


def test_29_february_counts_in_its_month_its_year_and_its_week(ledger: Ledger) -> None:
    dual_role_person(ledger)
    _log(ledger, EntryInput(date=date(2024, 2, 29), hours=Decimal(3)), V)
    stats = ledger.stats.stats(StatsQuery(Period.year(2024)))
    assert stats.minutes[V] == 180
    february = next(m for m in stats.by_month if m.label == "2024-02")
    assert february.volunteer == 180
    person = ledger.people.by_name()[0].id
    sheet = ledger.week_sheet.load(person, date(2024, 3, 1))
    assert sheet.days[3] == date(2024, 2, 29)
    assert sum(row.logged[3] for row in sheet.rows) == 180
    # 29 February 2023 does not exist: typed or imported, it is refused before the ledger.
    from okuvol_desktop.interchange.parsing import LineError, parse_day

    with pytest.raises(LineError):
        parse_day("2023-02-29", "date")


@pytest.mark.parametrize(
    ("night", "minutes"),
    [(date(2026, 3, 28), 7 * 60), (date(2026, 10, 24), 9 * 60)],
    ids=["clocks forward", "clocks back"],
)
def test_a_night_shift_across_a_daylight_saving_change_counts_real_minutes(
    ledger: Ledger, night: date, minutes: int
) -> None:
    dual_role_person(ledger)
    entry = _log(
        ledger, EntryInput(date=night, start=time(22), end=time(6), timezone="Europe/Berlin")
    )
    assert entry.minutes == minutes  # type: ignore[attr-defined]


def test_a_time_the_clocks_skipped_is_refused_by_name(ledger: Ledger) -> None:
    dual_role_person(ledger)
    with pytest.raises(ValidationError, match="02:30"):
        _log(
            ledger,
            EntryInput(
                date=date(2026, 3, 29), start=time(2, 30), end=time(4), timezone="Europe/Berlin"
            ),
        )


def test_today_is_where_the_entry_is_east_and_west_of_utc(
    ledger: Ledger, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    clock.now = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)  # 28th in Jakarta, still 27th in Hawaii
    east = _log(
        ledger, EntryInput(date=date(2026, 11, 28), hours=Decimal(1), timezone="Asia/Jakarta")
    )
    assert east.date == date(2026, 11, 28)  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="future"):
        _log(
            ledger,
            EntryInput(date=date(2026, 11, 28), hours=Decimal(1), timezone="Pacific/Honolulu"),
        )
    west = _log(
        ledger, EntryInput(date=date(2026, 11, 27), hours=Decimal(1), timezone="Pacific/Honolulu")
    )
    assert west.timezone == "Pacific/Honolulu"  # type: ignore[attr-defined]


def test_a_timer_left_running_across_midnight_and_the_clock_change(
    ledger: Ledger, clock: FixedClock
) -> None:
    dual_role_person(ledger)
    ledger.timer.start(
        ledger.names.person("Siti Rahmawati"), ledger.names.organisation("RS Harapan"), kind=P
    )
    clock.now = datetime(2026, 10, 24, 20, 0, tzinfo=UTC)  # restart the story at 22:00 Berlin
    ledger.timer.cancel()
    berlin = Ledger.create(ledger.ctx.__class__(ledger.ctx.sessions, clock, "Europe/Berlin"))
    berlin.timer.start(
        berlin.names.person("Siti Rahmawati"), berlin.names.organisation("RS Harapan"), kind=P
    )
    clock.now = datetime(2026, 10, 25, 5, 0, tzinfo=UTC)  # 06:00 Berlin, the clocks went back
    entry = berlin.timer.stop()
    assert (entry.date, entry.start, entry.end, entry.minutes) == (
        date(2026, 10, 24),
        time(22, 0),
        time(6, 0),
        9 * 60,
    )
