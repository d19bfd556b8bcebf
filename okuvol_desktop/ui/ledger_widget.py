"""The base of the widgets that read the ledger off the GUI thread and show its hours."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.formats import duration_text
from okuvol_desktop.ui.preferences import Preferences
from okuvol_desktop.ui.tasks import BackgroundRunner


class LedgerWidget(QWidget):
    """A widget over the ledger: it holds the ledger, the window's Preferences (so a choice
    made in Settings shows at once) and a BackgroundRunner of its own, so that a widget that
    is gone gets no answer of the tasks it started."""

    def __init__(
        self, ledger: Ledger, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._preferences = preferences
        self._runner = BackgroundRunner(self)

    def _duration(self, minutes: int) -> str:
        """``minutes`` in the notation chosen in Settings."""
        return duration_text(minutes, self._preferences.duration_notation)
