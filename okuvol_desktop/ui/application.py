"""Starting the desktop application: QApplication, database, services, main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from okuvol_desktop.config import APP_NAME, Settings
from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.errors import error_text
from okuvol_desktop.ui.i18n import LanguageSwitcher
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.preferences import Preferences


def run_application(settings: Settings) -> int:
    """Open the main window on the configured database; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    languages = LanguageSwitcher()
    languages.use(settings.language or Preferences().language)
    try:
        ledger = Ledger.open(settings.database, timezone=settings.timezone)
    except OkuvolError as exc:
        QMessageBox.critical(None, "okuvol", error_text(exc))
        return 1
    try:
        window = MainWindow(ledger, settings.database, languages)
        window.show()
        window.refresh()
        return app.exec()
    finally:
        ledger.close()
