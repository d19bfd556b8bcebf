"""Time log: entries filtered and sorted by the database, fetched a page at a time, with
adding, editing, duplicating, deleting, submitting and reviewing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.model import EntryLine
from okuvol_desktop.services.entries import EditConflict
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.commands import (
    DeleteEntriesCommand,
    EditEntryCommand,
    LogEntriesCommand,
    ReviewCommand,
)
from okuvol_desktop.ui.dialogs.entry_dialog import EntryDialog
from okuvol_desktop.ui.dialogs.week_grid_dialog import WeekGridDialog
from okuvol_desktop.ui.errors import error_text, show_error
from okuvol_desktop.ui.filter_bar import FilterBar
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.models.entry_table import COL_DATE, COL_STATUS, EntryTableModel
from okuvol_desktop.ui.preferences import Preferences
from okuvol_desktop.ui.tasks import BackgroundRunner
from okuvol_desktop.ui.widgets import NoticeLabel

PAGE_SIZE = 200


class TimeLogPage(QWidget):
    """The entries of the ledger in a table that loads more as it scrolls."""

    def __init__(
        self, ledger: Ledger, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._undo = undo_stack
        self._runner = BackgroundRunner(self)
        self._lookups = Lookups((), (), (), ())
        self._sort = ("date", True)
        self._names_wanted = False
        self.filters = FilterBar()
        self.filters.sig_changed.connect(self.reload)
        self.model = EntryTableModel(self._page, self)
        self.model.sig_sort_requested.connect(self._sort_by)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Fitting a column looks at the first rows only: a full page (200) would make the first
        # show of a large ledger slower than that of a small one for no better widths.
        self.table.horizontalHeader().setResizeContentsPrecision(25)
        self.table.doubleClicked.connect(self.edit_selected)
        self.message = NoticeLabel()
        self.actions_row = QHBoxLayout()
        self.new_action = self._action(self.new_entry)  # Ctrl+N is the window's, on every view
        self.week_action = self._action(self.week_grid, QKeySequence("Ctrl+Shift+N"))
        self.edit_action = self._action(self.edit_selected, QKeySequence("Return"))
        self.duplicate_action = self._action(self.duplicate_selected, QKeySequence("Ctrl+D"))
        self.delete_action = self._action(self.delete_selected, QKeySequence.StandardKey.Delete)
        self.submit_action = self._action(self.submit_selected)
        self.approve_action = self._action(self.approve_selected)
        self.reject_action = self._action(self.reject_selected)
        self.find_action = self._action(
            self._focus_search, QKeySequence.StandardKey.Find, button=False
        )
        self.actions_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.retranslate_ui()
        self._update_actions()

    def _action(
        self, slot: object, shortcut: QKeySequence | None = None, button: bool = True
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        if button:
            tool = QToolButton()
            tool.setDefaultAction(action)
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.actions_row.addWidget(tool)
        return action

    def retranslate_ui(self) -> None:
        """Every visible string of the page, in the current language."""
        self.new_action.setText(self.tr("&New entry…"))
        self.new_action.setToolTip(self.tr("Log hours (Ctrl+N)"))
        self.week_action.setText(self.tr("&Week grid…"))
        self.week_action.setToolTip(self.tr("Type a whole week of hours at once (Ctrl+Shift+N)"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.duplicate_action.setText(self.tr("D&uplicate…"))
        self.delete_action.setText(self.tr("&Delete"))
        self.submit_action.setText(self.tr("&Submit"))
        self.submit_action.setToolTip(self.tr("Send the chosen drafts for review"))
        self.approve_action.setText(self.tr("&Approve"))
        self.reject_action.setText(self.tr("Re&ject…"))
        self.find_action.setText(self.tr("Find"))
        self.table.setAccessibleName(self.tr("Entries"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------

    def _page(self, after: tuple[date, int] | None, offset: int) -> list[EntryLine]:
        # A keyset page is a few milliseconds through the date index, even on a million
        # entries, so scrolling fetches it directly.
        query = self.filters.query(*self._sort)
        return self._ledger.listing.page(query, limit=PAGE_SIZE, offset=offset, after=after)

    def refresh(self) -> None:
        """Load the first page, then the names for the filters and forms.

        The page comes first and alone: on a ledger of thousands of people the names take
        longer to read than the page, and read beside it they would slow it down.
        """
        self.message.say(self.tr("Loading…"))
        self._names_wanted = True
        self.reload()

    def lookups(self) -> Lookups:
        """The names loaded for the filters and forms (empty until the first load)."""
        return self._lookups

    def _on_lookups(self, lookups: object) -> None:
        assert isinstance(lookups, Lookups)
        self._lookups = lookups
        self.filters.set_lookups(lookups)
        if self.model.rowCount() == 0:
            self._say_why_empty()

    def reload(self) -> None:
        """The first page under the current filters and order, in a worker."""
        self._runner.run(lambda: self._page(None, 0), self._on_first_page, self._on_error)

    def _sort_by(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.reload()

    def _on_first_page(self, lines: object) -> None:
        assert isinstance(lines, list)
        first_load = self.model.rowCount() == 0
        self.model.set_first_page(lines, PAGE_SIZE, keyset=self._sort == ("date", True))
        self._say_why_empty()
        if self._names_wanted:
            self._names_wanted = False
            self._runner.run(lambda: Lookups.load(self._ledger), self._on_lookups, self._on_error)
        if first_load and lines:
            # Fit the columns to the first page once; later pages keep the widths.
            for column in range(COL_STATUS):
                self.table.resizeColumnToContents(column)
        self._update_actions()

    def _say_why_empty(self) -> None:
        if self.model.rowCount():
            self.message.say("")
        elif self._lookups.people:
            self.message.say(self.tr("No entries match these filters."))
        else:
            self.message.say(
                self.tr(
                    "No entries yet. Add people, organisations and roles, "
                    "or fill the database with sample data."
                )
            )

    def _on_error(self, message: str) -> None:
        self.message.say(message)

    def _focus_search(self) -> None:
        self.filters.text.setFocus()
        self.filters.text.selectAll()

    # --- changing entries ------------------------------------------------------------------

    def selected_lines(self) -> list[EntryLine]:
        """The entries of the selected rows, top to bottom."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.line(row) for row in rows]

    def _update_actions(self) -> None:
        chosen = self.selected_lines()
        statuses = {line.entry.status for line in chosen}
        one = len(chosen) == 1
        self.edit_action.setEnabled(one)
        self.duplicate_action.setEnabled(one)
        self.delete_action.setEnabled(
            bool(chosen) and statuses <= {EntryStatus.DRAFT, EntryStatus.SUBMITTED}
        )
        self.submit_action.setEnabled(bool(chosen) and statuses == {EntryStatus.DRAFT})
        self.approve_action.setEnabled(bool(chosen) and statuses == {EntryStatus.SUBMITTED})
        self.reject_action.setEnabled(bool(chosen) and statuses == {EntryStatus.SUBMITTED})

    def _report(self, error: OkuvolError) -> None:
        show_error(self, error)

    def _push(self, command: object) -> None:
        self._undo.push(command)  # type: ignore[arg-type]
        self.reload()

    def new_entry(self) -> None:
        """Ask for a new entry and log it."""
        self._entry_dialog(None, duplicate=False)

    def week_grid(self) -> None:
        """Ask for a week of hours in a grid and log them all at once (undoable together)."""
        prefs = Preferences()
        dialog = WeekGridDialog(
            self._ledger,
            self._lookups,
            self._ledger.ctx.today(),
            person_id=self.filters.person.currentData(),
            first_weekday=prefs.week_start,
            weekly_limit_minutes=prefs.weekly_limit_minutes,
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.saved:
            return
        self._push(
            LogEntriesCommand(
                self._ledger,
                dialog.saved,
                report=self._report,
                text=self.tr("Log a week"),
                after=self.reload,
            )
        )

    def duplicate_selected(self) -> None:
        """A new entry that starts as a copy of the selected one."""
        chosen = self.selected_lines()
        if len(chosen) == 1:
            self._entry_dialog(chosen[0], duplicate=True)

    def _entry_dialog(self, line: EntryLine | None, duplicate: bool) -> None:
        choice = EntryDialog.ask(
            self,
            self._ledger,
            self._lookups,
            self._ledger.ctx.today(),
            line=line,
            duplicate=duplicate,
            default_kind=Preferences().default_kind,
        )
        if choice is None:
            return
        try:
            entry = self._ledger.entries.log(choice.command)
        except OkuvolError as error:
            self._report(error)
            return
        self._push(
            LogEntriesCommand(
                self._ledger,
                [entry],
                report=self._report,
                text=self.tr("Log entry"),
                after=self.reload,
            )
        )

    def edit_selected(self) -> None:
        """Edit the selected entry; an approved one goes back to be reviewed."""
        chosen = self.selected_lines()
        if len(chosen) == 1:
            self._edit_line(chosen[0])

    def _edit_line(self, line: EntryLine) -> None:
        before = line.entry
        choice = EntryDialog.ask(
            self, self._ledger, self._lookups, self._ledger.ctx.today(), line=line
        )
        if choice is None:
            return
        try:
            after = self._ledger.entries.edit(
                before.id, choice.command.details, choice.role_id, expected_version=before.version
            )
        except EditConflict as conflict:
            self._offer_reload(line, conflict)
            return
        except OkuvolError as error:
            self._report(error)
            return
        self._push(
            EditEntryCommand(
                self._ledger,
                before,
                after,
                report=self._report,
                text=self.tr("Edit entry"),
                after=self.reload,
            )
        )

    def _offer_reload(self, line: EntryLine, conflict: EditConflict) -> None:
        """Someone else saved the entry meanwhile: say who, and offer to edit their version."""
        self.reload()
        answer = QMessageBox.question(
            self,
            self.tr("The entry has changed"),
            error_text(conflict) + "\n\n" + self.tr("Open the entry as it is now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._edit_line(replace(line, entry=conflict.current))

    def delete_selected(self) -> None:
        """Delete the selected drafts or submitted entries, after asking."""
        chosen = [line.entry for line in self.selected_lines()]
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete entries"),
            self.tr("Delete %n entry(s)? You can undo this with Ctrl+Z.", "", len(chosen)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            deleted = self._ledger.entries.delete_many([entry.id for entry in chosen])
        except OkuvolError as error:
            self._report(error)
            return
        self._push(
            DeleteEntriesCommand(
                self._ledger,
                deleted,
                report=self._report,
                text=self.tr("Delete entries"),
                after=self.reload,
            )
        )

    def submit_selected(self) -> None:
        """Send the selected drafts for review."""
        ids = [line.entry.id for line in self.selected_lines()]
        try:
            self._ledger.approvals.submit(ids)
        except OkuvolError as error:
            self._report(error)
        self.reload()

    def approve_selected(self) -> None:
        """Approve the selected submitted entries (undoable)."""
        self._review(EntryStatus.APPROVED, None)

    def reject_selected(self) -> None:
        """Reject the selected submitted entries with a note that says why (undoable)."""
        note, ok = QInputDialog.getText(
            self, self.tr("Reject entries"), self.tr("Why are these hours rejected?")
        )
        if ok:
            self._review(EntryStatus.REJECTED, note)

    def _review(self, target: EntryStatus, note: str | None) -> None:
        ids = [line.entry.id for line in self.selected_lines()]
        try:
            if target is EntryStatus.APPROVED:
                self._ledger.approvals.approve(ids, note)
            else:
                self._ledger.approvals.reject(ids, note)
        except OkuvolError as error:
            self._report(error)
            return
        text = (
            self.tr("Approve entries")
            if target is EntryStatus.APPROVED
            else self.tr("Reject entries")
        )
        self._push(
            ReviewCommand(
                self._ledger,
                ids,
                target,
                note=note,
                report=self._report,
                text=text,
                after=self.reload,
            )
        )
