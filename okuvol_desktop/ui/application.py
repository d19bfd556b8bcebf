"""Starting the desktop application: QApplication, language, database, main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from okuvol_desktop.config import Settings
from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.services.context import system_clock
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.errors import error_text
from okuvol_desktop.ui.first_run import fill_with_sample_data, is_empty, wants_sample_data
from okuvol_desktop.ui.garbage import collect_garbage_in_gui_thread, freeze_again_later
from okuvol_desktop.ui.i18n import LanguageSwitcher
from okuvol_desktop.ui.identity import introduce
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.preferences import Preferences
from okuvol_desktop.ui.tasks import BackgroundRunner

# Set to 1, the window says on stderr when its first view has its figures: the start-up
# benchmark (tests/benchmarks/test_bundle_startup.py) times a bundle and the installed
# package by it, from outside the process.
SAY_WHEN_SHOWN_ENV = "OKUVOL_SAY_WHEN_SHOWN"
SHOWN_LINE = "okuvol: first view shown"


class _FirstViewWatch(QObject):
    """Writes SHOWN_LINE once the window is visible and its views' workers are idle."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        window = self._window
        if window.isVisible() and not any(r.busy() for r in window.findChildren(BackgroundRunner)):
            self._timer.stop()
            window.repaint()  # the figures just handed over are on screen, not only in widgets
            print(SHOWN_LINE, file=sys.stderr, flush=True)


class DesktopSession:
    """The open ledger and its window; opening another database swaps both."""

    def __init__(self, settings: Settings, languages: LanguageSwitcher) -> None:
        self._settings = settings
        self._languages = languages
        self.ledger: Ledger | None = None
        self.window: MainWindow | None = None
        self._first_view: _FirstViewWatch | None = None

    def open(self, location: str) -> bool:
        """Open ``location`` in a new window; on failure keep what was open and say why."""
        try:
            ledger = Ledger.open(location, timezone=self._settings.timezone, clock=system_clock)
        except OkuvolError as exc:
            QMessageBox.critical(self.window, "okuvol", error_text(exc))
            return False
        window = MainWindow(ledger, location, self._languages)
        window.sig_database_chosen.connect(self.open)
        if self.window is not None:
            window.setGeometry(self.window.geometry())
            freeze_again_later(window)  # the old window's objects may go now
            self.window.close()
        if self.ledger is not None:
            self.ledger.close()
        self.ledger, self.window = ledger, window
        window.preferences.database = location
        window.show()
        window.refresh()
        window.file_actions.daily_backup()
        if os.environ.get(SAY_WHEN_SHOWN_ENV) == "1":
            self._first_view = _FirstViewWatch(window)
        if is_empty(ledger):
            # The value of an hour in the user's currency where okuvol ships one (IDR in
            # Indonesian); a new ledger in English has none.
            ledger.rates.start_in_language(self._languages.language)
            if wants_sample_data(window):
                fill_with_sample_data(window, ledger, window.runner, window.refresh)
        return True

    def close(self) -> None:
        """Release the database."""
        if self.window is not None:
            self.window.stop_watching()
        if self.ledger is not None:
            self.ledger.close()


def run_application(settings: Settings) -> int:
    """Open the main window on the chosen database; returns the exit status."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    introduce(app)
    collect_garbage_in_gui_thread(app)
    preferences = Preferences()
    languages = LanguageSwitcher()
    languages.use(settings.language or preferences.language)
    location = settings.database
    if not settings.database_given and preferences.database:
        location = preferences.database  # the file last chosen in Settings
    session = DesktopSession(settings, languages)
    if not session.open(location):
        return 1
    try:
        return app.exec()
    finally:
        session.close()
