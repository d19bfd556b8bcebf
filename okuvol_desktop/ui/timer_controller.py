"""The live timer in the toolbar, the status bar, the tray and Ctrl+T.

The running timer lives in the database (TimerService), so it survives quitting: a new window
finds it again. The elapsed time is counted here, once a second, from its start instant.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu, QSystemTrayIcon, QWidget

from okuvol_desktop.domain.durations import format_hmm
from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.timer import TimerStatus
from okuvol_desktop.ui.errors import show_error
from okuvol_desktop.ui.labels import kind_label
from okuvol_desktop.ui.lookups import Lookups

# Chooses the role to time: returns (person id, organisation id, role id) or None.
RoleChooser = Callable[[QWidget, Lookups], tuple[int, int, int] | None]


def choose_role(parent: QWidget, lookups: Lookups) -> tuple[int, int, int] | None:
    """Ask which role to time, among everyone's active roles."""
    names = {p.id: p.full_name for p in lookups.people}
    choices: list[tuple[str, tuple[int, int, int]]] = []
    for role in lookups.roles:
        organisation = lookups.organisation(role.organisation_id)
        if role.person_id in names and organisation is not None:
            text = (
                f"{names[role.person_id]}: {role.title} — {organisation.name} "
                f"({kind_label(role.kind)})"
            )
            choices.append((text, (role.person_id, role.organisation_id, role.id)))
    if not choices:
        return None
    texts = [text for text, _ in choices]
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("TimerController", "Start timer"),
        QCoreApplication.translate("TimerController", "Time which work?"),
        texts,
        0,
        False,
    )
    return dict(choices)[chosen] if ok else None


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
    """Start and stop the timer; show what runs and for how long."""

    sig_entry_logged = Signal()
    """Stopping the timer logged an entry."""

    def __init__(self, ledger: Ledger, window: QWidget, chooser: RoleChooser = choose_role) -> None:
        super().__init__(window)
        self._ledger = ledger
        self._window = window
        self._chooser = chooser
        self._running: list[TimerStatus] = []
        self.action = QAction(_clock_icon(), "", self)
        self.action.setShortcut(QKeySequence("Ctrl+T"))
        self.action.triggered.connect(self.toggle)
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
        """The action's words follow the language and whether a timer runs."""
        if self._running:
            self.action.setText(self.tr("Stop &timer"))
            self.action.setToolTip(self.tr("Stop the timer and log the time (Ctrl+T)"))
        else:
            self.action.setText(self.tr("Start &timer…"))
            self.action.setToolTip(self.tr("Start timing work in a role (Ctrl+T)"))
        self._show()

    def refresh(self) -> None:
        """Read the running timers from the database (they outlive the application)."""
        try:
            self._running = self._ledger.timer.status()
        except OkuvolError as error:
            show_error(self._window, error)
            self._running = []
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
            minutes = int((now - status.timer.started_at).total_seconds() // 60)
            parts.append(
                self.tr("⏱ %1: %2 at %3 — %4 h")
                .replace("%1", status.person_name)
                .replace("%2", status.role_title)
                .replace("%3", status.organisation_name)
                .replace("%4", format_hmm(max(minutes, 0)))
            )
        self.label.setText("   ".join(parts))
        if self.tray is not None:
            self.tray.setToolTip("\n".join(parts))

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A click on the icon brings the window back, as tray icons do everywhere.
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self._window.showNormal()
            self._window.raise_()
            self._window.activateWindow()

    def toggle(self) -> None:
        """Stop the running timer, or start one for a chosen role."""
        try:
            if self._running:
                self._stop()
            else:
                self._start()
        except OkuvolError as error:
            show_error(self._window, error)
        self.refresh()

    def _start(self) -> None:
        choice = self._chooser(self._window, Lookups.load(self._ledger))
        if choice is None:
            return
        person_id, organisation_id, role_id = choice
        self._ledger.timer.start(str(person_id), str(organisation_id), role=str(role_id))

    def _stop(self) -> None:
        status = self._running[0]
        if len(self._running) > 1:
            names = [s.person_name for s in self._running]
            chosen, ok = QInputDialog.getItem(
                self._window, self.tr("Stop timer"), self.tr("Whose timer?"), names, 0, False
            )
            if not ok:
                return
            status = self._running[names.index(chosen)]
        self._ledger.timer.stop(str(status.timer.person_id))
        self.sig_entry_logged.emit()
