"""The value of an hour of volunteering, as the ledger records it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from okuvol_desktop.domain.model import ValuationRate
from okuvol_desktop.storage.orm import ValuationRateRow
from okuvol_desktop.storage.repositories.base import Repository


class RateRepo(Repository):
    """Valuation rates of a volunteer hour."""

    @staticmethod
    def _rate(row: ValuationRateRow) -> ValuationRate:
        return ValuationRate(
            id=row.id,
            amount=row.amount,
            currency=row.currency,
            valid_from=row.valid_from,
            source=row.source,
            method=row.method,
        )

    def oldest_first(self) -> list[ValuationRate]:
        stmt = select(ValuationRateRow).order_by(ValuationRateRow.valid_from, ValuationRateRow.id)
        return [self._rate(r) for r in self._s.scalars(stmt)]

    def add(
        self,
        *,
        amount: Decimal,
        currency: str,
        valid_from: date,
        source: str | None,
        method: str | None,
    ) -> ValuationRate:
        row = ValuationRateRow(
            amount=amount, currency=currency, valid_from=valid_from, source=source, method=method
        )
        self._s.add(row)
        self._s.flush()
        return self._rate(row)
