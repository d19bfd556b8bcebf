"""Time log: every entry, newest first, fetched a page at a time as the list scrolls."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.model import EntryLine
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.listing import LogQuery
from okuvol_desktop.ui.models.entry_table import COL_STATUS, EntryTableModel
from okuvol_desktop.ui.tasks import BackgroundRunner
from okuvol_desktop.ui.widgets import NoticeLabel

PAGE_SIZE = 200


class TimeLogPage(QWidget):
    """The entries of the ledger in a table that loads more as it scrolls."""

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._runner = BackgroundRunner(self)
        self.model = EntryTableModel(self._page_below, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.message = NoticeLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible string of the page, in the current language."""
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _page_below(self, after: tuple[date, int] | None) -> list[EntryLine]:
        # A keyset page is a few milliseconds through the date index, even on a million
        # entries, so scrolling fetches it directly.
        return self._ledger.listing.page(LogQuery(), limit=PAGE_SIZE, after=after)

    def refresh(self) -> None:
        """Load the first page again, in a worker."""
        self.message.say(self.tr("Loading…"))
        self._runner.run(lambda: self._page_below(None), self._on_first_page, self._on_error)

    def _on_first_page(self, lines: object) -> None:
        assert isinstance(lines, list)
        self.model.set_first_page(lines, PAGE_SIZE)
        self.message.say(
            ""
            if lines
            else self.tr(
                "No entries yet. Log hours with “okuvol log”, or try “okuvol demo” on an empty "
                "database."
            )
        )
        # Fit the columns to the first page once; later pages keep the widths (fitting to all
        # contents would walk every fetched row).
        for column in range(COL_STATUS):
            self.table.resizeColumnToContents(column)

    def _on_error(self, message: str) -> None:
        self.message.say(message)
