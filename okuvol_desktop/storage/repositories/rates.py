"""The value of an hour of volunteering, as the ledger records it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from okuvol_desktop.domain.model import ValuationRate
from okuvol_desktop.storage.orm import ValuationRateRow
from okuvol_desktop.storage.repositories._common import Repository


class RateRepo(Repository):
    """Valuation rates of a volunteer hour."""

    def list(self) -> list[ValuationRate]:
        stmt = select(ValuationRateRow).order_by(ValuationRateRow.valid_from, ValuationRateRow.id)
        return [
            ValuationRate(r.id, r.amount, r.currency, r.valid_from, r.source, r.method)
            for r in self._s.scalars(stmt)
        ]

    def add(self, **fields: Any) -> ValuationRate:
        row = ValuationRateRow(**fields)
        self._s.add(row)
        self._s.flush()
        return ValuationRate(
            row.id, row.amount, row.currency, row.valid_from, row.source, row.method
        )
