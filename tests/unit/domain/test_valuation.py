"""The value of volunteer time at the rate valid on each day."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from okuvol_desktop.domain.model import ValuationRate
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.valuation import value_of_volunteer_time

RATES = [
    ValuationRate(1, Decimal("33.49"), "USD", date(2023, 1, 1)),
    ValuationRate(2, Decimal("34.79"), "USD", date(2024, 1, 1)),
    ValuationRate(3, Decimal("50000"), "IDR", date(2020, 1, 1)),
]


def test_each_day_is_valued_at_its_own_rate() -> None:
    minutes = {date(2023, 12, 31): 60, date(2024, 1, 1): 90}
    assert value_of_volunteer_time(minutes, RATES, "USD") == (Decimal("85.68"), "USD")


def test_days_before_the_first_rate_take_the_first_rate() -> None:
    assert value_of_volunteer_time({date(2019, 5, 1): 60}, RATES, "IDR") == (
        Decimal("50000.00"),
        "IDR",
    )


def test_the_newest_rate_chooses_the_currency() -> None:
    assert value_of_volunteer_time({date(2026, 1, 1): 60}, RATES) == (Decimal("34.79"), "USD")


def test_no_rates_no_value() -> None:
    assert value_of_volunteer_time({date(2026, 1, 1): 60}, []) is None


def test_period_months_span_years() -> None:
    months = list(Period(date(2025, 11, 15), date(2026, 2, 1)).months())
    assert months == [(2025, 11), (2025, 12), (2026, 1), (2026, 2)]
