"""The live timer in the menu, the toolbar, the status bar, the tray and Ctrl+T.

The timer bar (timer_bar.py) starts and stops the timer and reports what runs; this shows it
elsewhere: every running timer in the status bar and the tray's tooltip (refreshed each second
from its start instant), and the action whose words follow the bar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QMenu, QSystemTrayIcon, QWidget

from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.timer import TimerStatus
from okuvol_desktop.ui.timer_bar import RUNNING_GLYPH, format_elapsed


def _clock_icon() -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#0b6e4f"))
    painter.drawEllipse(2, 2, 28, 28)
    painter.setPen(QColor("white"))
    painter.drawLine(16, 16, 16, 7)
    painter.drawLine(16, 16, 23, 16)
    painter.end()
    return QIcon(pixmap)


class TimerController(QObject):
    """Show what runs and for how long; the action asks the timer bar to start or stop."""

    def __init__(self, ledger: Ledger, window: QWidget) -> None:
        super().__init__(window)
        self._ledger = ledger
        self._window = window
        self._running: list[TimerStatus] = []
        self._stops = False
        self.action = QAction(_clock_icon(), "", self)
        self.action.setShortcut(QKeySequence("Ctrl+T"))
        self.label = QLabel()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(_clock_icon(), self)
            menu = QMenu(window)
            menu.addAction(self.action)
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(self._tray_activated)
            self.tray.show()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The action's words follow the language and whether the bar's timer runs."""
        if self._stops:
            self.action.setText(self.tr("Stop &timer"))
            self.action.setToolTip(self.tr("Stop the timer and log the time (Ctrl+T)"))
        else:
            self.action.setText(self.tr("Start &timer"))
            self.action.setToolTip(self.tr("Start timing the work in the timer bar (Ctrl+T)"))
        self._show()

    def show_running(self, running: list[TimerStatus], stops: bool) -> None:
        """Show these running timers; ``stops``: the action would stop one."""
        self._running = list(running)
        self._stops = stops
        if self._running:
            self._tick.start()
        else:
            self._tick.stop()
        self.retranslate_ui()

    def _show(self) -> None:
        if not self._running:
            self.label.setText("")
            if self.tray is not None:
                self.tray.setToolTip(self.tr("No timer is running"))
            return
        now = self._ledger.ctx.clock()
        parts = []
        for status in self._running:
            text = (
                self.tr("%1: %2 at %3 — %4")
                .replace("%1", status.person_name)
                .replace("%2", status.role_title)
                .replace("%3", status.organisation_name)
                .replace("%4", format_elapsed(now - status.timer.started_at))
            )
            parts.append(f"{RUNNING_GLYPH} {text}")
        self.label.setText("   ".join(parts))
        if self.tray is not None:
            self.tray.setToolTip("\n".join(parts))

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A click on the icon brings the window back, as tray icons do everywhere.
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self._window.showNormal()
            self._window.raise_()
            self._window.activateWindow()
