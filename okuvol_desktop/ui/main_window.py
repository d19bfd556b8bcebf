"""The main window: a shell that composes the pages and holds no logic of its own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.pages.overview import OverviewPage
from okuvol_desktop.ui.pages.time_log import TimeLogPage


class MainWindow(QMainWindow):
    """Tabs for the overview and the time log, a menu, and the database in the status bar."""

    def __init__(self, ledger: Ledger, database_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.overview = OverviewPage(ledger, ledger.ctx.today().year)
        self.time_log = TimeLogPage(ledger)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview, "")
        self.tabs.addTab(self.time_log, "")
        self.setCentralWidget(self.tabs)

        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self._file_menu = self.menuBar().addMenu("")
        self._file_menu.addAction(self.quit_action)
        self._view_menu = self.menuBar().addMenu("")
        self._view_menu.addAction(self.refresh_action)

        self._database = QLabel(database_label)
        self.statusBar().addPermanentWidget(self._database)
        self.resize(1100, 700)
        self._restore_geometry()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible string of the shell, in the current language."""
        self.setWindowTitle(self.tr("okuvol — paid and volunteer hours"))
        self.tabs.setTabText(0, self.tr("&Overview"))
        self.tabs.setTabText(1, self.tr("&Time log"))
        self._file_menu.setTitle(self.tr("&File"))
        self._view_menu.setTitle(self.tr("&View"))
        self.quit_action.setText(self.tr("&Quit"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self._database.setToolTip(self.tr("The database this window shows"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Reload every page from the database (others may have written to it)."""
        self.overview.refresh()
        self.time_log.refresh()

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Override of QWidget.closeEvent: remember where the window was."""
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
