"""Beneath the time log: the totals of the entries the filters find and of the rows chosen,
and the widths of its columns, fitted to every page fetched rather than the first."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QTableView, QWidget

from okuvol_desktop.domain.durations import DurationNotation
from okuvol_desktop.domain.model import EntryLine
from okuvol_desktop.services.listing import LogTotals
from okuvol_desktop.ui.formats import hours_text

# Room around a cell's text: the item's margins and the grid line, on every style we ship.
CELL_PADDING = 18


def fit_columns(
    table: QTableView, columns: int, first: int = 0, last: int = -1, grow_only: bool = True
) -> None:
    """Fit each of the first ``columns`` columns to its widest text in rows ``first`` to
    ``last`` (all rows when ``last`` is -1) and its header. With ``grow_only`` columns only
    widen: a page fetched by scrolling must not make the columns jump under the reader's
    eyes. Measuring text is cheap, unlike resizeColumnToContents on every row."""
    model = table.model()
    last = model.rowCount() - 1 if last < 0 else last
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    for column in range(columns):
        widest = header.sectionSizeFromContents(column).width()
        for row in range(first, last + 1):
            text = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            if text:
                widest = max(widest, metrics.horizontalAdvance(str(text)) + CELL_PADDING)
        if widest > header.sectionSize(column) or not grow_only:
            header.resizeSection(column, widest)


class LogTotalsLabel(QLabel):
    """ "1,204 entries match: 2,310.50 h paid, 880.25 h volunteer · 3 chosen: 7.50 h ..." """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._found: LogTotals | None = None
        self._chosen = LogTotals()
        self._notation = DurationNotation.DECIMAL_HOURS
        self._show()

    def show_found(self, totals: LogTotals | None) -> None:
        """The totals of every entry the filters find (None while they are counted)."""
        self._found = totals
        self._show()

    def show_chosen(self, lines: Iterable[EntryLine]) -> None:
        """The totals of the chosen rows."""
        self._chosen = LogTotals.of((line.entry.kind, line.entry.minutes) for line in lines)
        self._show()

    def set_notation(self, notation: DurationNotation) -> None:
        """Write durations in ``notation``."""
        self._notation = notation
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def _line(self, template: str, totals: LogTotals) -> str:
        return (
            template.replace("%1", hours_text(totals.professional_minutes, self._notation))
            .replace("%2", hours_text(totals.volunteer_minutes, self._notation))
            .replace(
                "%3",
                hours_text(totals.professional_minutes + totals.volunteer_minutes, self._notation),
            )
        )

    def _show(self) -> None:
        found = self._found
        parts = [
            self.tr("Counting…")
            if found is None
            else self._line(
                self.tr("%Ln entry(s) match: %3 (%1 paid, %2 volunteer)", "", found.entries),
                found,
            )
        ]
        if self._chosen.entries:
            parts.append(
                self._line(
                    self.tr("%Ln chosen: %3 (%1 paid, %2 volunteer)", "", self._chosen.entries),
                    self._chosen,
                )
            )
        self.setText("   ·   ".join(parts))
        self.setAccessibleName(self.text())
