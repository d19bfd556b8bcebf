"""The value of a volunteer hour: a rate is a positive amount in a currency from a date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.services.ledger import Ledger


@pytest.mark.parametrize(
    ("amount", "currency", "words"),
    [
        (Decimal(0), "IDR", "must be more than 0"),
        (Decimal("-1"), "IDR", "cannot be negative"),
        (Decimal(50000), "Rp", "three-letter currency code"),
    ],
)
def test_a_rate_that_values_nothing_or_names_no_currency_is_refused(
    ledger: Ledger, amount: Decimal, currency: str, words: str
) -> None:
    before = ledger.rates.oldest_first()
    with pytest.raises(ValidationError, match=words):
        ledger.rates.add(amount, currency, date(2026, 1, 1))
    assert ledger.rates.oldest_first() == before
