"""Table models whose headers are words: the base of them all, one with declared columns, and
a read-only one over a list of frozen dataclasses."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class Column(Generic[Row]):
    """A column: its header (marked with QT_TRANSLATE_NOOP), how to show a row, whether it
    holds numbers (aligned right, sorted by ``sort_key``), and the tooltip of a cell whose
    text may be cut short."""

    header: str
    text: Callable[[Row], str]
    numeric: bool = False
    sort_key: Callable[[Row], Any] | None = None
    tooltip: Callable[[Row], str] | None = None


class TextHeaderModel(QAbstractTableModel):
    """A table model whose headers hold words and nothing else: a subclass says the words over
    a column and, where its rows have names, beside a row."""

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Override of QAbstractItemModel.headerData: the words of a column or a row."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation is Qt.Orientation.Horizontal:
            return self.column_header(section)
        return self.row_header(section)

    def column_header(self, section: int) -> str | None:
        """The words over column ``section``; None where there is no such column."""
        return None

    def row_header(self, section: int) -> str | None:
        """The words beside row ``section``; None leaves the row unnamed."""
        return None


class HeadedTableModel(TextHeaderModel):
    """A table model with declared columns: their headers (marked with QT_TRANSLATE_NOOP in
    ``context``) translated when shown, and a language switch that repaints headers and
    cells. A subclass says how many rows there are and what is in them."""

    def __init__(self, context: str, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._headers = tuple(headers)

    def retranslate(self) -> None:
        """Headers and words follow a language switch."""
        last = self.columnCount() - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, last))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Override of QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(self._headers)

    def column_header(self, section: int) -> str | None:
        """The column's title, in the current language."""
        if 0 <= section < len(self._headers):
            return QCoreApplication.translate(self._context, self._headers[section])
        return None


class LineTableModel(HeadedTableModel, Generic[Row]):
    """Rows of DTOs shown through columns, sorted by the model itself.

    A view's header sorts it (QTableView.setSortingEnabled calls sort()): one key a row,
    computed in Python, where a QSortFilterProxyModel asked data() twice a comparison (for
    2,500 people, 190-340 ms of the GUI thread under a profiler). Text sorts regardless of
    case and accents; new rows keep the order last chosen.
    """

    def __init__(self, context: str, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(context, [column.header for column in columns], parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self._rows = [self._rows[i] for i in self._sorted_places()]
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override of QAbstractItemModel.sort: rows by ``column``; a selection follows its
        row."""
        if not 0 <= column < len(self._columns):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        places = self._sorted_places()
        self._rows = [self._rows[i] for i in places]
        moved_to = {before: after for after, before in enumerate(places)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(moved_to[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def _sorted_places(self) -> list[int]:
        """The rows' places in the order chosen last, as they come before any: text as a
        reader looks it up (_looked_up), a missing value first going up."""
        places = list(range(len(self._rows)))
        if self._order is None:
            return places
        column, order = self._order
        key = self._columns[column].sort_key or self._columns[column].text

        def of(place: int) -> tuple[bool, Any]:
            value = key(self._rows[place])
            return value is not None, _looked_up(value) if isinstance(value, str) else value

        return sorted(places, key=of, reverse=order is Qt.SortOrder.DescendingOrder)

    def row(self, index: int) -> Row:
        """The DTO shown on row ``index``."""
        return self._rows[index]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Override of QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override of QAbstractItemModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == RowRole:
            return row
        return self._looks(row, column, role)

    @staticmethod
    def _looks(row: Row, column: Column[Row], role: int) -> Any:
        """How a cell is aligned, and its tooltip."""
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _looked_up(text: str) -> tuple[str, str]:
    """Text in the order a reader looks it up in a list: letters without their accents and
    case first ("Ădi" before "Ani", "İbrahim" among the I's), then as written, so that names
    differing only there keep one order."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return bare.casefold(), text.casefold()
