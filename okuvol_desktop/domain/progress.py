"""A Qt-free way for long work to report progress and notice a request to stop."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised inside long work when the user asked to stop; the transaction rolls back."""


class Progress(Protocol):
    """Shape of Orange3's TaskState: the GUI drives it from a worker, the CLI from a terminal."""

    def report(self, done: int, total: int) -> None:
        """``done`` of ``total`` units are finished."""

    def cancelled(self) -> bool:
        """Whether the user asked to stop."""


class NoProgress:
    """Progress that nobody watches."""

    def report(self, done: int, total: int) -> None:
        """Ignore the report."""

    def cancelled(self) -> bool:
        """Never cancelled."""
        return False
