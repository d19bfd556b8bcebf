"""The import wizard: choose a file, see how it maps and its first rows, check it, import it.

Every step that reads the file runs in a worker. The check is the import itself run dry (the
same rules, rolled back), so what the last page promises is what Import does. Import runs
with a progress bar and Cancel; cancelling or a refusal leaves the ledger as it was.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from okuvol_desktop.domain.durations import format_hmm, recorded_span, utc_instant, zone
from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.interchange.dates import DateOrder, DateOrderNeeded
from okuvol_desktop.interchange.formats import FORMATS
from okuvol_desktop.interchange.rows import ImportedRow, RowProblem, SkippedRow
from okuvol_desktop.interchange.sniff import guess_format
from okuvol_desktop.services.import_report import describe_import
from okuvol_desktop.services.importing import (
    WHOLE_LEDGER,
    ImportOptions,
    ImportPreview,
    ImportRefused,
    ImportReport,
)
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.i18n import translate_message
from okuvol_desktop.ui.labels import format_date, kind_label
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.mnemonics import keep_mnemonics
from okuvol_desktop.ui.palette import error_style
from okuvol_desktop.ui.progress_dialog import run_with_progress
from okuvol_desktop.ui.tasks import BackgroundRunner
from okuvol_desktop.ui.widgets import NoticeLabel, name_fields

_FORMAT_TITLES = {**{name: f.title for name, f in FORMATS.items()}, WHOLE_LEDGER: "okuvol JSON"}


def _editable_names(names: list[str]) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItem("")
    box.addItems(names)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return box


class ImportWizard(QWizard):
    """Three pages: the file, what it holds, and the check before importing.

    Attributes:
        report: What the import did, once it succeeded (None before).
    """

    def __init__(self, ledger: Ledger, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.runner = BackgroundRunner(self)
        self.report: ImportReport | None = None
        self.progress_dialog: QWidget | None = None
        self.file_page = _FilePage(self)
        self.mapping_page = _MappingPage(self, lookups, ledger.ctx.timezone)
        self.check_page = _CheckPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(860, 560)
        self.retranslate_ui()
        keep_mnemonics(self)

    @property
    def ledger(self) -> Ledger:
        return self._ledger

    def retranslate_ui(self) -> None:
        """Every visible string, in the current language."""
        self.setWindowTitle(self.tr("Import hours"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        for page in (self.file_page, self.mapping_page, self.check_page):
            page.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def import_options(self, dry_run: bool) -> ImportOptions:
        """What the pages say, as the import service takes it: what is filled in fills what
        rows lack, or, with "for every row" ticked, replaces what they say."""
        mapping = self.mapping_page
        kind_data = mapping.kind.currentData()
        kind = WorkKind(kind_data) if kind_data else None
        organisation = mapping.organisation.currentText().strip() or None
        forced = mapping.every_row.isChecked()
        order = mapping.date_order.currentData()
        return ImportOptions(
            format=str(self.file_page.format.currentData()),
            person=mapping.person.currentText().strip() or None,
            organisation=None if forced else organisation,
            kind=None if forced else kind,
            timezone=mapping.timezone.text().strip() or None,
            dry_run=dry_run,
            force_organisation=organisation if forced else None,
            force_kind=kind if forced else None,
            date_order=DateOrder(order) if order else None,
        )

    def path(self) -> Path:
        return Path(self.file_page.path.text().strip())

    def accept(self) -> None:
        """Override of QDialog.accept (Import): import in a worker; close only on success."""
        path, options = self.path(), self.import_options(dry_run=False)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.progress_dialog = run_with_progress(
            self,
            self.runner,
            self.tr("Importing…"),
            work=lambda progress: self._ledger.importing.run(path, options, progress),
            on_done=self._imported,
            on_failed=self._failed,
        )

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        super().accept()

    def _failed(self, message: str) -> None:
        self.check_page.show_failure(message)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)


class _FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.path = QLineEdit()
        self.path.textChanged.connect(self._path_changed)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.format = QComboBox()
        for name, title in _FORMAT_TITLES.items():
            self.format.addItem(title, name)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self._file_label, self._format_label = QLabel(), QLabel()
        self._file_label.setBuddy(self.path)
        self._format_label.setBuddy(self.format)
        self._form = QFormLayout()
        self._form.addRow(self._file_label, row)
        self._form.addRow(self._format_label, self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.hint)
        layout.addStretch()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(
            self.tr(
                "An export of Toggl, Clockify or Kimai (CSV or Excel), Timewarrior's data or "
                "export, Watson's frames or log, or an okuvol CSV or JSON file."
            )
        )
        self.browse.setText(self.tr("&Browse…"))
        name_fields(
            ((self._file_label, self.tr("&File:")), (self._format_label, self.tr("F&ormat:")))
        )
        self.hint.setText(self.tr("Nothing is written until you press Import on the last page."))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"))
        if path:
            self.path.setText(path)

    def _path_changed(self) -> None:
        guessed = guess_format(Path(self.path.text().strip()))
        if guessed is not None:
            self.format.setCurrentIndex(self.format.findData(guessed))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        """Override of QWizardPage.isComplete: a file that exists."""
        return Path(self.path.text().strip()).is_file()


class _MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard, lookups: Lookups, timezone: str) -> None:
        super().__init__()
        self._wizard = wizard
        self._preview: ImportPreview | None = None
        self._asked = 0
        self.person = _editable_names([p.full_name for p in lookups.people])
        self.organisation = _editable_names([o.name for o in lookups.organisations])
        self.kind = QComboBox()
        self.every_row = QCheckBox()
        self.date_order = QComboBox()
        self.timezone = QLineEdit(timezone)
        completer = QCompleter(sorted(available_timezones()), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.timezone.setCompleter(completer)
        self.columns = QLabel()
        self.columns.setWordWrap(True)
        self.rows = QTableWidget(0, 8)
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.verticalHeader().setVisible(False)
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.message = NoticeLabel()
        self.message.setStyleSheet(error_style(self.palette()))
        self._form = QFormLayout()
        fields = (
            self.person,
            self.organisation,
            self.kind,
            self.every_row,
            self.timezone,
            self.date_order,
        )
        self._labels = [QLabel() for _ in fields]
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field)
            self._form.addRow(label, field)
        for box in (self.person, self.organisation, self.kind, self.date_order):
            box.currentIndexChanged.connect(self._reload)
        # A typed name shows in the preview once the typing pauses.
        self._typed = QTimer(self)
        self._typed.setSingleShot(True)
        self._typed.setInterval(400)
        self._typed.timeout.connect(self._reload)
        for box in (self.person, self.organisation):
            box.editTextChanged.connect(self._typed.start)
        self.every_row.toggled.connect(self._reload)
        self.timezone.editingFinished.connect(self._reload)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.columns)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.message)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("What the file holds"))
        self.setSubTitle(
            self.tr(
                "Fill what the file does not say: it applies to the rows that say nothing "
                "themselves. The first rows are shown as they will be imported."
            )
        )
        name_fields(
            zip(
                self._labels,
                (
                    self.tr("&Person:"),
                    self.tr("&Organisation:"),
                    self.tr("&Kind:"),
                    self.tr("&Every row:"),
                    self.tr("&Time zone:"),
                    self.tr("&Dates:"),
                ),
                strict=True,
            )
        )
        self.rows.setAccessibleName(self.tr("The first rows as they will be imported"))
        self.every_row.setText(
            self.tr("Use this organisation and kind for every row, whatever the file says")
        )
        order = self.date_order.currentData()
        self.date_order.blockSignals(True)
        self.date_order.clear()
        self.date_order.addItem(self.tr("As the file shows"), None)
        self.date_order.addItem(self.tr("Day first (31/12/2026)"), DateOrder.DMY.value)
        self.date_order.addItem(self.tr("Month first (12/31/2026)"), DateOrder.MDY.value)
        self.date_order.setCurrentIndex(max(self.date_order.findData(order), 0))
        self.date_order.blockSignals(False)
        chosen = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("As the file says"), None)
        for kind in WorkKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(chosen), 0))
        self.kind.blockSignals(False)
        self.rows.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Hours"),
                self.tr("Person"),
                self.tr("Organisation"),
                self.tr("Role"),
                self.tr("Description"),
            ]
        )
        self._show()

    def initializePage(self) -> None:  # noqa: N802
        """Override of QWizardPage.initializePage: read the start of the chosen file."""
        self._reload()

    def _reload(self) -> None:
        self._preview = None
        self.message.say(self.tr("Reading the file…"))
        self.completeChanged.emit()
        wizard = self._wizard
        path, options = wizard.path(), wizard.import_options(dry_run=True)
        # Workers may finish out of order: only the answer to the latest question counts.
        self._asked += 1
        asked = self._asked
        wizard.runner.run(
            lambda: _preview_or_question(wizard.ledger, path, options),
            lambda preview: self._on_preview(preview, asked),
            lambda message: self._on_error(message, asked),
        )

    def _on_preview(self, preview: ImportPreview | DateOrderNeeded, asked: int) -> None:
        if asked != self._asked:
            return
        if isinstance(preview, DateOrderNeeded):
            self._ask_date_order(preview)
            return
        self._preview = preview
        self.message.say("")
        self._show()
        self.completeChanged.emit()

    def _ask_date_order(self, needed: DateOrderNeeded) -> None:
        """The file's dates read both ways: show a sample both ways and ask which it is."""
        sample = needed.sample
        self.rows.setRowCount(0)
        self.message.say(
            self.tr(
                "The dates of this file can be read two ways. Line %1 says %2: is that %3 "
                "(day first) or %4 (month first)? Choose under Dates."
            )
            .replace("%1", str(sample.line))
            .replace("%2", sample.text)
            .replace("%3", format_date(sample.day_first))
            .replace("%4", format_date(sample.month_first))
        )
        self.date_order.setFocus()

    def _on_error(self, message: str, asked: int) -> None:
        if asked != self._asked:
            return
        self.message.say(message)
        self.rows.setRowCount(0)

    def _show(self) -> None:
        preview = self._preview
        if preview is None:
            return
        words = self._field_words()
        mapped = ", ".join(
            f"{words[field]} ← {column}"
            for field, column in preview.columns.items()
            if field in words  # okuvol's own CSV needs no explaining
        )
        self.columns.setText(
            self.tr("From the file's columns: %1").replace("%1", mapped) if mapped else ""
        )
        self.rows.setRowCount(len(preview.items))
        for row, item in enumerate(preview.items):
            for column, text in enumerate(self._cells(item)):
                cell = QTableWidgetItem(text)
                if isinstance(item, RowProblem):
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.rows.setItem(row, column, cell)

    def _field_words(self) -> dict[str, str]:
        """What each column of another tracker becomes in okuvol, in the user's words."""
        return {
            "user": self.tr("person"),
            "name": self.tr("person"),
            "client": self.tr("organisation"),
            "project": self.tr("role"),
            "task": self.tr("description"),
            "description": self.tr("description"),
            "tags": self.tr("skills"),
            "billable": self.tr("paid work"),
            "start_date": self.tr("date"),
            "date": self.tr("date"),
            "start_time": self.tr("start"),
            "from": self.tr("start"),
            "end_time": self.tr("end"),
            "to": self.tr("end"),
        }

    def _left_out(self, line: int, why: str) -> list[str]:
        text = {
            "running": self.tr("left out: still running"),
            "long": self.tr("left out: longer than 24 hours"),
        }.get(why, self.tr("left out: shorter than a minute"))
        return [str(line), "", "", "", "", "", "", text]

    def _cells(self, item: ImportedRow | RowProblem | SkippedRow) -> list[str]:
        if isinstance(item, RowProblem):
            return [str(item.line), "", "", "", "", "", "", translate_message(item.reason)]
        if isinstance(item, SkippedRow):
            return self._left_out(item.line, item.why)
        options = self._wizard.import_options(dry_run=True)
        when = _when(item, options.timezone or self._wizard.ledger.ctx.timezone)
        if isinstance(when, str):
            return self._left_out(item.line, when)
        day, clock, minutes = when
        return [
            str(item.line),
            format_date(day) if day else "",
            clock,
            format_hmm(minutes),
            item.person or options.person or "",
            options.force_organisation or item.organisation or options.organisation or "",
            item.role or "",
            item.description or "",
        ]

    def isComplete(self) -> bool:  # noqa: N802
        """Override of QWizardPage.isComplete: the file could be read."""
        return self._preview is not None


def _preview_or_question(
    ledger: Ledger, path: Path, options: ImportOptions
) -> ImportPreview | DateOrderNeeded:
    """The preview, or the question of the date order, as a result (not a failure)."""
    try:
        return ledger.importing.preview(path, options)
    except DateOrderNeeded as needed:
        return needed


def _when(item: ImportedRow, timezone: str) -> tuple[date | None, str, int] | str:
    """A row's day, its times and its minutes as the import will keep them, or why it will be
    left out ("short", "long")."""
    if item.began is None or item.ended is None:
        clock = f"{item.start:%H:%M}–{item.end:%H:%M}" if item.start and item.end else ""
        return item.day, clock, item.minutes
    try:
        span = recorded_span(
            utc_instant(item.began, timezone, "start"), utc_instant(item.ended, timezone, "end")
        )
        local = zone(timezone)
    except OkuvolError:
        return None, "", 0  # the import names what is wrong with it
    if span is None:
        return "short"
    if span.minutes > 24 * 60:
        return "long"
    begin, end = span.start_utc.astimezone(local), span.end_utc.astimezone(local)
    return begin.date(), f"{begin:%H:%M}–{end:%H:%M}", span.minutes


class _CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._ready = False
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr("The whole file was read and every row checked; nothing is written yet.")
        )

    def initializePage(self) -> None:  # noqa: N802
        """Override of QWizardPage.initializePage: run the import dry in a worker."""
        self._ready = False
        self.completeChanged.emit()
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking every row…"))
        wizard = self._wizard
        path, options = wizard.path(), wizard.import_options(dry_run=True)
        wizard.runner.run(
            lambda: self._checked(path, options),
            self._on_checked,
            self.show_failure,
        )

    def _checked(self, path: Path, options: ImportOptions) -> ImportReport | ImportRefused:
        try:
            return self._wizard.ledger.importing.run(path, options)
        except ImportRefused as refused:  # shown line by line, translated
            return refused

    def _on_checked(self, result: ImportReport | ImportRefused) -> None:
        if isinstance(result, ImportRefused):
            self.show_refusal(result)
            return
        self.summary.setStyleSheet("")
        self.summary.setText("\n".join(self.describe(result)))
        self._ready = result.added > 0
        self.completeChanged.emit()

    def describe(self, report: ImportReport) -> list[str]:
        """What the import would do, in the interface's language: the same sentences the
        command line prints."""
        return [translate_message(sentence) for sentence in describe_import(report)]

    def show_refusal(self, refused: ImportRefused) -> None:
        lines = [
            self.tr("This file cannot be imported: %Ln row(s) break a rule.", "", refused.total)
        ]
        lines += [
            self.tr("Line %1: %2")
            .replace("%1", str(p.line))
            .replace("%2", translate_message(p.reason))
            for p in refused.problems
        ]
        lines.append(
            self.tr("Nothing was written. Correct the file, or go back and fill what it lacks.")
        )
        self.show_failure("\n".join(lines))

    def show_failure(self, message: str) -> None:
        self._ready = False
        self.summary.setStyleSheet(error_style(self.palette()))
        self.summary.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        """Override of QWizardPage.isComplete: Import only after a clean check."""
        return self._ready
