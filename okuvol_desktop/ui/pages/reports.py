"""Reports: certificates (one, or a batch for an organisation), yearly summaries, issued
certificates to reprint, and checking a certificate. Documents show in a PDF preview."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.ids import OrganisationId, PersonId
from okuvol_desktop.domain.model import IssuedCertificate
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.progress import Progress
from okuvol_desktop.services.certificates import CertificatePreview, CertificateRequest, Issued
from okuvol_desktop.services.files import save_copy
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.verification import RecordsCheck, Verification
from okuvol_desktop.ui.errors import show_error
from okuvol_desktop.ui.i18n import translate_message
from okuvol_desktop.ui.labels import format_date
from okuvol_desktop.ui.ledger_widget import LedgerWidget
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.models.line_table import Column, LineTableModel
from okuvol_desktop.ui.palette import error_style, success_style
from okuvol_desktop.ui.preferences import Preferences
from okuvol_desktop.ui.printing import print_pdf
from okuvol_desktop.ui.progress_dialog import run_with_progress
from okuvol_desktop.ui.translatable import QT_TRANSLATE_NOOP
from okuvol_desktop.ui.widgets import NoticeLabel, name_fields, refill_combo

CERTIFICATE, BATCH, PERSON_SUMMARY, ORGANISATION_SUMMARY, PORTFOLIO = range(5)

ISSUED_COLUMNS: list[Column[IssuedCertificate]] = [
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Number"), lambda c: c.number),
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Person"), lambda c: c.person_name),
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Organisation"), lambda c: c.organisation_name),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Hours"),
        lambda c: f"{c.minutes / 60:.2f}",
        numeric=True,
        sort_key=lambda c: c.minutes,
    ),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Issued"),
        lambda c: format_date(c.issue_date),
        sort_key=lambda c: c.issue_date,
    ),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Revoked"),
        lambda c: format_date(c.revoked_at.date()) if c.revoked_at else "",
        sort_key=lambda c: c.revoked_at.isoformat() if c.revoked_at else "",
    ),
]


class ReportsPage(LedgerWidget):
    """Make, preview, save and print the documents; check certificates."""

    _save_name = "document.pdf"  # what Save as… offers for the document shown

    def __init__(
        self, ledger: Ledger, year: int, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(ledger, preferences, parent)
        self._folder: Path | None = None  # made with the first preview, removed on close
        self.current: Path | None = None
        self._printer: QPrinter | None = None
        self.kind = QComboBox()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.person, self.organisation = QComboBox(), QComboBox()
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(year)
        self.language, self.paper = QComboBox(), QComboBox()
        self.min_hours = QDoubleSpinBox()
        self.min_hours.setRange(0, 10_000)
        self.min_hours.setValue(20)
        self.itemised = QCheckBox()
        self.reissue = QCheckBox()
        self.make_button, self.save_button, self.print_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        # A certificate is previewed first; Issue gives it its number (or gives the one in
        # force for the same facts) and shows the signed document.
        self.issue_button = QPushButton()
        self.issue_button.clicked.connect(self.issue)
        self._pending: CertificateRequest | None = None
        self.make_button.clicked.connect(self.make)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_document)
        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.issued = LineTableModel("ReportsPage", ISSUED_COLUMNS, self)
        self.issued_view = self._make_issued_view()
        self.reprint_button, self.revoke_button = QPushButton(), QPushButton()
        self.reprint_button.clicked.connect(self.reprint)
        self.revoke_button.clicked.connect(self.revoke)
        self.code = QLineEdit()
        self.check_button, self.check_file_button = QPushButton(), QPushButton()
        self.check_button.clicked.connect(lambda: self.verify(self.code.text()))
        self.check_file_button.clicked.connect(self._verify_file)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.message = NoticeLabel()
        self._boxes: dict[str, QGroupBox] = {}
        self._form_labels: list[QLabel] = []
        self._build_layout()
        self.retranslate_ui()

    def _make_issued_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.issued)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        return view

    def _build_layout(self) -> None:
        form = QFormLayout()
        for widget in (
            self.kind,
            self.person,
            self.organisation,
            self.year,
            self.language,
            self.paper,
            self.min_hours,
            self.itemised,
            self.reissue,
        ):
            label = QLabel()
            label.setBuddy(widget)
            self._form_labels.append(label)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        for button in (self.make_button, self.issue_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        make = QGroupBox()
        make_layout = QVBoxLayout(make)
        make_layout.addLayout(form)
        make_layout.addLayout(buttons)
        # Right under the buttons: what the preview is, and what Issue will do.
        make_layout.addWidget(self.message)
        issued = QGroupBox()
        issued_layout = QVBoxLayout(issued)
        issued_layout.addWidget(self.issued_view)
        issued_buttons = QHBoxLayout()
        issued_buttons.addWidget(self.reprint_button)
        issued_buttons.addWidget(self.revoke_button)
        issued_layout.addLayout(issued_buttons)
        check = QGroupBox()
        check_layout = QVBoxLayout(check)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        check_layout.addLayout(row)
        check_layout.addWidget(self.check_file_button)
        check_layout.addWidget(self.verdict)
        self._boxes = {"make": make, "issued": issued, "check": check}
        left = QWidget()
        left_layout = QVBoxLayout(left)
        for box in (make, issued, check):
            left_layout.addWidget(box)
        scroll = QScrollArea()  # the form may be taller than a small screen
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setSizes([460, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def retranslate_ui(self) -> None:
        """Every visible string of the page, in the current language."""
        self._boxes["make"].setTitle(self.tr("Make a document"))
        self._boxes["issued"].setTitle(self.tr("Issued certificates"))
        self._boxes["check"].setTitle(self.tr("Check a certificate"))
        name_fields(
            zip(
                self._form_labels,
                (
                    self.tr("Document:"),
                    self.tr("Person:"),
                    self.tr("Organisation:"),
                    self.tr("Year:"),
                    self.tr("Language:"),
                    self.tr("Paper:"),
                    self.tr("At least (hours):"),
                    self.tr("Entries:"),
                    self.tr("Number:"),
                ),
                strict=True,
            )
        )
        self.issued_view.setAccessibleName(self.tr("Issued certificates"))
        self.preview.setAccessibleName(self.tr("Document preview"))
        self.code.setAccessibleName(self.tr("Verification code"))
        refill_combo(
            self.kind,
            [
                (self.tr("Certificate for one person"), CERTIFICATE),
                (self.tr("Certificates for every volunteer"), BATCH),
                (self.tr("A person's year"), PERSON_SUMMARY),
                (self.tr("An organisation's year"), ORGANISATION_SUMMARY),
                (self.tr("A person's portfolio (all their years)"), PORTFOLIO),
            ],
        )
        refill_combo(
            self.language,
            [
                (self.tr("As the organisation prefers"), None),
                ("English", "en"),
                ("Bahasa Indonesia", "id"),
            ],
        )
        refill_combo(self.paper, [("A4", "a4"), (self.tr("US Letter"), "letter")])
        self.itemised.setText(self.tr("List every approved entry"))
        self.reissue.setText(self.tr("A new number even if these facts are certified"))
        self.make_button.setText(self.tr("&Make"))
        self.issue_button.setText(self.tr("&Issue"))
        self.save_button.setText(self.tr("&Save as…"))
        self.print_button.setText(self.tr("&Print…"))
        self.reprint_button.setText(self.tr("&Reprint the chosen one"))
        self.revoke_button.setText(self.tr("Re&voke the chosen one…"))
        self.code.setPlaceholderText(self.tr("Paste a verification code (OKV2.…)"))
        self.check_button.setText(self.tr("Chec&k"))
        self.check_file_button.setText(self.tr("Check a certificate &file…"))
        self.issued.retranslate()
        self._kind_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _kind_changed(self, *_changed: object) -> None:
        kind = self.kind.currentData()
        self.person.setEnabled(kind in (CERTIFICATE, PERSON_SUMMARY, PORTFOLIO))
        # A portfolio covers the person's whole history, not one year.
        self.year.setEnabled(kind != PORTFOLIO)
        self.organisation.setEnabled(kind in (CERTIFICATE, BATCH, ORGANISATION_SUMMARY))
        self.paper.setEnabled(kind in (CERTIFICATE, BATCH))
        self.min_hours.setEnabled(kind == BATCH)
        self.itemised.setEnabled(kind == CERTIFICATE)
        self.reissue.setEnabled(kind == CERTIFICATE)
        self.issue_button.setEnabled(self._pending is not None)
        # A preview is not a certificate: it is neither saved nor printed.
        shown = self.current is not None and self._pending is None
        self.save_button.setEnabled(shown)
        self.print_button.setEnabled(shown)

    def refresh(self) -> None:
        """Names for the choices and the issued certificates, in a worker."""
        self._runner.run(
            lambda: (Lookups.load(self._ledger), self._ledger.certificates.newest_first()),
            self._on_loaded,
            self.message.say,
        )

    def _on_loaded(self, loaded: tuple[Lookups, list[IssuedCertificate]]) -> None:
        lookups, issued = loaded
        refill_combo(self.person, [(p.full_name, p.id) for p in lookups.people])
        refill_combo(self.organisation, [(o.name, o.id) for o in lookups.organisations])
        self.issued.set_rows(issued)
        self.issued_view.resizeColumnsToContents()

    # --- making documents ------------------------------------------------------------------

    def make(self) -> None:
        """Make the chosen document in a worker and preview it (a batch goes to a folder)."""
        kind = self.kind.currentData()
        # Each holds an id, or None when the ledger has no one to choose (refused below).
        person: PersonId = self.person.currentData()
        organisation: OrganisationId = self.organisation.currentData()
        year, language = self.year.value(), self.language.currentData()
        paper, itemised = str(self.paper.currentData()), self.itemised.isChecked()
        needs = {
            CERTIFICATE: (self.person, self.organisation),
            BATCH: (self.organisation,),
            PERSON_SUMMARY: (self.person,),
            ORGANISATION_SUMMARY: (self.organisation,),
            PORTFOLIO: (self.person,),
        }
        if any(box.currentData() is None for box in needs[kind]):
            self.message.say(self.tr("Add people and organisations first."))
            return
        if kind == BATCH:
            self._batch(organisation, year, language, paper)
            return
        folder = self._preview_folder()
        out = folder / f"document-{len(list(folder.iterdir()))}.pdf"
        # A person has no preferred language of their own: use the one on the screen.
        interface = "id" if QLocale().language() == QLocale.Language.Indonesian else "en"
        ledger = self._ledger

        self._save_name = "document.pdf"
        if kind == PORTFOLIO:
            self._portfolio(person, out, language or interface)
            return
        if kind == CERTIFICATE:
            request = CertificateRequest(
                person,
                organisation,
                Period.year(year),
                language,
                paper,
                itemised,
                self.reissue.isChecked(),
            )
            self.message.say(self.tr("Making the preview…"))
            self._runner.run(
                lambda: ledger.certificates.preview(request),
                lambda preview: self._show_preview(request, preview, out),
                self._failed,
            )
            return

        def work() -> Path:
            if kind == PERSON_SUMMARY:
                ledger.summaries.write_person(person, year, out, language or interface)
            else:
                ledger.summaries.write_organisation(organisation, year, out, language)
            return out

        self.message.say(self.tr("Making the document…"))
        self._runner.run(work, self._show_document, self._failed)

    def _portfolio(self, person: PersonId, out: Path, language: str) -> None:
        """Gather, draw and sign a person's portfolio behind a progress bar with Cancel."""
        ledger = self._ledger

        def work(progress: Progress) -> Path:
            ledger.portfolio.write(person, out, language, progress=progress)
            return out

        self._save_name = self.tr("Portfolio %1.pdf").replace("%1", self.person.currentText())
        run_with_progress(
            self,
            self._runner,
            self.tr("Making the portfolio…"),
            work=work,
            on_done=self._show_document,
            on_failed=self._failed,
        )

    def _failed(self, message: str) -> None:
        self.message.say("")
        show_error(self, message)

    def _show_preview(
        self, request: CertificateRequest, preview: CertificatePreview, out: Path
    ) -> None:
        out.write_bytes(preview.pdf)
        self._pending = request
        self.current = out
        self.document.load(str(out))
        if preview.already is not None:
            self.message.say(
                self.tr(
                    "Certificate %1, issued on %2, already certifies these facts. Issue gives "
                    "it again with its number."
                )
                .replace("%1", preview.already.number)
                .replace("%2", format_date(preview.already.issue_date))
            )
        else:
            self.message.say(
                self.tr(
                    "A preview: %1 approved hours from %2 to %3. Nothing is issued until you "
                    "choose Issue."
                )
                .replace("%1", QLocale().toString(preview.minutes / 60, "f", 2))
                .replace("%2", format_date(preview.period.start))
                .replace("%3", format_date(preview.period.end))
            )
        self._kind_changed()
        self.issue_button.setFocus()

    def issue(self) -> None:
        """Issue the previewed certificate (or give the one in force) and show it, signed."""
        request = self._pending
        if request is None:
            return
        self._pending = None
        self._kind_changed()
        folder = self._preview_folder()
        out = folder / f"document-{len(list(folder.iterdir()))}.pdf"
        ledger = self._ledger
        self.message.say(self.tr("Issuing…"))
        self._runner.run(
            lambda: (ledger.certificates.issue(request, out), out),
            self._show_issued,
            self._failed,
        )

    def _show_issued(self, done: tuple[Issued, Path]) -> None:
        issued, path = done
        self._show_document(path)
        certificate = issued.certificate
        self.message.say(
            (
                self.tr("Certificate %1 was issued before for these facts; here it is again.")
                if issued.reused
                else self.tr("Issued certificate %1.")
            ).replace("%1", certificate.number)
        )

    def _show_document(self, path: Path) -> None:
        self.message.say("")
        self._pending = None
        self.current = path
        self.document.load(str(path))
        self._kind_changed()
        self.refresh()

    def _batch(
        self, organisation: OrganisationId, year: int, language: str | None, paper: str
    ) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where should the certificates go?")
        )
        if not folder:
            return
        minimum = self.min_hours.value()
        ledger = self._ledger

        def done(issued: list[Issued]) -> None:
            self.message.say(
                self.tr("%n certificate(s) written to %1", "", len(issued)).replace("%1", folder)
            )
            self.refresh()

        run_with_progress(
            self,
            self._runner,
            self.tr("Writing certificates…"),
            work=lambda progress: ledger.certificates.issue_batch(
                organisation,
                year,
                minimum,
                Path(folder),
                language=language,
                paper=paper,
                progress=progress,
            ),
            on_done=done,
            on_failed=self._failed,
        )

    def save(self) -> None:
        """Save the previewed document where the user chooses."""
        if self.current is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), self._save_name, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        try:
            save_copy(self.current, Path(path), self._ledger.ctx.ledger_files())
        except OkuvolError as error:
            show_error(self, error)
            return
        self.message.say(self.tr("Saved to %1").replace("%1", path))

    def print_document(self) -> None:
        """Print the previewed document, page by page, on the chosen printer."""
        if self.current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.current.name)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        path = self.current
        self._printer = printer  # kept alive until the worker is done with it
        run_with_progress(
            self,
            self._runner,
            self.tr("Printing…"),
            work=lambda progress: print_pdf(path, printer, progress),
            on_done=self._printed,
            on_failed=self.message.say,
        )

    def _printed(self, pages: int) -> None:
        self._printer = None
        self.message.say(
            self.tr("%n page(s) sent to the printer.", "", pages)
            if pages
            else self.tr("The printer could not be used.")
        )

    def reprint(self) -> None:
        """Reprint the chosen issued certificate, unchanged, and preview it."""
        rows = self.issued_view.selectionModel().selectedRows()
        if not rows:
            return
        number = self.issued.row(rows[0].row()).number
        out = self._preview_folder() / f"reprint-{number}.pdf"
        self._runner.run(
            lambda: (self._ledger.certificates.reprint(number, out), out)[1],
            self._show_document,
            self._failed,
        )

    def revoke(self) -> None:
        """Withdraw the chosen certificate, asking why (the reason is what verify shows)."""
        rows = self.issued_view.selectionModel().selectedRows()
        if not rows:
            return
        number = self.issued.row(rows[0].row()).number
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Revoke certificate %1").replace("%1", number),
            self.tr("Why is it withdrawn? Whoever checks it will read this."),
        )
        if not accepted:
            return

        def revoked(_certificate: IssuedCertificate) -> None:
            self.message.say(self.tr("Certificate %1 was revoked.").replace("%1", number))
            self.refresh()

        self._runner.run(
            lambda: self._ledger.certificates.revoke(number, reason), revoked, self._failed
        )

    def _preview_folder(self) -> Path:
        if self._folder is None or not self._folder.is_dir():
            self._folder = Path(tempfile.mkdtemp(prefix="okuvol-preview-"))
        return self._folder

    def remove_previews(self) -> None:
        """Delete the documents made for previewing: they may hold names and hours, and
        nothing else removes them from the temporary folder."""
        self.document.close()
        self.current = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    # --- checking --------------------------------------------------------------------------

    def _verify_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Check a certificate"), "", self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.verify(path)

    def verify(self, code_or_file: str) -> None:
        """Check a certificate in a worker and say plainly what was found."""
        if not code_or_file.strip():
            return
        self._runner.run(
            lambda: self._ledger.verification.verify(code_or_file.strip()),
            self._show_verdict,
            self._show_failure,
        )

    def _show_failure(self, message: str) -> None:
        self.verdict.setStyleSheet(error_style(self.palette()))
        self.verdict.setText(message)

    def _show_verdict(self, result: Verification) -> None:
        if not result.valid:
            self._show_failure(
                self.tr("Not valid: %1").replace("%1", translate_message(result.reason))
            )
            return
        facts = result.facts
        if facts is None:  # a summary or another document okuvol signed
            self.verdict.setStyleSheet(success_style(self.palette()))
            self.verdict.setText(
                self.tr("Valid document, signed by %1: %2")
                .replace("%1", result.signer or self.tr("the key given"))
                .replace("%2", result.document_title or "")
            )
            return
        lines = [
            self.tr("Valid certificate %1, signed by %2.")
            .replace("%1", facts.number)
            .replace("%2", result.signer or self.tr("the key given")),
            self.tr("%1 gave %2 approved volunteer hours with %3 from %4 to %5.")
            .replace("%1", facts.person)
            .replace("%2", self._duration(facts.approved_minutes))
            .replace("%3", facts.organisation)
            .replace("%4", format_date(facts.period_start))
            .replace("%5", format_date(facts.period_end)),
        ]
        if result.records is RecordsCheck.AGREE:
            lines.append(self.tr("The records still agree."))
        elif result.records is RecordsCheck.CHANGED:
            lines.append(
                self.tr("The records have changed since: they now hold %1 approved hours.").replace(
                    "%1", self._duration(result.current_minutes or 0)
                )
            )
        self.verdict.setStyleSheet(success_style(self.palette()))
        self.verdict.setText("\n".join(lines))
