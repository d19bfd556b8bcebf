"""`okuvol check`: the kept totals against what the entries add up to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.storage import kept_totals
from okuvol_desktop.storage.kept_totals import TotalDifference
from okuvol_desktop.storage.orm import EntryRow


@dataclass(frozen=True, slots=True)
class TotalsCheck:
    """What a check found: the entries counted, the kept rows, and every difference."""

    entries: int
    kept_rows: int  # in the four tables of kept totals
    differences: tuple[TotalDifference, ...]
    repaired: bool


class TotalsService:
    """Use cases of the kept totals."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def check(self, *, repair: bool = False) -> TotalsCheck:
        """Recompute the kept totals from the entries and list what differs; with ``repair``,
        rebuild them in the same transaction when anything does.

        Raises:
            OkuvolError: row security hides some entries from this login (a shared ledger
                is checked by its owner).
        """
        with self._ctx.transaction() if repair else self._ctx.reading() as s:
            if not kept_totals.readable(s):
                raise OkuvolError(
                    "Only the owner of the shared ledger sees every entry, so only they can "
                    "check the kept totals."
                )
            if repair:
                kept_totals.hold_writers(s)
            found = tuple(kept_totals.differences(s))
            if repair and found:
                kept_totals.rebuild(s)
            return TotalsCheck(
                entries=int(s.scalar(select(func.count()).select_from(EntryRow)) or 0),
                kept_rows=sum(
                    int(s.scalar(select(func.count()).select_from(t)) or 0)
                    for t in kept_totals.KEPT
                ),
                differences=found,
                repaired=repair and bool(found),
            )
