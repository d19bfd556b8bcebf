"""Time log: entries filtered and sorted by the database, fetched a page at a time, with
adding, editing, duplicating, deleting, submitting and reviewing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
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

from okuvol_desktop.domain.durations import DurationNotation
from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.model import EntryLine
from okuvol_desktop.domain.review import FieldChange, Review
from okuvol_desktop.services.entries import EditConflict
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.listing import LogQuery, LogTotals
from okuvol_desktop.ui.commands import (
    DeleteEntriesCommand,
    EditEntryCommand,
    LogEntriesCommand,
    ReviewCommand,
    Surroundings,
)
from okuvol_desktop.ui.dialogs.entry_dialog import EntryDialog
from okuvol_desktop.ui.dialogs.week_grid_dialog import WeekGridDialog
from okuvol_desktop.ui.errors import error_text, show_error
from okuvol_desktop.ui.filter_bar import FilterBar
from okuvol_desktop.ui.ledger_widget import LedgerWidget
from okuvol_desktop.ui.log_summary import LogTotalsLabel, fit_columns
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.models.entry_table import COL_DATE, COL_DESCRIPTION, EntryTableModel
from okuvol_desktop.ui.preferences import Preferences
from okuvol_desktop.ui.review_text import describe_changes, is_resubmitted, review_summary
from okuvol_desktop.ui.tasks import BackgroundRunner, LedgerWriter
from okuvol_desktop.ui.widgets import NoticeLabel

PAGE_SIZE = 200
T = TypeVar("T")


def _selectable(label: NoticeLabel) -> NoticeLabel:
    """A label whose words can be chosen and copied (a note to quote back)."""
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class TimeLogPage(LedgerWidget):
    """The entries of the ledger in a table that loads more as it scrolls."""

    sig_continue_requested = Signal(object)
    """The user wants the timer started again on this entry's work (an EntryLine)."""

    def __init__(
        self,
        ledger: Ledger,
        undo_stack: QUndoStack,
        preferences: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ledger, preferences, parent)
        self._undo = undo_stack
        self._lookups = Lookups((), (), (), ())
        self._sort = ("date", True)
        self._names_wanted = False
        self._names_stale = True  # until names loaded after the last change arrive
        self._waiting_for_names = False  # a form waits for names read again to open
        self._loads = 0  # first-page loads asked for; the last one is shown
        self.filters = FilterBar()
        self.filters.sig_changed.connect(self.reload)
        self._query = LogQuery()  # what the lines shown were read with
        self.model = EntryTableModel(self._page, self)
        self.model.sig_sort_requested.connect(self._sort_by)
        self.model.sig_fetch_failed.connect(self._on_error)
        self.model.set_notation(preferences.duration_notation)
        # Pages fetched by scrolling may hold longer names than the first.
        self.model.rowsInserted.connect(self._fit_added_rows)
        self.totals = LogTotalsLabel()  # before the table, whose sort indicator reloads
        self.totals.set_notation(self.model.notation)
        self._totals_runner = BackgroundRunner(self)
        self._writer = LedgerWriter(self)
        # What each undo step of this page needs: its changes go through the page's writer.
        self._around = Surroundings(self._ledger, self._writer, self._report, self.reload)
        self.table = self._make_table()
        self.model.sig_moved_down.connect(self._keep_place)
        self.table.verticalScrollBar().valueChanged.connect(self._near_the_top)
        self.message = NoticeLabel()
        # The last review of the chosen entry: the note a volunteer fixes it by, and for a
        # coordinator what changed since.
        self.review_detail = _selectable(NoticeLabel())
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
        self.continue_action = self._action(self.continue_selected, button=False)
        # Right-click (or the Menu key) on an entry offers what applies to it.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(
            [self.continue_action, self.edit_action, self.duplicate_action, self.delete_action]
        )
        # The totals sit beside the buttons (a row of their own would make the window taller)
        # and take the room left, wrapping there rather than widening the window.
        self.actions_row.addWidget(self.totals, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.review_detail)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.retranslate_ui()
        self._update_actions()

    def _fit_added_rows(self, _parent: QModelIndex, first: int, last: int) -> None:
        fit_columns(self.table, COL_DESCRIPTION, first, last)

    def _make_table(self) -> QTableView:
        table = QTableView()
        # A few rows at least, but no more: the filters take two rows, and the window must
        # still fit a small screen.
        table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * 3)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # lines are chosen whole: Tab goes on to the buttons
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The description is last and takes the width left over: it is what search looks in.
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(self.edit_selected)
        return table

    def _action(
        self,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        button: bool = True,
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
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
        self.submit_action.setToolTip(
            self.tr("Send the chosen drafts, or rejected entries once fixed, for review")
        )
        self.review_detail.setAccessibleName(self.tr("Review of the chosen entry"))
        self.approve_action.setText(self.tr("&Approve"))
        self.reject_action.setText(self.tr("Re&ject…"))
        self.find_action.setText(self.tr("Find"))
        self.continue_action.setText(self.tr("&Continue timer"))
        self.continue_action.setToolTip(
            self.tr("Start the timer again on this entry's role, description and category")
        )
        self.table.setAccessibleName(self.tr("Entries"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------

    def _page(self, after: EntryLine, backwards: bool) -> list[EntryLine]:
        """The page beside a line shown (called in a worker): a few milliseconds through the
        sort column's index, however deep in a million entries. The query is the one the
        first page was read with, taken in the window's thread."""
        return self._ledger.listing.page(
            self._query, limit=PAGE_SIZE, after=after, backwards=backwards
        )

    def _keep_place(self, rows_added_above: int) -> None:
        """Lines were added above the first one (or dropped from the top): scroll as many
        rows, so that the reader still sees the lines they were reading."""
        bar = self.table.verticalScrollBar()
        per_row = (
            1
            if self.table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
            else self.table.verticalHeader().defaultSectionSize()
        )
        bar.setValue(bar.value() + rows_added_above * per_row)

    def _near_the_top(self, value: int) -> None:
        """Scrolled back to the first lines held: fetch those above, if some were let go."""
        if value <= self.table.verticalScrollBar().pageStep() and self.model.more_above():
            self.model.fetch_above()

    def refresh(self) -> None:
        """Load the first page, then the names for the filters and forms.

        The page comes first and alone: on a ledger of thousands of people the names take
        longer to read than the page, and read beside it they would slow it down.
        """
        self.message.say(self.tr("Loading…"))
        self._names_wanted = True
        self._names_stale = True
        self.reload()

    def reload_names(self) -> None:
        """Load the names for the filters and forms again, in a worker (someone added a
        person, an organisation or a role)."""
        self._names_stale = True
        self._runner.run(lambda: Lookups.load(self._ledger), self._on_lookups, self._on_error)

    def ledger_changed(self) -> None:
        """The ledger changed under the page: new names at once; the rows too, unless that
        would take the reader's place (a scrolled list, chosen rows), where a line says so."""
        self.reload_names()
        scrolled = self.table.verticalScrollBar().value() > 0 or self.model.more_above()
        if scrolled or self.table.selectionModel().hasSelection():
            self.message.say(
                self.tr("The ledger has changed since this list was loaded. Press F5 to see it.")
            )
            return
        self.reload()

    def lookups(self) -> Lookups:
        """The names loaded for the filters and forms (empty until the first load)."""
        return self._lookups

    def _on_lookups(self, lookups: Lookups) -> None:
        self._lookups = lookups
        self._names_stale = False
        self.filters.set_lookups(lookups)
        if self.model.rowCount() == 0:
            self._say_why_empty()

    def reload(self) -> None:
        """The first page under the current filters and order, in a worker, and the totals
        of every match.

        The filters are read here, in the window's thread; of several loads in flight only
        the last one asked for is shown (an earlier one may finish later, with old filters).
        """
        self._loads += 1
        load = self._loads
        query = self.filters.query(*self._sort)

        def shown(lines: list[EntryLine]) -> None:
            if load == self._loads:
                self._query = query
                self._on_first_page(lines)

        def counted(totals: LogTotals) -> None:
            if load == self._loads:
                self.totals.show_found(totals)

        self._runner.run(
            lambda: self._ledger.listing.page(query, limit=PAGE_SIZE), shown, self._on_error
        )
        # The totals of every match, not only of the page: a count and a sum in the database.
        self.totals.show_found(None)
        self._totals_runner.run(lambda: self._ledger.listing.totals(query), counted, self._on_error)

    def set_notation(self, notation: DurationNotation) -> None:
        """Write durations in ``notation`` (chosen in Settings) from now on."""
        self.model.set_notation(notation)
        self.totals.set_notation(notation)
        fit_columns(self.table, COL_DESCRIPTION)

    def _sort_by(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.reload()

    def _on_first_page(self, lines: list[EntryLine]) -> None:
        self.model.set_first_page(lines, PAGE_SIZE)
        self._say_why_empty()
        if self._names_wanted:
            self._names_wanted = False
            self._runner.run(lambda: Lookups.load(self._ledger), self._on_lookups, self._on_error)
        fit_columns(self.table, COL_DESCRIPTION, grow_only=False)  # a new list, new widths
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

    def _with_fresh_names(self, then: Callable[[Lookups], None]) -> None:
        """Call ``then`` with the names a form offers: at once when they are fresh, else once
        they are read again in a worker (a person added a moment ago must be a choice, not
        "add a person first"). A second request while they are read is one press too many."""
        if not self._names_stale:
            then(self._lookups)
            return
        if self._waiting_for_names:
            return
        self._waiting_for_names = True

        def loaded(lookups: Lookups) -> None:
            self._waiting_for_names = False
            self._on_lookups(lookups)
            then(lookups)

        def failed(message: str) -> None:
            self._waiting_for_names = False
            self._on_error(message)

        self._runner.run(lambda: Lookups.load(self._ledger), loaded, failed)

    def show_awaiting(self, person_id: int, organisation_id: int) -> None:
        """Show a person's submitted hours at an organisation (from the coordinator's queue)."""

        def show(_names: Lookups) -> None:
            self.filters.show_only(person_id, organisation_id, EntryStatus.SUBMITTED)
            self.table.setFocus()

        self._with_fresh_names(show)

    def approve_ids(self, ids: list[int], then: Callable[[], None]) -> None:
        """Approve these entries (undoably), then call ``then``; if refused, show why."""
        self._review(ids, EntryStatus.APPROVED, None, then)

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
        self.continue_action.setEnabled(one)
        self.duplicate_action.setEnabled(one)
        # Approved entries are records; a rejected one is its owner's to fix, resubmit or
        # delete, and a reviewer may still approve it after all.
        self.delete_action.setEnabled(bool(chosen) and EntryStatus.APPROVED not in statuses)
        self.submit_action.setEnabled(
            bool(chosen) and statuses <= {EntryStatus.DRAFT, EntryStatus.REJECTED}
        )
        self.approve_action.setEnabled(
            bool(chosen) and statuses <= {EntryStatus.SUBMITTED, EntryStatus.REJECTED}
        )
        self.reject_action.setEnabled(bool(chosen) and statuses == {EntryStatus.SUBMITTED})
        self._show_review(chosen[0] if one else None)
        self.totals.show_chosen(chosen)

    def _show_review(self, line: EntryLine | None) -> None:
        """The chosen entry's last review, and what changed since when it came back."""
        if line is None or line.entry.reviewed_at is None:
            self.review_detail.say("")
            return
        text = review_summary(line.entry)
        self.review_detail.say(text)
        if not is_resubmitted(line.entry):
            return
        entry_id, since_review = line.entry.id, self._ledger.approvals.since_review

        def changes(since: tuple[Review, list[FieldChange]] | None) -> None:
            chosen = self.selected_lines()
            if since is None or len(chosen) != 1 or chosen[0].entry.id != entry_id:
                return  # another line was chosen meanwhile: its own answer will come
            self.review_detail.say(text + "\n" + describe_changes(since[1], self._lookups))

        # Deleted meanwhile by someone else: the reload will show it.
        self._runner.run(
            lambda: since_review(entry_id), changes, self._on_error, lambda _refused: None
        )

    def _report(self, error: OkuvolError | str) -> None:
        show_error(self, error)

    def _push(self, command: QUndoCommand) -> None:
        self._undo.push(command)
        self.reload()

    def writing(self) -> bool:
        """Whether a change made here (or its undo) has not reached the ledger yet."""
        return self._writer.busy()

    def _change(
        self,
        change: Callable[[], T],
        step: Callable[[T], QUndoCommand],
        conflict: Callable[[EditConflict], None] | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Make a change through the services in the write thread, then push ``step`` of
        what it returned (the undo step, whose first redo does nothing) and call ``then``; if
        refused, show why (``conflict`` is told when someone else saved the entry meanwhile)."""

        def done(result: T) -> None:
            self._push(step(result))
            if then is not None:
                then()

        def refused(error: OkuvolError) -> None:
            if conflict is not None and isinstance(error, EditConflict):
                conflict(error)
            else:
                self._report(error)

        self._writer.write(change, done, refused, self._report)

    def new_entry(self) -> None:
        """Ask for a new entry and log it."""
        self._entry_dialog(None, duplicate=False)

    def week_grid(self) -> None:
        """Ask for a week of hours in a grid and log them all at once (undoable together)."""
        self._with_fresh_names(self._week_grid)

    def _week_grid(self, names: Lookups) -> None:
        prefs = self._preferences
        dialog = WeekGridDialog(
            self._ledger,
            names,
            self._ledger.ctx.today(),
            person_id=self.filters.person.currentData(),
            first_weekday=prefs.week_start,
            weekly_limit_minutes=prefs.weekly_limit_minutes,
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.saved:
            return
        self._push(LogEntriesCommand(self._around, dialog.saved, text=self.tr("Log a week")))

    def duplicate_selected(self) -> None:
        """A new entry that starts as a copy of the selected one."""
        chosen = self.selected_lines()
        if len(chosen) == 1:
            self._entry_dialog(chosen[0], duplicate=True)

    def _entry_dialog(self, line: EntryLine | None, duplicate: bool) -> None:
        self._with_fresh_names(lambda names: self._ask_for_entry(names, line, duplicate))

    def _ask_for_entry(self, names: Lookups, line: EntryLine | None, duplicate: bool) -> None:
        choice = EntryDialog.ask(
            self,
            self._ledger,
            names,
            self._ledger.ctx.today(),
            line=line,
            duplicate=duplicate,
            default_kind=self._preferences.default_kind,
            preferences=self._preferences,
        )
        if choice is None:
            return
        self._change(
            lambda: self._ledger.entries.log(choice.command),
            lambda entry: LogEntriesCommand(self._around, [entry], text=self.tr("Log entry")),
        )

    def continue_selected(self) -> None:
        """Ask for the timer to run again on the selected entry's work."""
        chosen = self.selected_lines()
        if len(chosen) == 1:
            self.sig_continue_requested.emit(chosen[0])

    def edit_selected(self) -> None:
        """Edit the selected entry; an approved one goes back to be reviewed."""
        chosen = self.selected_lines()
        if len(chosen) == 1:
            self._edit_line(chosen[0])

    def _edit_line(self, line: EntryLine) -> None:
        before = line.entry
        choice = EntryDialog.ask(
            self,
            self._ledger,
            self._lookups,
            self._ledger.ctx.today(),
            line=line,
            preferences=self._preferences,
        )
        if choice is None:
            return
        self._change(
            lambda: self._ledger.entries.edit(
                before.id, choice.command.details, choice.role_id, expected_version=before.version
            ),
            lambda edited: EditEntryCommand(
                self._around, before, edited, text=self.tr("Edit entry")
            ),
            conflict=lambda conflict: self._offer_reload(line, conflict),
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
        self._change(
            lambda: self._ledger.entries.delete_keeping_history([entry.id for entry in chosen]),
            lambda done: DeleteEntriesCommand(self._around, *done, text=self.tr("Delete entries")),
        )

    def submit_selected(self) -> None:
        """Send the selected drafts for review."""
        ids = self._selected_ids()

        def refused(error: OkuvolError | str) -> None:
            self._report(error)
            self.reload()

        submit = self._ledger.approvals.submit
        self._writer.write(lambda: submit(ids), lambda _count: self.reload(), refused, refused)

    def approve_selected(self) -> None:
        """Approve the selected submitted entries (undoable)."""
        self._review(self._selected_ids(), EntryStatus.APPROVED, None)

    def reject_selected(self) -> None:
        """Reject the selected submitted entries with a note that says why (undoable)."""
        note, ok = QInputDialog.getText(
            self, self.tr("Reject entries"), self.tr("Why are these hours rejected?")
        )
        if ok:
            self._review(self._selected_ids(), EntryStatus.REJECTED, note)

    def _selected_ids(self) -> list[int]:
        return [line.entry.id for line in self.selected_lines()]

    def _review(
        self,
        ids: list[int],
        target: EntryStatus,
        note: str | None,
        then: Callable[[], None] | None = None,
    ) -> None:
        approvals = self._ledger.approvals
        review = approvals.approve if target is EntryStatus.APPROVED else approvals.reject
        text = (
            self.tr("Approve entries")
            if target is EntryStatus.APPROVED
            else self.tr("Reject entries")
        )
        self._change(
            lambda: review(ids, note),
            lambda _count: ReviewCommand(self._around, ids, target, note=note, text=text),
            then=then,
        )
