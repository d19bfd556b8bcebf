"""Durations: whole minutes, real elapsed time across midnight and daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okuvol_desktop.domain.durations import (
    format_hmm,
    hours,
    minutes_from_hours,
    parse_duration,
    span_of,
)
from okuvol_desktop.domain.errors import ValidationError


def test_span_within_a_day() -> None:
    assert span_of(date(2026, 3, 2), time(9, 0), time(11, 30), "Asia/Jakarta").minutes == 150


def test_end_before_start_crosses_midnight() -> None:
    span = span_of(date(2026, 3, 2), time(22, 0), time(6, 15), "Asia/Jakarta")
    assert span.minutes == 8 * 60 + 15
    assert span.end_utc.date() == date(2026, 3, 2)  # 06:15 WIB is 23:15 UTC the day before


def test_spring_forward_night_counts_real_minutes() -> None:
    # Europe/Berlin moves from 02:00 to 03:00 on 29 March 2026: 22:00 to 06:00 is 7 hours.
    assert span_of(date(2026, 3, 28), time(22), time(6), "Europe/Berlin").minutes == 7 * 60


def test_fall_back_night_counts_real_minutes() -> None:
    # Europe/Berlin moves from 03:00 back to 02:00 on 25 October 2026: 22:00 to 06:00 is 9 hours.
    assert span_of(date(2026, 10, 24), time(22), time(6), "Europe/Berlin").minutes == 9 * 60


def test_a_time_the_clocks_skipped_is_refused() -> None:
    with pytest.raises(ValidationError, match="02:30 does not exist on 2026-03-29") as info:
        span_of(date(2026, 3, 29), time(2, 30), time(5), "Europe/Berlin")
    assert info.value.field == "start"


def test_the_same_start_and_end_is_a_whole_day() -> None:
    assert span_of(date(2026, 3, 2), time(8), time(8), "UTC").minutes == 24 * 60


def test_unknown_zone_is_named() -> None:
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        span_of(date(2026, 3, 2), time(8), time(9), "Mars/Olympus")


def _plain_instant(day: date, clock: time, tz: ZoneInfo) -> datetime | None:
    """The instant of a wall-clock time, worked out with nothing remembered; None if skipped."""
    local = datetime.combine(day, clock, tzinfo=tz)
    if local.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != local.replace(tzinfo=None):
        return None
    return local.astimezone(UTC)


def _clock_change_days(tz: ZoneInfo, first: date, last: date) -> list[date]:
    days, day = [], first
    while day <= last:
        if tz.utcoffset(datetime.combine(day, time())) != tz.utcoffset(
            datetime.combine(day + timedelta(days=1), time())
        ):
            days += [day, day + timedelta(days=1)]
        day += timedelta(days=1)
    return days


@pytest.mark.parametrize(
    "name",
    ["Europe/Berlin", "America/Santiago", "Australia/Lord_Howe", "Asia/Tehran", "Pacific/Apia"],
)
def test_spans_on_clock_change_days_match_the_plain_computation(name: str) -> None:
    # span_of remembers each day's offset and takes a short way on days without a change
    # (an import meets the same days a million times); around every change from 2010 to
    # 2030, including the day Samoa skipped (2011-12-30), it must agree with the plain way.
    tz = ZoneInfo(name)
    days = _clock_change_days(tz, date(2010, 1, 1), date(2030, 12, 31))
    assert days
    for day in days:
        for quarter in range(0, 96, 3):
            start = time(quarter // 4, quarter % 4 * 15)
            for length in (45, 9 * 60):
                end = (datetime.combine(day, start) + timedelta(minutes=length)).time()
                begin = _plain_instant(day, start, tz)
                finish = _plain_instant(day if end > start else day + timedelta(days=1), end, tz)
                if begin is None or finish is None:
                    with pytest.raises(ValidationError, match="does not exist"):
                        span_of(day, start, end, name)
                    continue
                span = span_of(day, start, end, name)
                assert (span.start_utc, span.end_utc) == (begin, finish), (day, start, end)
                assert span.minutes == (finish - begin) // timedelta(minutes=1)


@pytest.mark.parametrize(
    ("text", "minutes"), [("2.5", 150), ("0.01", 1), ("1", 60), ("0.008", 0), ("24", 1440)]
)
def test_minutes_from_hours_rounds_to_the_nearest_minute(text: str, minutes: int) -> None:
    assert minutes_from_hours(Decimal(text)) == minutes


@pytest.mark.parametrize(
    ("minutes", "expected"), [(1, 0.02), (20, 0.33), (40, 0.67), (90, 1.5), (0, 0.0)]
)
def test_hours_round_to_the_nearest_never_up(minutes: int, expected: float) -> None:
    assert hours(minutes) == expected


@given(st.integers(min_value=0, max_value=10**7))
def test_hours_are_never_more_than_half_a_unit_away(minutes: int) -> None:
    assert abs(hours(minutes) - minutes / 60) <= 0.005 + 1e-9


@pytest.mark.parametrize(
    ("minutes", "text"), [(95, "1:35"), (0, "0:00"), (1440, "24:00"), (5, "0:05")]
)
def test_format_hmm(minutes: int, text: str) -> None:
    assert format_hmm(minutes) == text


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("2", 120), ("2.5", 150), ("2,5", 150), (" 2:30 ", 150), ("0:05", 5), ("0.25", 15)],
)
def test_durations_are_read_as_people_type_them(text: str, minutes: int) -> None:
    assert parse_duration(text) == minutes


@pytest.mark.parametrize("text", ["", "two", "2:5", "2:75", "-1", "1:30:00", "nan", "2.5h"])
def test_a_duration_that_is_not_one_names_what_was_typed(text: str) -> None:
    with pytest.raises(ValidationError, match="is not a number of hours") as caught:
        parse_duration(text)
    assert caught.value.field == "hours"
