"""Watching the ledger for changes, so that every view shows what anyone wrote."""

from __future__ import annotations

from sqlalchemy import Engine

from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.storage.change_watch import ChangeWatch

__all__ = ["ChangeService", "ChangeWatch"]


class ChangeService:
    """Hands out watches on the ledger (the window keeps one while it is open)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def watch(self) -> ChangeWatch:
        """A watch that says whether the ledger changed since it was last asked."""
        engine = self._ctx.sessions.kw.get("bind")
        assert isinstance(engine, Engine)
        return ChangeWatch(engine)
