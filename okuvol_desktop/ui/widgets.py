"""Small widgets shared by several pages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.ui.models.line_table import LineTableModel


class NoticeLabel(QLabel):
    """A line that tells the user what is happening, and takes no room when it has nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)

    def say(self, text: str) -> None:
        """Show ``text``, or hide the label when it is empty."""
        self.setText(text)
        self.setVisible(bool(text))


def sorted_list(model: LineTableModel[Any]) -> QTableView:
    """A table to choose one row of ``model`` from: sorted by a click on a header (the model
    sorts itself; the first column, ascending, at first); a whole row chosen at a time; the
    last column takes the width left. Fitting the columns to their contents looks at the
    first 100 rows, not every one (2,500 people took 0.3-0.5 s of the GUI thread)."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # rows are chosen whole: Tab goes on to the next field
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(100)
    return table


def refill_combo(box: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    """Replace a combo box's items, keeping the chosen value, without announcing a change."""
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    for text, data in items:
        box.addItem(text, data)
    box.setCurrentIndex(max(box.findData(chosen), 0))
    box.blockSignals(False)


def field_name(label_text: str) -> str:
    """A label's words as a field's accessible name: "Full &name:" -> "Full name"."""
    return label_text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def name_fields(pairs: Iterable[tuple[QLabel, str]]) -> None:
    """Set each label's text and give its buddy the same words as accessible name.

    Qt names most fields after their buddy label, but a combo box on Linux is named by its
    current value and a field in a group box by the group's title: a screen reader would read
    "Everyone" or "Database" instead of what the field asks for.
    """
    for label, text in pairs:
        label.setText(text)
        buddy = label.buddy()
        if buddy is not None and not (isinstance(buddy, QAbstractButton) and buddy.text()):
            buddy.setAccessibleName(field_name(text))  # a check box's own words name it


class DateEdit(QDateEdit):
    """A date box that types like a form field: Tab moves on to the next field, and a
    separator moves to the next section once, whether the section was full or short.

    Qt's QDateEdit walks its day, month and year with Tab before leaving, and after a full
    section it moves on by itself, so that "2001-02-03" typed key by key skips the month.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        """Override of QDateTimeEdit.focusNextPrevChild: Tab leaves the box."""
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Override of QDateTimeEdit.keyPressEvent: a separator the box already passed is
        swallowed."""
        typed = event.text()
        line = self.lineEdit()
        before = line.selectionStart() - 1 if line.hasSelectedText() else line.cursorPosition() - 1
        separator = len(typed) == 1 and not typed.isalnum() and not typed.isspace()
        if separator and before >= 0 and line.text()[before] == typed:
            return
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        if separator and self.currentSectionIndex() == section < self.sectionCount() - 1:
            # After a short section ("3/"), Qt pads it and stays: move on as the user meant.
            self.setCurrentSectionIndex(section + 1)
            self.setSelectedSection(self.currentSection())


class OptionalDateEdit(DateEdit):
    """A date that may be left out: its minimum date stands for "none" and shows the special
    value text ("Not given", "From any date").

    A plain QDateEdit keeps Tab inside itself while it shows that text (Tab walks the date's
    sections, which the text does not have) and ignores digits typed over it. Here Tab moves
    on, the first digit typed starts a date, and Delete or Backspace over the whole date goes
    back to "none".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumDate(QDate(1900, 1, 1))
        self.setDate(self.minimumDate())

    def is_empty(self) -> bool:
        """Whether the box shows "none" rather than a date."""
        return self.date() == self.minimumDate()

    def clear_date(self) -> None:
        """Back to "none"."""
        self.setDate(self.minimumDate())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Override of DateEdit.keyPressEvent: typing over "none" starts a date."""
        if self.is_empty() and event.text().isdigit():
            # Start from today (within the allowed range) with the first section selected,
            # so that the digits typed replace it as they would in a filled box.
            start = max(min(QDate.currentDate(), self.maximumDate()), self.minimumDate().addDays(1))
            self.setDate(start)
            self.setSelectedSection(self.sectionAt(0))
        elif (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and not self.is_empty()
            and self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.clear_date()
            return
        super().keyPressEvent(event)


def scrolling_layout(page: QWidget) -> QVBoxLayout:
    """The layout to fill ``page`` with, inside a scroll area: on a small screen (800x600) the
    page scrolls rather than making the window taller than the screen."""
    content = QWidget()
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(content)


def date_or_none(box: QDateEdit) -> date | None:
    """The day a date box shows; None at its minimum, which stands for "no date"."""
    value = box.date()
    return None if value == box.minimumDate() else date(value.year(), value.month(), value.day())


def show_date(box: QDateEdit, value: date | None) -> None:
    """Show ``value`` in a date box; None leaves it as it is (at "no date" when new)."""
    if value is not None:
        box.setDate(QDate(value.year, value.month, value.day))
