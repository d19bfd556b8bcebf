"""Settings → Schemes: the award and requirement schemes okuvol ships and the ledger keeps,
whom each is given to, and adding, exporting, assigning and unassigning them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.errors import Conflict, OkuvolError
from okuvol_desktop.domain.model import Organisation, Person
from okuvol_desktop.domain.schemes import Scheme
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.schemes import SchemeListing
from okuvol_desktop.ui.dialogs.scheme_dialogs import AssignSchemeDialog, UnassignSchemeDialog
from okuvol_desktop.ui.errors import error_text
from okuvol_desktop.ui.models.line_table import Column, LineTableModel
from okuvol_desktop.ui.palette import error_style
from okuvol_desktop.ui.scheme_words import scheme_details, scheme_summary
from okuvol_desktop.ui.tasks import BackgroundRunner, LedgerWriter
from okuvol_desktop.ui.translatable import QT_TRANSLATE_NOOP
from okuvol_desktop.ui.widgets import NoticeLabel, sorted_list

_CONTEXT = "SchemesPanel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _kept(item: SchemeListing) -> str:
    """Where the scheme comes from: shipped, kept in this ledger, or both; example figures
    marked."""
    if item.preset and item.in_ledger:
        where = _tr("Preset, in this ledger")
    else:
        where = _tr("Preset") if item.preset else _tr("In this ledger")
    if item.scheme.about.example:
        return _tr("%1, example").replace("%1", where)
    return where


def _given(item: SchemeListing) -> str:
    whom = [
        *(p.full_name for p in item.people),
        *(_tr("every volunteer of %1").replace("%1", o.name) for o in item.organisations),
    ]
    return "; ".join(whom) or _tr("Nobody")


SCHEME_COLUMNS: list[Column[SchemeListing]] = [
    Column(
        QT_TRANSLATE_NOOP(_CONTEXT, "Name"),
        lambda x: x.scheme.about.name,
        tooltip=lambda x: "\n\n".join(filter(None, (x.scheme.about.source, x.scheme.about.note))),
    ),
    Column(QT_TRANSLATE_NOOP(_CONTEXT, "What it asks"), lambda x: scheme_summary(x.scheme)),
    Column(QT_TRANSLATE_NOOP(_CONTEXT, "Region"), lambda x: x.scheme.about.region or ""),
    Column(
        QT_TRANSLATE_NOOP(_CONTEXT, "Year"),
        lambda x: str(x.scheme.about.year or ""),
        numeric=True,
        sort_key=lambda x: x.scheme.about.year or 0,
    ),
    Column(QT_TRANSLATE_NOOP(_CONTEXT, "Kept"), _kept),
    Column(QT_TRANSLATE_NOOP(_CONTEXT, "Assigned to"), _given),
]


@dataclass(frozen=True, slots=True)
class SchemesSnapshot:
    """What the panel shows and its forms offer, read in a worker."""

    listings: list[SchemeListing]
    people: tuple[Person, ...]
    organisations: tuple[Organisation, ...]
    categories: dict[str, str]  # field key -> name in the interface's language


def _snapshot(ledger: Ledger, language: str) -> SchemesSnapshot:
    return SchemesSnapshot(
        ledger.schemes.listings(),
        tuple(ledger.people.by_name()),
        tuple(ledger.organisations.by_name()),
        {c.key: c.name(language) for c in ledger.listing.categories()},
    )


def _file_name(name: str) -> str:
    """A file name for a scheme: its name in lower case, words joined by hyphens."""
    stem = re.sub(r"[^\w]+", "-", name.casefold()).strip("-")
    return f"{stem or 'scheme'}.json"


class SchemesPanel(QWidget):
    """The schemes as a table, the chosen one's rules and source below it, and buttons to add
    one from a file, export, assign and unassign."""

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._runner = BackgroundRunner(self)
        self._writer = LedgerWriter(self)
        self._snapshot = SchemesSnapshot([], (), (), {})
        self.model: LineTableModel[SchemeListing] = LineTableModel(_CONTEXT, SCHEME_COLUMNS, self)
        self.table = sorted_list(self.model)
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(self._chosen_changed)
        self.add_button = self._button(self.add_from_file)
        self.export_button = self._button(self.export_chosen)
        self.assign_button = self._button(self.assign_chosen)
        self.unassign_button = self._button(self.unassign_chosen)
        self.message = NoticeLabel()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_layout()
        self.retranslate_ui()
        self._chosen_changed()

    def _button(self, slot: object) -> QPushButton:
        button = QPushButton()
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.export_button,
            self.assign_button,
            self.unassign_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 300])  # the rules and source of a scheme need the room
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)  # under the table: what a file lacked, or what was done

    def retranslate_ui(self) -> None:
        """Every visible string of the panel, in the current language."""
        self.add_button.setText(self.tr("&Add from file…"))
        self.add_button.setToolTip(self.tr("Keep the scheme of an okuvol-scheme file (JSON)"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(
            self.tr("Write the chosen scheme as a file, to change it or to share it")
        )
        self.assign_button.setText(self.tr("A&ssign…"))
        self.assign_button.setToolTip(
            self.tr("Give the chosen scheme to a person or to an organisation's volunteers")
        )
        self.unassign_button.setText(self.tr("&Unassign…"))
        self.table.setAccessibleName(self.tr("Schemes"))
        self.details.setAccessibleName(self.tr("The chosen scheme"))
        self.model.retranslate()
        self._chosen_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self, choose: str | None = None) -> None:
        """Load the schemes, and the names the forms offer, in a worker; then select the
        scheme called ``choose``, or the one chosen before."""
        ledger = self._ledger
        language = QCoreApplication.translate("labels", "en", "language code of this translation")
        before = self.chosen()
        wanted = choose or (before.scheme.about.name if before else None)

        def loaded(snapshot: SchemesSnapshot) -> None:
            self._snapshot = snapshot
            self.model.set_rows(snapshot.listings)
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount() - 1):  # a long name must not push
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 340))
            if wanted is not None:
                self.choose(wanted)
            self._chosen_changed()

        self._runner.run(lambda: _snapshot(ledger, language), loaded, self._failed)

    def _failed(self, text: str) -> None:
        self._say(text, error=True)

    def choose(self, name: str) -> bool:
        """Select the scheme called ``name``; whether the table has it."""
        for row in range(self.model.rowCount()):
            line = self.model.row(row)
            if line.scheme.about.name.casefold() == name.casefold():
                self.table.selectRow(row)
                return True
        return False

    def chosen(self) -> SchemeListing | None:
        """The scheme of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(rows[0].row())

    def _chosen_changed(self, *_changed: object) -> None:
        item = self.chosen()
        for button in (self.export_button, self.assign_button):
            button.setEnabled(item is not None)
        self.unassign_button.setEnabled(
            item is not None and bool(item.people or item.organisations)
        )
        if item is None:
            self.details.setText(
                self.tr(
                    "Choose a scheme to see its tiers or target, where it comes from, and "
                    "whom it applies to. No scheme applies to anyone until you assign it."
                )
            )
            return
        self.details.setText(scheme_details(item.scheme, self._snapshot.categories))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(error_style(self.message.palette()) if error else "")
        self.message.say(text)

    def add_from_file(self) -> None:
        """Keep the scheme of a file the user chooses; one of the same name is replaced only
        after asking. A broken file changes nothing and its fault is shown under the table."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a scheme from a file"),
            "",
            self.tr("okuvol schemes (*.json);;All files (*)"),
        )
        if not path:
            return
        self._add_file(Path(path), replace=False)

    def _add_file(self, file: Path, *, replace: bool) -> None:
        """Take in the scheme of ``file`` in the write thread; a name already taken is replaced
        only after asking."""
        add_file = self._ledger.schemes.add_file

        def added(scheme: Scheme) -> None:
            self._say(
                self.tr("Added the scheme %1 from %2.")
                .replace("%1", scheme.about.name)
                .replace("%2", file.name)
            )
            self.refresh(scheme.about.name)

        def refused(error: OkuvolError) -> None:
            if isinstance(error, Conflict) and not replace:
                if self._replace_asked(str(error.text.params.get("name", "")), file):
                    self._add_file(file, replace=True)
                return
            failed(error_text(error))

        def failed(reason: str) -> None:
            self._say(
                self.tr("%1 was not added: %2").replace("%1", file.name).replace("%2", reason),
                error=True,
            )

        self._writer.write(lambda: add_file(file, replace=replace), added, refused, failed)

    def _replace_asked(self, name: str, file: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the scheme?"),
            self.tr(
                "This ledger has a scheme called %1 already. Replace it with the one in %2? "
                "Whom it is assigned to stays as it is."
            )
            .replace("%1", name)
            .replace("%2", file.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export_chosen(self) -> None:
        """Write the chosen scheme as an okuvol-scheme file where the user says."""
        item = self.chosen()
        if item is None:
            return
        name = item.scheme.about.name
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export %1").replace("%1", name),
            _file_name(name),
            self.tr("okuvol schemes (*.json)"),
        )
        if not path:
            return
        export = self._ledger.schemes.export
        self._runner.run(
            lambda: export(name, Path(path)),
            lambda _none: self._say(
                self.tr("Wrote %1 to %2.").replace("%1", name).replace("%2", path)
            ),
            lambda message: self._say(message, error=True),
        )

    def assign_chosen(self) -> None:
        """Give the chosen scheme to a person or an organisation's volunteers."""
        item = self.chosen()
        if item is None:
            return
        snapshot = self._snapshot
        if not snapshot.people and not snapshot.organisations:
            self._say(self.tr("Add a person or an organisation first."), error=True)
            return
        dialog = AssignSchemeDialog(
            self._ledger, item, snapshot.people, snapshot.organisations, self
        )
        changed = dialog.run()
        if changed is None:
            return
        text = self.tr("%1 now applies to %2.") if changed else self.tr("%1 applied to %2 already.")
        self._say(text.replace("%1", item.scheme.about.name).replace("%2", dialog.whom_text()))
        self.refresh(item.scheme.about.name)

    def unassign_chosen(self) -> None:
        """Take the chosen scheme back from one who has it."""
        item = self.chosen()
        if item is None or not (item.people or item.organisations):
            return
        whom = UnassignSchemeDialog(self._ledger, item, self).run()
        if whom is None:
            return
        self._say(
            self.tr("%1 no longer applies to %2.")
            .replace("%1", item.scheme.about.name)
            .replace("%2", whom)
        )
        self.refresh(item.scheme.about.name)
