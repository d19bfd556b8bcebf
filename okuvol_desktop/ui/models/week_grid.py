"""The week grid's table: a row per role, a column per day, hours typed into the cells.

Cells show the hours typed for saving; where nothing is typed they show, in grey, what is
already logged that day. The last column and the last row are totals of both.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from okuvol_desktop.domain.durations import format_hmm, parse_duration
from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.services.week_sheet import DAYS_IN_WEEK, WeekCell, WeekSheet
from okuvol_desktop.ui.i18n import translate_message
from okuvol_desktop.ui.labels import kind_label
from okuvol_desktop.ui.models.line_table import TextHeaderModel

AnyIndex = QModelIndex | QPersistentModelIndex
_TOTAL_COLUMN = DAYS_IN_WEEK
_MAX_MINUTES_A_DAY = 24 * 60


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class WeekGridModel(TextHeaderModel):
    """Hours of one person's week, editable where a role is open and the day has come.

    Signals:
        sig_refused(str): typed text that is not a duration, with the reason in words.
        sig_typed_changed(): the hours waiting to be saved changed.
    """

    sig_refused = Signal(str)
    sig_typed_changed = Signal()

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._sheet: WeekSheet | None = None
        self._typed: dict[tuple[int, int], int] = {}  # (row, day column) -> minutes
        self._wrong: tuple[int, int] | None = None

    # --- contents --------------------------------------------------------------------------

    @property
    def sheet(self) -> WeekSheet | None:
        """The week shown, or None before one is loaded."""
        return self._sheet

    def set_sheet(self, sheet: WeekSheet) -> None:
        """Show another week; what was typed is dropped."""
        self.beginResetModel()
        self._sheet = sheet
        self._typed = {}
        self._wrong = None
        self.endResetModel()
        self.sig_typed_changed.emit()

    def typed_cells(self) -> list[WeekCell]:
        """The hours typed, role by role and day by day, ready to be saved."""
        if self._sheet is None:
            return []
        return [
            WeekCell(
                self._sheet.rows[row].role.id,
                self._sheet.days[column],
                Decimal(minutes) / 60,
            )
            for (row, column), minutes in sorted(self._typed.items())
        ]

    def typed_minutes(self) -> int:
        """All the minutes waiting to be saved."""
        return sum(self._typed.values())

    def cell_index(self, role_id: int, day: date) -> QModelIndex:
        """The index of a role's day, or an invalid index when the week has no such cell."""
        if self._sheet is None or day not in self._sheet.days:
            return QModelIndex()
        for row, line in enumerate(self._sheet.rows):
            if line.role.id == role_id:
                return self.index(row, self._sheet.days.index(day))
        return QModelIndex()

    def mark_wrong(self, index: QModelIndex | None) -> None:
        """Colour the cell a rule refused (None clears the mark)."""
        before = self._wrong
        self._wrong = (index.row(), index.column()) if index is not None else None
        for cell in (before, self._wrong):
            if cell is not None:
                changed = self.index(*cell)
                self.dataChanged.emit(changed, changed, [Qt.ItemDataRole.BackgroundRole])

    def retranslate(self) -> None:
        """Day names and role kinds follow a language switch."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    # --- minutes ---------------------------------------------------------------------------

    def _roles(self) -> int:
        return len(self._sheet.rows) if self._sheet is not None else 0

    def _is_total_row(self, row: int) -> bool:
        return row == self._roles()

    def _logged(self, row: int, column: int) -> int:
        assert self._sheet is not None
        return self._sheet.rows[row].logged[column]

    def _cell_total(self, row: int, column: int) -> int:
        return self._logged(row, column) + self._typed.get((row, column), 0)

    def _minutes(self, row: int, column: int) -> int:
        """Logged and typed minutes of a cell, a row total, a day total or the week."""
        rows = range(self._roles()) if self._is_total_row(row) else (row,)
        columns = range(DAYS_IN_WEEK) if column == _TOTAL_COLUMN else (column,)
        return sum(self._cell_total(r, c) for r in rows for c in columns)

    def _editable(self, row: int, column: int) -> bool:
        if self._sheet is None or self._is_total_row(row) or column == _TOTAL_COLUMN:
            return False
        day = self._sheet.days[column]
        return day <= self._today and self._sheet.rows[row].open_on(day)

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Override of QAbstractItemModel.rowCount: the roles and a total row."""
        if parent.isValid() or not self._roles():
            return 0
        return self._roles() + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Override of QAbstractItemModel.columnCount: seven days and their total."""
        return 0 if parent.isValid() or self._sheet is None else DAYS_IN_WEEK + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Override of QAbstractItemModel.flags: open days of a role can be typed into."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override of QAbstractItemModel.data."""
        if not index.isValid() or self._sheet is None:
            return None
        row, column = index.row(), index.column()
        is_total = self._is_total_row(row) or column == _TOTAL_COLUMN
        typed = None if is_total else self._typed.get((row, column))
        answers = {
            Qt.ItemDataRole.DisplayRole: lambda: self._text(row, column, is_total, typed),
            Qt.ItemDataRole.EditRole: lambda: format_hmm(typed) if typed is not None else "",
            Qt.ItemDataRole.TextAlignmentRole: lambda: int(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            ),
            Qt.ItemDataRole.FontRole: lambda: _bold() if is_total or typed is not None else None,
            # Already logged hours are grey: they are not what Save will add.
            Qt.ItemDataRole.ForegroundRole: lambda: (
                QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                if not is_total and typed is None
                else None
            ),
            Qt.ItemDataRole.BackgroundRole: lambda: self._background(row, column, is_total),
            Qt.ItemDataRole.ToolTipRole: lambda: None if is_total else self._tooltip(row, column),
        }
        answer = answers.get(Qt.ItemDataRole(role))
        return answer() if answer is not None else None

    def _text(self, row: int, column: int, is_total: bool, typed: int | None) -> str:
        if is_total:
            minutes = self._minutes(row, column)
        else:
            minutes = typed if typed is not None else self._logged(row, column)
        return format_hmm(minutes) if minutes else ""

    def _background(self, row: int, column: int, is_total: bool) -> QBrush | None:
        if self._wrong == (row, column):
            return QBrush(QColor("#f8d7da"))
        if not is_total and self._cell_total(row, column) > _MAX_MINUTES_A_DAY:
            return QBrush(QColor("#fff3cd"))
        if not is_total and not self._editable(row, column):
            return QApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        return None

    def _tooltip(self, row: int, column: int) -> str:
        assert self._sheet is not None
        day = self._sheet.days[column]
        if day > self._today:
            return self.tr("This day has not come yet.")
        if not self._sheet.rows[row].open_on(day):
            return self.tr("The role is not open on this day.")
        logged = self._logged(row, column)
        if logged:
            return self.tr("Already logged: %1. Hours typed here are added to them.").replace(
                "%1", format_hmm(logged)
            )
        return self.tr("Type the hours, as 2.5 or 2:30.")

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Override of QAbstractItemModel.setData: a duration typed into a cell."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        if not self._editable(row, column):
            return False
        text = str(value if value is not None else "").strip()
        try:
            minutes = parse_duration(text) if text else 0
        except ValidationError as error:
            self.sig_refused.emit(translate_message(error.text))
            return False
        if minutes:
            self._typed[(row, column)] = minutes
        else:
            self._typed.pop((row, column), None)
        if self._wrong == (row, column):
            self._wrong = None
        total_row = self._roles()
        for changed in (
            self.index(row, column),
            self.index(row, _TOTAL_COLUMN),
            self.index(total_row, column),
            self.index(total_row, _TOTAL_COLUMN),
        ):
            self.dataChanged.emit(changed, changed)
        self.sig_typed_changed.emit()
        return True

    def column_header(self, section: int) -> str | None:
        """Override of TextHeaderModel.column_header: the days across, then their total."""
        if self._sheet is None:
            return None
        if section == _TOTAL_COLUMN:
            return self.tr("Total")
        if not 0 <= section < DAYS_IN_WEEK:
            return None
        day = self._sheet.days[section]
        name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{name} {day.day}"

    def row_header(self, section: int) -> str | None:
        """Override of TextHeaderModel.row_header: the roles down, then their total."""
        if self._sheet is None:
            return None
        if self._is_total_row(section):
            return self.tr("Total")
        if not 0 <= section < self._roles():
            return None
        line = self._sheet.rows[section]
        # Two lines keep the header narrow enough for seven days and a total beside it.
        return f"{line.role.title}\n{line.organisation} · {kind_label(line.role.kind)}"
