"""What volunteer time is worth, at the rate that applied on each day it was given."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from okuvol_desktop.domain.model import ValuationRate

# How a published value of volunteer time was measured, in the words of the ILO Manual on the
# Measurement of Volunteer Work (2011): what paying someone to do the same work would cost, or
# what the volunteer would have earned in the time.
METHODS = ("replacement", "opportunity")


@dataclass(frozen=True, slots=True)
class RatePreset:
    """A published value of a volunteer hour that okuvol ships, with where it comes from.

    ``example`` marks a figure to check and adjust rather than an official one.
    """

    id: str
    country: str
    currency: str
    amount: Decimal
    valid_from: date
    year: int
    method: str
    source: str
    example: bool = False
    note: str | None = None


def in_currency(rates: Sequence[ValuationRate], preferred: str | None) -> str | None:
    """The currency to value time in: ``preferred`` (the user's locale's) when some rate is
    in it, else that of the newest rate; None without rates."""
    if not rates:
        return None
    if preferred and any(r.currency == preferred for r in rates):
        return preferred
    return max(rates, key=lambda r: r.valid_from).currency


def value_of_volunteer_time(
    minutes_by_day: Mapping[date, int], rates: Sequence[ValuationRate], currency: str | None = None
) -> tuple[Decimal, str] | None:
    """The value of the given volunteer minutes, in one currency, to the cent.

    Each day is valued at the latest rate of that currency valid on it; days before the first
    such rate take the first one, so an old entry is not worth nothing. The currency is
    ``currency`` or else that of the newest rate. Returns None when no rate is set.
    """
    if not rates:
        return None
    chosen = currency or max(rates, key=lambda r: r.valid_from).currency
    same = sorted((r for r in rates if r.currency == chosen), key=lambda r: r.valid_from)
    if not same:
        return None
    starts = [r.valid_from for r in same]
    total = Decimal(0)
    for day, minutes in minutes_by_day.items():
        index = max(bisect_right(starts, day) - 1, 0)
        total += same[index].amount * minutes
    amount = (total / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return amount, chosen
