"""Table models whose headers are words: the base of them all, one with declared columns, and
a read-only one over a list of frozen dataclasses."""

from __future__ import annotations

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
    """Rows of DTOs shown through columns; sorting and filtering go through a proxy model."""

    def __init__(self, context: str, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(context, [column.header for column in columns], parent)
        self._columns = list(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

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
        if role == Qt.ItemDataRole.UserRole + 1:  # what a proxy sorts by
            return column.sort_key(row) if column.sort_key else column.text(row)
        return self._looks(row, column, role)

    @staticmethod
    def _looks(row: Row, column: Column[Row], role: int) -> Any:
        """How a cell is aligned, and its tooltip."""
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


SortRole = Qt.ItemDataRole.UserRole + 1
