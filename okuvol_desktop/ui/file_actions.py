"""The File menu's work with files: import, export, back up, restore, and the daily backup.

Everything that reads or writes a file runs in a worker behind a progress bar with Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.services.backups import BackupFacts, Restored
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.listing import LogQuery
from okuvol_desktop.ui.dialogs.import_wizard import ImportWizard
from okuvol_desktop.ui.errors import show_error
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.preferences import Preferences
from okuvol_desktop.ui.progress_dialog import run_with_progress
from okuvol_desktop.ui.tasks import BackgroundRunner

BACKUP_FOLDER = "okuvol-backups"


def daily_backup_folder(database: Path) -> Path:
    """Where the daily backups of a ledger file go: beside it, one folder per ledger."""
    return database.parent / BACKUP_FOLDER / database.stem


class FileActions(QObject):
    """Actions of the File menu that move data in and out of the ledger.

    Signals:
        sig_ledger_changed: an import or a restore changed the ledger under the views.
        sig_said(str): a line for the status bar.
    """

    sig_ledger_changed = Signal()
    sig_said = Signal(str)

    def __init__(
        self,
        ledger: Ledger,
        window: QWidget,
        *,
        lookups: Callable[[], Lookups],
        time_log_query: Callable[[], LogQuery],
        database: Path | None,
        preferences: Preferences,
    ) -> None:
        super().__init__(window)
        self._ledger = ledger
        self._window = window
        self._lookups = lookups
        self._time_log_query = time_log_query
        self._database = database
        self._preferences = preferences
        self.runner = BackgroundRunner(self)
        self.wizard: ImportWizard | None = None
        self.import_action = self._action(self.import_file, QKeySequence("Ctrl+I"))
        self.export_action = self._action(self.export_time_log, QKeySequence("Ctrl+E"))
        self.export_all_action = self._action(self.export_ledger)
        self.backup_action = self._action(self.backup)
        self.restore_action = self._action(self.restore)
        self.retranslate_ui()

    def _action(self, slot: Callable[[], None], shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction | None]:
        """The actions in menu order; None stands for a separator."""
        return [
            self.import_action,
            self.export_action,
            self.export_all_action,
            None,
            self.backup_action,
            self.restore_action,
        ]

    def retranslate_ui(self) -> None:
        """Every visible string, in the current language."""
        self.import_action.setText(self.tr("&Import hours…"))
        self.export_action.setText(self.tr("&Export the time log…"))
        self.export_action.setToolTip(
            self.tr("Write the entries the time log's filters show, as CSV or iCalendar")
        )
        self.export_all_action.setText(self.tr("Export the whole ledger (&JSON)…"))
        self.backup_action.setText(self.tr("&Back up…"))
        self.restore_action.setText(self.tr("&Restore a backup…"))

    def _said(self, text: str) -> None:
        self.sig_said.emit(text)

    def _failed(self, message: str) -> None:
        show_error(self._window, message)

    # --- import ------------------------------------------------------------------------------

    def import_file(self) -> None:
        """Open the import wizard; a finished import refreshes the views."""
        self.wizard = ImportWizard(self._ledger, self._lookups(), self._window)
        if self.wizard.exec() == QDialog.DialogCode.Accepted and self.wizard.report is not None:
            added = self.wizard.report.added
            self._said(self.tr("Imported %Ln entry(s).", "", added))
            self.sig_ledger_changed.emit()

    # --- export ------------------------------------------------------------------------------

    def export_time_log(self) -> None:
        """Write exactly what the time log's filters show, as okuvol CSV or iCalendar."""
        csv_filter = self.tr("okuvol CSV (*.csv)")
        ics_filter = self.tr("iCalendar (*.ics)")
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export the time log"),
            "okuvol.csv",
            f"{csv_filter};;{ics_filter}",
        )
        if not path:
            return
        fmt = "ics" if chosen == ics_filter or path.lower().endswith(".ics") else "csv"
        self._export(fmt, Path(path), self._time_log_query())

    def export_ledger(self) -> None:
        """Write the whole ledger as okuvol JSON."""
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export the whole ledger"),
            "okuvol.json",
            self.tr("okuvol JSON (*.json)"),
        )
        if path:
            self._export("json", Path(path), LogQuery())

    def _export(self, fmt: str, out: Path, query: LogQuery) -> None:
        def done(count: int) -> None:
            self._said(self.tr("%Ln entry(s) written to %1", "", count).replace("%1", str(out)))

        run_with_progress(
            self._window,
            self.runner,
            self.tr("Exporting…"),
            work=lambda progress: self._ledger.exporting.export(fmt, out, query, progress),
            on_done=done,
            on_failed=self._failed,
        )

    # --- backup and restore ------------------------------------------------------------------

    def backup(self) -> None:
        """Copy the ledger to a file the user chooses."""
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Back up the ledger"), "okuvol-backup.sqlite3",
            self.tr("okuvol backups (*.sqlite3)"),
        )  # fmt: skip
        if not path:
            return
        out = Path(path)
        run_with_progress(
            self._window,
            self.runner,
            self.tr("Backing up…"),
            work=lambda _progress: self._ledger.backups.backup(out),
            on_done=lambda _path: self._said(self.tr("Backed up to %1").replace("%1", str(out))),
            on_failed=self._failed,
        )

    def restore(self) -> None:
        """Replace the ledger by a backup, after checking it and asking."""
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Restore a backup"), "", self.tr("okuvol backups (*.sqlite3)")
        )
        if not path:
            return
        candidate = Path(path)
        self.runner.run(
            lambda: self._ledger.backups.check(candidate),
            lambda facts: self._confirm_restore(candidate, facts),
            self._failed,
        )

    def _confirm_restore(self, candidate: Path, facts: BackupFacts) -> None:
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the ledger by %1? It holds %2 entries of %3 people. The ledger it "
                "replaces is kept beside it."
            )
            .replace("%1", candidate.name)
            .replace("%2", str(facts.entries))
            .replace("%3", str(facts.people)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_with_progress(
            self._window,
            self.runner,
            self.tr("Restoring…"),
            work=lambda _progress: self._ledger.backups.restore(candidate, force=True),
            on_done=self._restored,
            on_failed=self._failed,
        )

    def _restored(self, restored: Restored) -> None:
        self._said(
            self.tr("Restored %1 entries. The replaced ledger is kept at %2.")
            .replace("%1", str(restored.entries))
            .replace("%2", str(restored.kept_aside))
        )
        self.sig_ledger_changed.emit()

    def daily_backup(self) -> None:
        """Today's backup beside the ledger, in a worker, unless there is one (or none kept)."""
        keep = self._preferences.daily_backups
        if not keep or self._database is None:
            return
        folder = daily_backup_folder(self._database)

        def make() -> Path | None:
            try:
                return self._ledger.backups.daily(folder, keep)
            except OkuvolError:
                return None  # a ledger on a server, say: nothing to copy here

        def done(made: object) -> None:
            if isinstance(made, Path):
                self._said(self.tr("Today's backup: %1").replace("%1", str(made)))

        self.runner.run(make, done, self._said)
