"""The coordinator's queue on the dashboard: how many entries and hours await review, for
whom, with the way to open them in the time log or approve an organisation's or a week's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.review import AwaitingReview, ReviewQueue
from okuvol_desktop.services.approvals import ReviewSelection
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.formats import duration_text
from okuvol_desktop.ui.labels import format_date
from okuvol_desktop.ui.ledger_widget import LedgerWidget
from okuvol_desktop.ui.preferences import Preferences
from okuvol_desktop.ui.widgets import NoticeLabel

_COLUMNS = 5  # organisation, person, entries, hours, waiting since
_ROWS_SHOWN = 4
# The lines read at a time (organisations and people by name): the first when the queue is
# shown, the next when its reader scrolls to the last one listed. The summary above counts
# them all.
LINES_A_READ = 50


class WeekChoice(QDialog):
    """Which week of an organisation's submitted hours to approve."""

    def __init__(self, organisation: str, first: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve a week"))
        self.monday = QDateEdit(QDate(first.year, first.month, first.day))
        self.monday.setCalendarPopup(True)
        self.monday.setAccessibleName(self.tr("A day of the week to approve"))
        self.span = QLabel()
        self.monday.dateChanged.connect(self._show_span)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        intro = QLabel(self.tr("Submitted hours at %1 in the week of:").replace("%1", organisation))
        intro.setWordWrap(True)
        form.addRow(intro)
        label = QLabel(self.tr("&Day:"))
        label.setBuddy(self.monday)
        form.addRow(label, self.monday)
        form.addRow(self.span)
        form.addRow(buttons)
        self._show_span()
        self.monday.setFocus()

    def week(self) -> tuple[date, date]:
        """Monday to Sunday of the week the chosen day falls in."""
        day: date = self.monday.date().toPython()  # type: ignore[assignment]
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)

    def _show_span(self) -> None:
        start, end = self.week()
        self.span.setText(f"{format_date(start)} – {format_date(end)}")


class ReviewQueueBox(LedgerWidget):
    """Entries awaiting review, by organisation and person, in a group box; hidden when none
    do. The group box is a child, not the base class: the box reads the ledger as a
    LedgerWidget, and a PySide class derives from one Qt widget class only."""

    sig_open = Signal(object, object)
    """Show these in the time log: (person id, organisation id), submitted only."""
    sig_approve = Signal(list)
    """Approve these entry ids (the window does it, undoably)."""

    def __init__(
        self, ledger: Ledger, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(ledger, preferences, parent)
        self._lines: list[AwaitingReview] = []
        self._queue = ReviewQueue((), 0, 0, 0, 0)
        # Which read of the queue is the latest: the answer of an older one (a page asked for
        # before an approval) is not shown over a newer one.
        self._reading = 0
        self._reading_more = False
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, _COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # a line is chosen whole: Tab goes on
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # The end reached by scrolling, or by the keyboard (the view may be at its end
        # already when a refresh lists the lines again).
        self.table.verticalScrollBar().valueChanged.connect(self._read_more_at_the_end)
        self.table.currentCellChanged.connect(self._read_more_at_the_end)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.approve_org_button = QPushButton()
        self.approve_org_button.clicked.connect(self.approve_organisation)
        self.approve_week_button = QPushButton()
        self.approve_week_button.clicked.connect(self.approve_week)
        self.message = NoticeLabel()
        # One line of words and buttons over a table of a few rows: the dashboard's chart
        # keeps its room.
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for button in (self.open_button, self.approve_org_button, self.approve_week_button):
            top.addWidget(button)
        self.box = QGroupBox()
        layout = QVBoxLayout(self.box)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        around = QVBoxLayout(self)
        around.setContentsMargins(0, 0, 0, 0)  # the group box's frame stays the edge of the queue
        around.addWidget(self.box)
        self.retranslate_ui()
        self._update_buttons()
        self.hide()

    def retranslate_ui(self) -> None:
        """Every visible string of the box, in the current language."""
        self.box.setTitle(self.tr("Awaiting review"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Organisation"),
                self.tr("Person"),
                self.tr("Entries"),
                self.tr("Hours"),
                self.tr("Waiting since"),
            ]
        )
        self.table.setAccessibleName(self.tr("Entries awaiting review"))
        self.open_button.setText(self.tr("&Open in time log"))
        self.approve_org_button.setText(self.tr("Approve all of this &organisation…"))
        self.approve_week_button.setText(self.tr("Approve a &week…"))
        self._show(self._queue)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Read the queue again, in a worker: as many lines as are listed, so that the line
        the reader scrolled to stays listed after an approval."""
        self._reading += 1
        reading, lines = self._reading, max(LINES_A_READ, len(self._lines))
        self._reading_more = False

        def show(queue: ReviewQueue) -> None:
            if reading == self._reading:
                self._show(queue)

        self._runner.run(lambda: self._ledger.approvals.queue_start(lines), show, self.message.say)

    def _read_more_at_the_end(self) -> None:
        """At the last line listed, read the next ones (in a worker), once at a time."""
        bar = self.table.verticalScrollBar()
        last_row = self.table.rowCount() - 1
        if (
            (bar.value() < bar.maximum() and self.table.currentRow() != last_row)
            or self._reading_more
            or not self._lines
            or len(self._lines) >= self._queue.groups
        ):
            return
        self._reading_more = True
        reading, last = self._reading, self._lines[-1]

        def add(lines: list[AwaitingReview]) -> None:
            if reading != self._reading:
                return
            self._reading_more = False
            # Kept with the queue, so that a language switch lists them all again.
            self._queue = replace(self._queue, lines=(*self._queue.lines, *lines))
            self._add_rows(lines)

        def failed(message: str) -> None:
            self._reading_more = False
            self.message.say(message)

        self._runner.run(
            lambda: self._ledger.approvals.queue_after(last, LINES_A_READ), add, failed
        )

    def _show(self, queue: ReviewQueue) -> None:
        chosen = self._chosen()
        self._queue = queue
        self._lines = []
        self.setVisible(bool(queue.lines))
        self.summary.setText(
            self.tr("%Ln entry(s) await review", "", queue.entries)
            + " · "
            + self.tr("%1 h from %2")
            .replace("%1", self._duration(queue.minutes))
            .replace("%2", self.tr("%Ln person(s)", "", queue.people))
        )
        self.table.setRowCount(0)
        self._add_rows(queue.lines)
        self._fit_rows()
        if chosen is not None:
            for row, line in enumerate(self._lines):
                if (line.person_id, line.organisation_id) == (
                    chosen.person_id,
                    chosen.organisation_id,
                ):
                    self.table.selectRow(row)
        self._update_buttons()

    def _add_rows(self, lines: Sequence[AwaitingReview]) -> None:
        """List these lines after those listed."""
        notation = self._preferences.duration_notation
        header = self.table.horizontalHeader()
        # Fitted once when filled: fitting the columns to each cell as it is set would read
        # every row again for each one.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        first = len(self._lines)
        self._lines.extend(lines)
        self.table.setRowCount(len(self._lines))
        for row, line in enumerate(lines, start=first):
            person = line.person_name
            if line.resubmitted:
                person += " " + self.tr("(%n sent again)", "", line.resubmitted)
            cells = (
                line.organisation_name,
                person,
                QLocale().toString(line.entries),
                duration_text(line.minutes, notation),
                format_date(line.first_date),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _fit_rows(self) -> None:
        """As tall as its rows, up to a few; more scroll."""
        shown = min(max(self.table.rowCount(), 1), _ROWS_SHOWN)
        rows = sum(self.table.rowHeight(r) for r in range(shown)) if self.table.rowCount() else 0
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows + frame)

    def _chosen(self) -> AwaitingReview | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self._lines):
            return None
        return self._lines[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self._chosen() is not None
        for button in (self.open_button, self.approve_org_button, self.approve_week_button):
            button.setEnabled(chosen)

    def open_selected(self) -> None:
        """Show the chosen person's submitted hours at the organisation in the time log."""
        chosen = self._chosen()
        if chosen is not None:
            self.sig_open.emit(chosen.person_id, chosen.organisation_id)

    def approve_organisation(self) -> None:
        """Approve every submitted entry of the chosen row's organisation, after asking."""
        chosen = self._chosen()
        if chosen is not None:
            self._approve(ReviewSelection(chosen.organisation_id), chosen.organisation_name)

    def approve_week(self) -> None:
        """Approve the chosen organisation's submitted entries of one week."""
        chosen = self._chosen()
        if chosen is None:
            return
        dialog = WeekChoice(chosen.organisation_name, chosen.first_date, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        start, end = dialog.week()
        where = f"{chosen.organisation_name}, {format_date(start)} – {format_date(end)}"
        self._approve(ReviewSelection(chosen.organisation_id, date_from=start, date_to=end), where)

    def _approve(self, selection: ReviewSelection, where: str) -> None:
        """Find the entries the selection covers (in a worker), then ask about them."""
        awaiting = self._ledger.approvals.awaiting
        self._runner.run(
            lambda: awaiting(selection),
            lambda ids: self._ask_to_approve(ids, where),
            self.message.say,
        )

    def _ask_to_approve(self, ids: list[int], where: str) -> None:
        if not ids:
            self.message.say(self.tr("Nothing awaits review there."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Approve entries"),
            self.tr(
                "Approve %n entry(s) (%1)? You can undo this with Ctrl+Z.", "", len(ids)
            ).replace("%1", where),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.message.say("")
        self.sig_approve.emit(ids)
