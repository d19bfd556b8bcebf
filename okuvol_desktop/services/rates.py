"""Valuation rates: what one volunteer hour is worth, and from when."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from functools import cache

from okuvol_desktop.domain.errors import Conflict, NotFound, ValidationError
from okuvol_desktop.domain.model import ValuationRate
from okuvol_desktop.domain.rules import check_amount
from okuvol_desktop.domain.valuation import METHODS, RatePreset
from okuvol_desktop.resources import resource_path
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.storage.repositories import RateRepo

# The currency of each language's country, for the value of time shown in that language.
CURRENCY_OF_LANGUAGE = {"id": "IDR"}


@cache
def presets() -> tuple[RatePreset, ...]:
    """The published values okuvol ships (resources/rates/presets.json), by country and
    date."""
    document = json.loads(resource_path("rates/presets.json").read_text(encoding="utf-8"))
    found = [
        RatePreset(
            id=p["id"],
            country=p["country"],
            currency=p["currency"],
            amount=Decimal(p["amount"]),
            valid_from=date.fromisoformat(p["valid_from"]),
            year=int(p["year"]),
            method=p["method"],
            source=p["source"],
            example=bool(p.get("example", False)),
            note=p.get("note"),
        )
        for p in document["presets"]
    ]
    assert all(p.method in METHODS for p in found), "a preset names an unknown method"
    return tuple(sorted(found, key=lambda p: (p.country, p.valid_from)))


class RateService:
    """Use cases about valuation rates."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def add(
        self,
        amount: Decimal,
        currency: str,
        valid_from: date,
        source: str | None = None,
        method: str | None = None,
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
            if any(r.currency == code and r.valid_from == valid_from for r in repo.oldest_first()):
                raise Conflict(
                    "A rate in {code} from {valid_from} exists already.",
                    code=code,
                    valid_from=valid_from.isoformat(),
                )
            return repo.add(
                amount=amount,
                currency=code,
                valid_from=valid_from,
                source=(source or "").strip()[:200] or None,
                method=method,
            )

    def oldest_first(self) -> list[ValuationRate]:
        """Every rate, oldest first."""
        with self._ctx.reading() as s:
            return RateRepo(s).oldest_first()

    def presets(self) -> tuple[RatePreset, ...]:
        """The published values okuvol ships, to take into the ledger."""
        return presets()

    def start_in_language(self, language: str) -> ValuationRate | None:
        """A new ledger's first rate: the newest preset in the currency of the user's
        language (IDR in Indonesian), when the ledger has no rate yet. None where no preset
        applies: English gives no default, so nobody is valued in US dollars unasked."""
        currency = CURRENCY_OF_LANGUAGE.get(language)
        fitting = [p for p in presets() if p.currency == currency]
        if not fitting or self.oldest_first():
            return None
        return self.add_preset(max(fitting, key=lambda p: p.valid_from).id)

    def add_preset(self, preset_id: str) -> ValuationRate:
        """Take a shipped value into the ledger, with its source and method.

        Raises:
            NotFound: no preset has this id.
            Conflict: the ledger has a rate in that currency from that day already.
        """
        chosen = next((p for p in presets() if p.id == preset_id.strip()), None)
        if chosen is None:
            raise NotFound(
                "No rate preset is called {preset}; okuvol rate presets lists them.",
                preset=preset_id,
            )
        return self.add(
            chosen.amount, chosen.currency, chosen.valid_from, chosen.source, chosen.method
        )
