"""The Help menu: the keyboard shortcuts, where the data lives, and About."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop import __version__
from okuvol_desktop.config import log_folder, shown_location
from okuvol_desktop.resources import resource_path
from okuvol_desktop.ui.file_actions import daily_backup_folder
from okuvol_desktop.ui.identity import application_icon

FONT_FILES = "fonts"
_FONTS_PROPERTY = "okuvol_fonts"  # kept on the application, which the fonts belong to

log = logging.getLogger(__name__)


def load_bundled_fonts() -> list[str]:
    """Make the fonts shipped in resources/fonts known to Qt, so that names in scripts the
    system may lack (Chinese, Japanese, Korean, Arabic, Thai...) show as letters, not boxes.
    Once per application (every window calls it); returns the families loaded."""
    app = QCoreApplication.instance()
    loaded = app.property(_FONTS_PROPERTY) if app is not None else None
    if loaded:
        return list(loaded)
    families: list[str] = []
    for path in sorted(resource_path(FONT_FILES).glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the font %s", path)
            continue  # the system's fonts still show the rest
        families += QFontDatabase.applicationFontFamilies(font_id)
    families = list(dict.fromkeys(families))
    if app is not None:
        app.setProperty(_FONTS_PROPERTY, families)
    return families


def _plain(text: str) -> str:
    """An action's text without its & mnemonic and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(QDialog):
    """A table of every action that has a keyboard shortcut, as the current language names
    it and as this platform writes its keys."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows: dict[str, str] = {}
        for action in actions:
            keys = ", ".join(
                key.toString(QKeySequence.SequenceFormat.NativeText)
                for key in action.shortcuts()
                if not key.isEmpty()
            )
            if keys and action.text():
                rows.setdefault(_plain(action.text()), keys)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, keys) in enumerate(sorted(rows.items(), key=lambda r: r[0].lower())):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def shortcuts(self) -> dict[str, str]:
        """What the table lists: action name -> keys."""
        cells = [
            (self.table.item(row, 0), self.table.item(row, 1))
            for row in range(self.table.rowCount())
        ]
        return {
            name.text(): keys.text()
            for name, keys in cells
            if name is not None and keys is not None
        }


class DataLocationDialog(QDialog):
    """Where the ledger, its backups and the logs are, as paths one can select and copy."""

    def __init__(self, database: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where your data lives"))
        rows = [(self.tr("Ledger"), str(database))]
        if isinstance(database, Path):
            rows.append((self.tr("Daily backups"), str(daily_backup_folder(database))))
        else:  # a database server: its administrator keeps the backups
            rows.append((self.tr("Backups"), self.tr("kept by the database server")))
        rows.append((self.tr("Logs of unexpected errors"), str(log_folder())))
        # Where Qt keeps the preferences: a file on Linux and macOS, the registry on Windows.
        rows.append((self.tr("Settings"), QSettings().fileName()))
        self.text = QLabel(
            "<table>"
            + "".join(
                f"<tr><td><b>{escape(name)}</b>&nbsp;&nbsp;</td><td>{escape(value)}</td></tr>"
                for name, value in rows
            )
            + "</table>"
        )
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)  # a long path wraps rather than being cut
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Where your data lives"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)


class HelpMenu(QObject):
    """The Help menu's actions; the window hands it its actions and its database."""

    def __init__(
        self,
        window: QWidget,
        actions: Callable[[], list[QAction]],
        database: Path | str,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._database = database
        self.shortcuts_action = QAction(window)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.data_action = QAction(window)
        self.data_action.triggered.connect(self.show_data_location)
        self.about_action = QAction(window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.menu = QMenu(window)
        for action in (self.shortcuts_action, self.data_action, self.about_action):
            self.menu.addAction(action)

    def retranslate_ui(self) -> None:
        """Every visible string of the menu, in the current language."""
        self.menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.data_action.setText(self.tr("&Where is my data?"))
        self.about_action.setText(self.tr("&About okuvol"))

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts of the window and its views."""
        ShortcutsDialog(self._actions(), self._window).exec()

    def show_data_location(self) -> None:
        """Say where the ledger, its backups and the logs are."""
        DataLocationDialog(self._database, self._window).exec()

    def about_box(self) -> QMessageBox:
        """The icon, the version, what okuvol is for, where this ledger is, and the licences
        of what it ships."""
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("About okuvol"))
        box.setIconPixmap(application_icon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr(
                "<h3>okuvol %1</h3><p>Paid and volunteer hours in one ledger: log them, have "
                "them approved, and print volunteer certificates.</p><p>The fonts are Noto, "
                "under the SIL Open Font License.</p>"
            ).replace("%1", __version__)
            + self.tr("<p>The ledger: %1<br>More in Help > Where is my data?</p>").replace(
                "%1", escape(shown_location(str(self._database)))
            )
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        return box

    def show_about(self) -> None:
        """Show the About box."""
        self.about_box().exec()
