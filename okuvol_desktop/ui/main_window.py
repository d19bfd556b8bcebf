"""The main window: a shell that composes the pages and holds no logic of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from okuvol_desktop import __version__
from okuvol_desktop.config import shown_location
from okuvol_desktop.services.changes import ChangeWatch
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.file_actions import FileActions
from okuvol_desktop.ui.help_menu import HelpMenu, load_bundled_fonts
from okuvol_desktop.ui.i18n import LANGUAGES, LanguageSwitcher
from okuvol_desktop.ui.identity import application_icon
from okuvol_desktop.ui.mnemonics import keep_mnemonics
from okuvol_desktop.ui.pages.dashboard import ENTRY, ORGANISATION, PERSON, ROLE, DashboardPage
from okuvol_desktop.ui.pages.organisations import OrganisationsPage
from okuvol_desktop.ui.pages.people import PeoplePage
from okuvol_desktop.ui.pages.reports import ReportsPage
from okuvol_desktop.ui.pages.settings import SettingsPage
from okuvol_desktop.ui.pages.time_log import TimeLogPage
from okuvol_desktop.ui.preferences import Preferences
from okuvol_desktop.ui.tasks import BackgroundRunner, finish_writes
from okuvol_desktop.ui.timer_bar import TimerBar
from okuvol_desktop.ui.timer_controller import TimerController

# How often the window looks for changes others made (a PRAGMA or a look at a socket).
CHANGE_CHECK_MS = 1000


class MainWindow(QMainWindow):
    """Tabs for the views, menus and a toolbar, and the database in the status bar."""

    sig_database_chosen = Signal(str)
    """The user asked to open another database; the application swaps the window."""

    def __init__(
        self,
        ledger: Ledger,
        database_label: str,
        languages: LanguageSwitcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        load_bundled_fonts()
        self.setWindowIcon(application_icon())  # also where no QApplication was introduced
        self._ledger = ledger
        self._languages = languages or LanguageSwitcher()
        self.preferences = Preferences()
        self.undo_stack = QUndoStack(self)
        self.runner = BackgroundRunner(self)
        self.dashboard = DashboardPage(ledger, ledger.ctx.today().year, self.preferences)
        self.time_log = TimeLogPage(ledger, self.undo_stack, self.preferences)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, "")
        self.tabs.addTab(self.time_log, "")
        year = ledger.ctx.today().year
        self.people = PeoplePage(ledger, year)
        self.organisations = OrganisationsPage(ledger, year)
        self.tabs.addTab(self.people, "")
        self.tabs.addTab(self.organisations, "")
        self.reports = ReportsPage(ledger, year, self.preferences)
        self.tabs.addTab(self.reports, "")
        self.settings = SettingsPage(ledger, self.preferences, shown_location(database_label))
        self._connect_settings()
        self.tabs.addTab(self.settings, "")
        self._stale: set[QWidget] = set()
        self._watch: ChangeWatch | None = None
        self.tabs.currentChanged.connect(self._view_shown)
        self.timer_bar = TimerBar(ledger, self.preferences)
        self.timer = TimerController(ledger, self)
        self._connect_timer()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timer_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.file_actions = FileActions(
            ledger,
            self,
            lookups=self.time_log.lookups,
            time_log_query=lambda: self.time_log.filters.query("date", False),
            database=None if "://" in database_label else Path(database_label),
            preferences=self.preferences,
        )
        self.file_actions.sig_ledger_changed.connect(self._ledger_replaced)
        self.file_actions.sig_said.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.help = HelpMenu(
            self,
            lambda: self.findChildren(QAction),
            database_label if "://" in database_label else Path(database_label),
        )
        self._make_actions()
        self._make_menus()
        self._database = QLabel(shown_location(database_label))
        self.statusBar().addWidget(self.timer.label)
        self.statusBar().addPermanentWidget(self._database)
        self.resize(1100, 700)
        self._restore_state()
        self.retranslate_ui()
        self._watch_changes(ledger)
        keep_mnemonics(self)

    def _pages(self) -> set[QWidget]:
        """Every view of the tabs."""
        pages = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return {page for page in pages if page is not None}

    def _watch_changes(self, ledger: Ledger) -> None:
        # One notice that the ledger changed, from this window, a script or another person on
        # a shared ledger, reaches every view: a check a second costs no query of the tables.
        self._watch = ledger.changes.watch()
        self.change_check = QTimer(self)
        self.change_check.setInterval(CHANGE_CHECK_MS)
        self.change_check.timeout.connect(self.notice_changes)
        self.change_check.start()
        self.dashboard.queue.sig_open.connect(self._open_awaiting)
        self.dashboard.queue.sig_approve.connect(self._approve_from_queue)

    def _connect_timer(self) -> None:
        self.timer.action.triggered.connect(self.timer_bar.toggle)
        self.timer_bar.sig_running_changed.connect(self.timer.show_running)
        self.timer_bar.sig_entry_logged.connect(self.refresh)
        self.timer_bar.sig_people_requested.connect(lambda: self.tabs.setCurrentWidget(self.people))
        self.time_log.sig_continue_requested.connect(self.timer_bar.continue_entry)

    def _connect_settings(self) -> None:
        # The language shown may come from --lang rather than from the stored choice.
        self.settings.language.blockSignals(True)
        self.settings.language.setCurrentIndex(
            self.settings.language.findData(self._languages.language)
        )
        self.settings.language.blockSignals(False)
        self.settings.sig_language_chosen.connect(self.switch_language)
        self.settings.sig_preferences_changed.connect(self.dashboard.refresh)
        self.settings.sig_preferences_changed.connect(
            lambda: self.time_log.set_notation(self.preferences.duration_notation)
        )
        self.dashboard.sig_next_step_requested.connect(self.take_step)
        self.settings.sig_database_chosen.connect(self.sig_database_chosen)

    def _make_actions(self) -> None:
        self.new_entry_action = QAction(self)
        self.new_entry_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_entry_action.triggered.connect(self.new_entry)
        # Our own actions rather than QUndoStack's: those write "Undo" and "Redo" from Qt's
        # catalogue, which okuvol does not ship, so they stayed English in Indonesian.
        self.undo_action = QAction(self, enabled=False)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.redo_action = QAction(self, enabled=False)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        for changed in (self.undo_stack.undoTextChanged, self.undo_stack.redoTextChanged):
            changed.connect(self._name_undo_actions)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.language_actions = QActionGroup(self)
        for code in LANGUAGES:
            action = QAction(LANGUAGES[code], self.language_actions, checkable=True)
            action.setData(code)
            action.setChecked(code == self._languages.language)
        self.language_actions.triggered.connect(
            lambda action: self.switch_language(str(action.data()))
        )

    def _make_menus(self) -> None:
        self._file_menu = self.menuBar().addMenu("")
        self._file_menu.addAction(self.new_entry_action)
        self._file_menu.addAction(self.timer.action)
        self._file_menu.addSeparator()
        for action in self.file_actions.actions():
            if action is None:
                self._file_menu.addSeparator()
            else:
                self._file_menu.addAction(action)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.quit_action)
        self._edit_menu = self.menuBar().addMenu("")
        self._edit_menu.addAction(self.undo_action)
        self._edit_menu.addAction(self.redo_action)
        self._view_menu = self.menuBar().addMenu("")
        self._view_menu.addAction(self.refresh_action)
        self._language_menu = self._view_menu.addMenu("")
        self._language_menu.addActions(self.language_actions.actions())
        self.menuBar().addMenu(self.help.menu)
        self._toolbar = self.addToolBar("")
        self._toolbar.setObjectName("main_toolbar")
        self._toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._toolbar.addAction(self.new_entry_action)
        self._toolbar.addAction(self.undo_action)
        self._toolbar.addAction(self.redo_action)

    def retranslate_ui(self) -> None:
        """Every visible string of the shell, in the current language."""
        self.setWindowTitle(
            self.tr("okuvol %1 — paid and volunteer hours").replace("%1", __version__)
        )
        self.tabs.setTabText(0, self.tr("&Dashboard"))
        self.tabs.setTabText(1, self.tr("&Time log"))
        self.tabs.setTabText(self.tabs.indexOf(self.people), self.tr("&People"))
        self.tabs.setTabText(self.tabs.indexOf(self.organisations), self.tr("&Organisations"))
        self.tabs.setTabText(self.tabs.indexOf(self.reports), self.tr("&Reports"))
        self.tabs.setTabText(self.tabs.indexOf(self.settings), self.tr("&Settings"))
        self._file_menu.setTitle(self.tr("&File"))
        self._edit_menu.setTitle(self.tr("&Edit"))
        self._view_menu.setTitle(self.tr("&View"))
        self._language_menu.setTitle(self.tr("&Language"))
        self._toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.new_entry_action.setText(self.tr("&New entry…"))
        self._name_undo_actions()
        self.quit_action.setText(self.tr("&Quit"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self._database.setToolTip(self.tr("The database this window shows"))
        self.timer.retranslate_ui()
        self.file_actions.retranslate_ui()
        self.help.retranslate_ui()

    def _name_undo_actions(self, *_changed: object) -> None:
        """ "Undo" in the current language; what it would undo in its tooltip (the toolbar
        keeps its width whatever the command is called)."""
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.undo_action.setToolTip(self.undo_stack.undoText() or self.tr("Nothing to undo"))
        self.redo_action.setToolTip(self.undo_stack.redoText() or self.tr("Nothing to redo"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def switch_language(self, language: str) -> None:
        """Show every view in ``language`` from now on, and remember the choice."""
        self._languages.use(language)
        self.preferences.language = language
        for action in self.language_actions.actions():
            action.setChecked(action.data() == language)
        self.settings.language.blockSignals(True)
        self.settings.language.setCurrentIndex(self.settings.language.findData(language))
        self.settings.language.blockSignals(False)
        self.refresh()  # numbers and dates follow the new locale

    def _ledger_replaced(self) -> None:
        # An import or a restore changed entries under the undo stack's feet: its commands
        # would now undo the wrong things.
        self.undo_stack.clear()
        self.refresh()

    def take_step(self, step: str) -> None:
        """Do what the dashboard's empty state offers: add a person, an organisation, a role,
        or the first hours."""
        if step == ENTRY:
            self.new_entry()
            return
        page = self.organisations if step == ORGANISATION else self.people
        self.tabs.setCurrentWidget(page)
        if step == PERSON:
            self.people.new_person()
        elif step == ORGANISATION:
            self.organisations.new_organisation()
        elif step == ROLE:
            self.people.add_role()

    def new_entry(self) -> None:
        """Log hours from any view: the time log opens with the entry dialog."""
        self.notice_changes()  # a person added a moment ago is among the choices
        self.tabs.setCurrentWidget(self.time_log)
        self.time_log.new_entry()

    def _open_awaiting(self, person_id: int, organisation_id: int) -> None:
        self.tabs.setCurrentWidget(self.time_log)
        self.time_log.show_awaiting(person_id, organisation_id)

    def _approve_from_queue(self, ids: list[int]) -> None:
        self.time_log.approve_ids(ids, then=self.dashboard.queue.refresh)

    def notice_changes(self) -> bool:
        """Bring every view up to date if the ledger changed since the last look; returns
        whether it had. The view in front reloads now (the time log keeps a reader's place),
        the others when they are shown, and the names every form offers at once."""
        if self._watch is None or not self._watch.changed():
            return False
        current = self.tabs.currentWidget()
        self._stale = self._pages() - {current}
        if current is self.time_log:
            self.time_log.ledger_changed()
        else:
            self.time_log.reload_names()
            current.refresh()  # type: ignore[attr-defined]
        self.timer_bar.refresh()
        return True

    def refresh(self) -> None:
        """Reload from the database (others may have written to it): the page in view now,
        the others when they are shown. On a large ledger the hidden pages' totals would
        otherwise hold the workers while the user waits for the page in front of them."""
        self._stale = self._pages()
        self._refresh_current()
        self.timer_bar.refresh()

    def _view_shown(self, *_index: object) -> None:
        # A change made on the view just left (a new person) reaches this one first.
        if not self.notice_changes():
            self._refresh_current()

    def _refresh_current(self, *_changed: object) -> None:
        page = self.tabs.currentWidget()
        if page in self._stale:
            self._stale.discard(page)
            page.refresh()  # type: ignore[attr-defined]

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.tabs.setCurrentIndex(min(self.preferences.last_view, self.tabs.count() - 1))

    def stop_watching(self) -> None:
        """Stop looking for changes (the window closes, or its ledger is swapped)."""
        self.change_check.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Override of QWidget.closeEvent: remember where the window was and what it showed,
        and remove the previews made meanwhile. A change still on its way to the ledger is
        waited for."""
        finish_writes()
        self.stop_watching()
        self.reports.remove_previews()
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self.preferences.last_view = self.tabs.currentIndex()
        super().closeEvent(event)
