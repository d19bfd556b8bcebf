"""Turning a local date with start and end times into real elapsed minutes, and back to hours.

The ledger keeps whole minutes. A span is read as wall-clock times in the entry's time zone, so
a night shift across midnight or across a daylight-saving change counts the minutes that really
passed, not the difference of the clock faces.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from okuvol_desktop.domain.errors import ValidationError

MINUTES_PER_DAY = 24 * 60
# Far more hours than any rule allows, and few enough to turn into minutes exactly.
_MOST_HOURS = Decimal(10) ** 9


@dataclass(frozen=True, slots=True)
class Span:
    """A timed span as real instants (aware, UTC) plus its length in whole minutes."""

    start_utc: datetime
    end_utc: datetime
    minutes: int


def zone(name: str) -> ZoneInfo:
    """The time zone called ``name``, or a ValidationError that names it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            "timezone", "Unknown time zone '{name}'; use a name such as Asia/Jakarta.", name=name
        ) from exc


def _localize(day: date, clock: time, tz: ZoneInfo, field: str) -> datetime:
    """Attach ``tz`` to a wall-clock time, refusing times the clocks skipped."""
    local = datetime.combine(day, clock, tzinfo=tz)
    # A time in a spring-forward gap does not survive a round trip through UTC.
    if local.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise ValidationError(
            field,
            (
                "{clock:%H:%M} does not exist on {day} in {key}: the clocks were moved "
                "forward at that time."
            ),
            clock=clock,
            day=day.isoformat(),
            key=tz.key,
        )
    return local


@lru_cache(maxsize=4_096)
def _steady_midnight(day: date, timezone: str) -> datetime | None:
    """Local midnight of ``day`` as a UTC instant when the zone's offset holds all through the
    day, or None when its clocks change that day. Remembered: an import of a million rows
    meets the same few thousand days again and again."""
    tz = zone(timezone)
    # Every hour and the last second, each read both ways a repeated hour allows (fold): a
    # change anywhere in the day, a skipped midnight or a skipped day (Samoa, 2011-12-30)
    # shows as two offsets.
    clocks = [*(time(hour) for hour in range(24)), time(23, 59, 59)]
    offsets = {
        datetime.combine(day, clock, tzinfo=tz).replace(fold=fold).utcoffset()
        for clock in clocks
        for fold in (0, 1)
    }
    if len(offsets) != 1 or (offset := offsets.pop()) is None:
        return None
    return (datetime.combine(day, time()) - offset).replace(tzinfo=UTC)


@lru_cache(maxsize=4_096)
def _since_midnight(clock: time) -> timedelta:
    return timedelta(
        hours=clock.hour, minutes=clock.minute, seconds=clock.second, microseconds=clock.microsecond
    )


def _utc_instant(day: date, clock: time, timezone: str, field: str) -> datetime:
    """``clock`` on ``day`` in ``timezone`` as a UTC instant."""
    midnight = _steady_midnight(day, timezone)
    if midnight is None:  # a day of a clock change: the full check, skipped times refused
        return _localize(day, clock, zone(timezone), field).astimezone(UTC)
    return midnight + _since_midnight(clock)


def span_of(day: date, start: time, end: time, timezone: str) -> Span:
    """The real span from ``start`` on ``day`` to ``end`` (on the next day if not after start).

    Raises:
        ValidationError: the zone is unknown, a time does not exist on that day, or the span is
            empty.
    """
    if start.second or end.second:
        start, end = start.replace(second=0, microsecond=0), end.replace(second=0, microsecond=0)
    end_day = day if end > start else day + timedelta(days=1)
    begin_utc = _utc_instant(day, start, timezone, "start")
    finish_utc = _utc_instant(end_day, end, timezone, "end")
    minutes = int((finish_utc - begin_utc).total_seconds() // 60)
    return Span(begin_utc, finish_utc, minutes)


def utc_instant(moment: datetime, timezone: str, field: str = "start") -> datetime:
    """An instant: aware ones as they are, naive ones read as local time in ``timezone``.

    Raises:
        ValidationError: the local time does not exist there (the clocks skipped it).
    """
    if moment.tzinfo is not None:
        return moment.astimezone(UTC)
    return _utc_instant(moment.date(), moment.time(), timezone, field)


def recorded_span(began: datetime, ended: datetime) -> Span | None:
    """How another program's span is kept in whole minutes: its start to the minute, and its
    length rounded to the nearest minute (half a minute up). None for a span under a minute,
    which is left out: ``began`` and ``ended`` are aware instants, to the second."""
    seconds = (ended - began).total_seconds()
    if seconds < 60:
        return None
    minutes = int((Decimal(str(seconds)) / 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    start = began.replace(second=0, microsecond=0)
    return Span(start, start + timedelta(minutes=minutes), minutes)


def minutes_from_hours(hours: Decimal | float | str) -> int:
    """Whole minutes in a number of hours (``1.5`` -> 90), rounded to the nearest minute."""
    try:
        value = Decimal(str(hours))
    except ArithmeticError as exc:
        raise ValidationError("hours", "'{hours}' is not a number of hours.", hours=hours) from exc
    if not value.is_finite():
        raise ValidationError("hours", "'{hours}' is not a number of hours.", hours=hours)
    if value.copy_abs() > _MOST_HOURS:  # 1e308 hours has no whole number of minutes to round to
        raise ValidationError(
            "hours", "An entry can last at most 24 hours (got {hours} hours).", hours=hours
        )
    return int((value * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_duration(text: str) -> int:
    """Minutes in a duration as people type it: ``2``, ``2.5``, ``2,5`` or ``2:30``.

    A comma is a decimal comma (Indonesian writes 2,5); ``h:mm`` is the time sheet's way.
    """
    cleaned = text.strip()
    hours_part, colon, minutes_part = cleaned.partition(":")
    try:
        if colon:
            if not (hours_part.isdigit() and minutes_part.isdigit() and len(minutes_part) == 2):
                raise ValueError(cleaned)
            if len(hours_part) > len(str(_MOST_HOURS)):
                raise ValueError(cleaned)
            if int(minutes_part) >= 60:
                raise ValueError(cleaned)
            return int(hours_part) * 60 + int(minutes_part)
        value = Decimal(cleaned.replace(",", "."))
        if not value.is_finite() or value < 0 or value > _MOST_HOURS:
            raise ValueError(cleaned)
    except (ArithmeticError, ValueError) as exc:
        raise ValidationError(
            "hours", "'{text}' is not a number of hours; write it as 2.5 or 2:30.", text=text
        ) from exc
    return int((value * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def hours(minutes: int, decimals: int = 2) -> float:
    """Minutes as hours rounded to the nearest ``decimals`` places (half away from zero)."""
    quantum = Decimal(1).scaleb(-decimals)
    return float((Decimal(minutes) / 60).quantize(quantum, rounding=ROUND_HALF_UP))


class DurationNotation(StrEnum):
    """How a person prefers to read durations: as a time sheet (2:30) or in hours (2.50)."""

    HOURS_MINUTES = "h:mm"
    DECIMAL_HOURS = "decimal"


def format_hmm(minutes: int) -> str:
    """Minutes as ``h:mm`` (``95`` -> ``1:35``), the way time sheets show durations."""
    sign = "-" if minutes < 0 else ""
    whole, rest = divmod(abs(minutes), 60)
    return f"{sign}{whole}:{rest:02d}"
