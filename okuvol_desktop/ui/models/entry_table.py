"""The time log as a table model that fetches entries page by page, off the GUI thread, and
holds a bounded window of them however far the reader scrolls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from okuvol_desktop.domain.durations import DurationNotation
from okuvol_desktop.domain.model import EntryLine
from okuvol_desktop.ui.formats import date_text, duration_text, time_range_text
from okuvol_desktop.ui.labels import category_label, kind_label, status_label
from okuvol_desktop.ui.models.line_table import HeadedTableModel
from okuvol_desktop.ui.review_text import is_resubmitted, review_summary
from okuvol_desktop.ui.tasks import BackgroundRunner
from okuvol_desktop.ui.translatable import QT_TRANSLATE_NOOP

# Fetches the page after a line shown, or before it (nearest first) when told to go backwards;
# called in a worker thread.
PageFetcher = Callable[[EntryLine, bool], list[EntryLine]]
# How many lines the model holds at most: scrolling on drops those furthest away, and
# scrolling back fetches them again (a million lines held would take gigabytes).
WINDOW = 3_000
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class EntryColumn:
    """A column of the time log: its header (marked with QT_TRANSLATE_NOOP), the SQL sort key
    a click on it asks for (storage.listing.SORT_COLUMNS), how to show a line in it (durations
    in the notation chosen), and whether it holds numbers (aligned right)."""

    header: str
    sort_key: str
    text: Callable[[EntryLine, DurationNotation], str]
    numeric: bool = False


def _status_text(line: EntryLine, _notation: DurationNotation) -> str:
    if is_resubmitted(line.entry):
        return QCoreApplication.translate("EntryTableModel", "Resubmitted")
    return status_label(line.entry.status)


COLUMNS = (
    EntryColumn(
        QT_TRANSLATE_NOOP("EntryTableModel", "Date"),
        "date",
        lambda line, _: date_text(line.entry.date),
    ),
    EntryColumn(
        QT_TRANSLATE_NOOP("EntryTableModel", "Time"),
        "time",
        lambda line, _: time_range_text(line.entry.start, line.entry.end),
    ),
    EntryColumn(
        QT_TRANSLATE_NOOP("EntryTableModel", "Hours"),
        "minutes",
        lambda line, notation: duration_text(line.entry.minutes, notation),
        numeric=True,
    ),
    EntryColumn(
        QT_TRANSLATE_NOOP("EntryTableModel", "Person"), "person", lambda line, _: line.person_name
    ),
    EntryColumn(
        QT_TRANSLATE_NOOP("EntryTableModel", "Organisation"),
        "organisation",
        lambda line, _: line.organisation_name,
    ),
    EntryColumn(
        QT_TRANSLATE_NOOP("EntryTableModel", "Kind"),
        "kind",
        lambda line, _: kind_label(line.entry.kind),
    ),
    EntryColumn(
        QT_TRANSLATE_NOOP("EntryTableModel", "Role"), "role", lambda line, _: line.role_title
    ),
    EntryColumn(
        QT_TRANSLATE_NOOP("EntryTableModel", "Category"),
        "category",
        lambda line, _: category_label(line.category),
    ),
    EntryColumn(QT_TRANSLATE_NOOP("EntryTableModel", "Status"), "status", _status_text),
    # Last, so that it takes the width left over: it is what the search looks in. One line:
    # a description typed with line breaks would make the row taller.
    EntryColumn(
        QT_TRANSLATE_NOOP("EntryTableModel", "Description"),
        "description",
        lambda line, _: " ".join((line.entry.description or "").split()),
    ),
)
(
    COL_DATE,
    COL_TIME,
    COL_DURATION,
    COL_PERSON,
    COL_ORGANISATION,
    COL_KIND,
    COL_ROLE,
    COL_CATEGORY,
    COL_STATUS,
    COL_DESCRIPTION,
) = range(len(COLUMNS))

EntryLineRole = Qt.ItemDataRole.UserRole


class EntryTableModel(HeadedTableModel):
    """Lines of the time log; more are fetched in a worker as the view scrolls, below the last
    line or above the first, and lines far from where the reader is are let go.

    Sorting is not done here: a click on a header asks for it (sig_sort_requested) and the page
    reloads the first page sorted by the database.
    """

    sig_sort_requested = Signal(str, bool)
    """The user asked to sort by this key, descending or not."""
    sig_fetch_failed = Signal(str)
    """A page could not be read; the message says why."""
    sig_moved_down = Signal(int)
    """Lines were added above the first one (positive) or dropped from the top (negative):
    a view keeps its place by scrolling as many rows."""

    def __init__(self, fetch_page: PageFetcher, parent: Any = None) -> None:
        super().__init__("EntryTableModel", [column.header for column in COLUMNS], parent)
        self._fetch_page = fetch_page
        self._runner = BackgroundRunner(self)
        self._lines: list[EntryLine] = []
        self._more_below = False
        self._more_above = False
        self._fetching = False
        self._generation = 0  # raised by every new first page: older fetches are dropped
        self._page_size = 200
        self._notation = DurationNotation.DECIMAL_HOURS

    @property
    def notation(self) -> DurationNotation:
        """How the Hours column writes durations."""
        return self._notation

    def set_notation(self, notation: DurationNotation) -> None:
        """Write durations in ``notation`` from now on."""
        if notation is not self._notation:
            self._notation = notation
            if self._lines:
                changed = self.index(len(self._lines) - 1, COL_DURATION)
                self.dataChanged.emit(self.index(0, COL_DURATION), changed)

    def lines(self) -> list[EntryLine]:
        """Every line held now."""
        return list(self._lines)

    def more_above(self) -> bool:
        """Whether lines above the first one held were let go (the reader scrolled far)."""
        return self._more_above

    def fetching(self) -> bool:
        """Whether a page is being read."""
        return self._fetching

    def set_first_page(self, lines: list[EntryLine], page_size: int) -> None:
        """Replace everything with a first page; fewer lines than a page means that was all."""
        self.beginResetModel()
        self._generation += 1
        self._lines = list(lines)
        self._page_size = page_size
        self._more_below = len(lines) >= page_size
        self._more_above = False
        self._fetching = False
        self.endResetModel()

    def line(self, row: int) -> EntryLine:
        """The entry shown on ``row``."""
        return self._lines[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Override of QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._lines)

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        """Override of QAbstractItemModel.canFetchMore."""
        return not parent.isValid() and self._more_below and not self._fetching

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        """Override of QAbstractItemModel.fetchMore: the page after the last line, read in a
        worker; it is added when it arrives."""
        if not parent.isValid() and self._more_below and self._lines:
            self._fetch(backwards=False)

    def fetch_above(self) -> None:
        """The page before the first line held, when lines above it were let go."""
        if self._more_above and self._lines:
            self._fetch(backwards=True)

    def _fetch(self, *, backwards: bool) -> None:
        if self._fetching:
            return
        self._fetching = True
        anchor = self._lines[0] if backwards else self._lines[-1]
        generation, fetch = self._generation, self._fetch_page

        def arrived(page: list[EntryLine]) -> None:
            if generation == self._generation:
                self._fetching = False
                self._add(page, backwards=backwards)

        def failed(message: str) -> None:
            if generation == self._generation:
                self._fetching = False
                self.sig_fetch_failed.emit(message)

        self._runner.run(lambda: fetch(anchor, backwards), arrived, failed)

    def _add(self, page: list[EntryLine], *, backwards: bool) -> None:
        """A page read above or below the lines held; the window's far end is let go."""
        full = len(page) >= self._page_size
        if backwards:
            self._more_above = full
            if page:
                self.beginInsertRows(QModelIndex(), 0, len(page) - 1)
                self._lines[:0] = reversed(page)
                self.endInsertRows()
                self.sig_moved_down.emit(len(page))
            excess = len(self._lines) - WINDOW
            if excess > 0:
                first = len(self._lines) - excess
                self.beginRemoveRows(QModelIndex(), first, len(self._lines) - 1)
                del self._lines[first:]
                self.endRemoveRows()
                self._more_below = True
            return
        self._more_below = full
        if page:
            first = len(self._lines)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._lines.extend(page)
            self.endInsertRows()
        excess = len(self._lines) - WINDOW
        if excess > 0:
            self.beginRemoveRows(QModelIndex(), 0, excess - 1)
            del self._lines[:excess]
            self.endRemoveRows()
            self._more_above = True
            self.sig_moved_down.emit(-excess)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override of QAbstractItemModel.sort: ask the page to sort in SQL."""
        if 0 <= column < len(COLUMNS):
            key = COLUMNS[column].sort_key
            self.sig_sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override of QAbstractItemModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == EntryLineRole:
            return line
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(line, self._notation)
        if role == Qt.ItemDataRole.ToolTipRole:  # the reviewer's note, wherever one points
            return review_summary(line.entry) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
