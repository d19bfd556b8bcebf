"""Valuation rates: what one volunteer hour is worth, and from when."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from okuvol_desktop.domain.errors import Conflict, ValidationError
from okuvol_desktop.domain.model import ValuationRate
from okuvol_desktop.domain.rules import check_amount
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.storage.repositories import RateRepo


class RateService:
    """Use cases about valuation rates."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def add(
        self, amount: Decimal, currency: str, valid_from: date, source: str | None = None
    ) -> ValuationRate:
        """Set the value of a volunteer hour from a date on (e.g. 50000 IDR from 2026-01-01)."""
        check_amount("amount", amount, "The value of an hour")
        if amount == 0:  # no value is no rate: the summaries would print 0.00 as if it were one
            raise ValidationError(
                "amount", "The value of an hour must be more than 0; type what an hour is worth."
            )
        code = currency.strip().upper()
        if not (len(code) == 3 and code.isalpha()):
            raise ValidationError(
                "currency",
                "'{currency}' is not a three-letter currency code such as IDR.",
                currency=currency,
            )
        with self._ctx.transaction() as s:
            repo = RateRepo(s)
            if any(r.currency == code and r.valid_from == valid_from for r in repo.list()):
                raise Conflict(
                    "A rate in {code} from {valid_from} exists already.",
                    code=code,
                    valid_from=valid_from.isoformat(),
                )
            return repo.add(
                amount=amount,
                currency=code,
                valid_from=valid_from,
                source=(source or "").strip() or None,
            )

    def list(self) -> list[ValuationRate]:
        """Every rate, oldest first."""
        with self._ctx.reading() as s:
            return RateRepo(s).list()
