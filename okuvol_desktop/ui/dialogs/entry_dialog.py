"""Adding or editing an entry, with the ledger's rules checked as the user types."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.durations import span_of
from okuvol_desktop.domain.errors import OkuvolError, ValidationError
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.load import WeekChange
from okuvol_desktop.domain.model import Entry, EntryLine
from okuvol_desktop.services.entries import LARGEST_EVIDENCE, EntryInput, LogEntry
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.errors import error_text
from okuvol_desktop.ui.formats import date_display_format, date_text, duration_text, hours_text
from okuvol_desktop.ui.labels import category_label, kind_label
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.mnemonics import keep_mnemonics
from okuvol_desktop.ui.palette import error_style
from okuvol_desktop.ui.preferences import Preferences
from okuvol_desktop.ui.review_text import review_summary
from okuvol_desktop.ui.tasks import BackgroundRunner
from okuvol_desktop.ui.widgets import DateEdit, name_fields

# Which row shows the message of a rule, by the field the rule names.
_ROW_OF_FIELD = {
    "person": "role",
    "organisation": "role",
    "kind": "role",
    "role": "role",
    "date": "date",
    "hours": "duration",
    "minutes": "duration",
    "start": "duration",
    "end": "duration",
    "timezone": "duration",
    "category": "category",
    "beneficiaries": "beneficiaries",
    "skills": "skills",
}


@dataclass(frozen=True, slots=True)
class EntryChoice:
    """What the dialog hands back: the entry to log, and the role it belongs to."""

    command: LogEntry
    role_id: int


class EntryDialog(QDialog):
    """A form for one entry. OK stays disabled while a rule of the ledger refuses it."""

    def __init__(
        self,
        ledger: Ledger,
        lookups: Lookups,
        today: date,
        editing: Entry | None = None,
        parent: QWidget | None = None,
        *,
        default_kind: WorkKind = WorkKind.VOLUNTEER,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self._ledger = ledger
        # The window's, for its week and notation; a dialog opened on its own reads the user's.
        self._preferences = preferences if preferences is not None else Preferences()
        self._lookups = lookups
        self._editing_id = editing.id if editing is not None and editing.id else None
        # The entry as reviewed, while editing one that was: its note shows above the form.
        self._reviewed = editing if editing is not None and editing.reviewed_at else None
        self._timezone = editing.timezone if editing is not None else ledger.ctx.timezone
        self.review_banner = QLabel()
        self.review_banner.setWordWrap(True)
        self.review_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.review_banner.setMargin(6)
        self.review_banner.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.computed = QLabel()  # the length the times make, as it will be logged
        self.default_kind = default_kind
        self.person = QComboBox()
        for person in lookups.people:
            self.person.addItem(person.full_name, person.id)
        self.role = QComboBox()
        self.date = DateEdit()
        self.date.setDisplayFormat(date_display_format())  # the year in full, as in the log
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setDate(self.date.maximumDate())
        self._make_duration_widgets()
        self.category = QComboBox()
        self.description = QLineEdit()
        self.location = QLineEdit()
        self.skills = QLineEdit()
        self._make_detail_widgets()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._errors = {
            key: QLabel()
            for key in (
                "role",
                "date",
                "duration",
                "category",
                "skills",
                "beneficiaries",
                "general",
            )
        }
        for label in self._errors.values():
            label.setStyleSheet(error_style(self.palette()))
            label.setWordWrap(True)
            label.hide()
        self._labels: dict[str, QLabel] = {}
        self._build_layout()
        self._make_checking()
        self._connect_changes()
        self.person.currentIndexChanged.connect(self._fill_roles)
        self._fill_roles()
        self.retranslate_ui()
        if editing is not None:
            self._show_entry(editing)
        self._check_as_typed()
        self._untouched = self._state()
        keep_mnemonics(self)

    def _make_checking(self) -> None:
        """The rules read the ledger (overlaps, the role's period): as the user types, and
        when OK is pressed, they are checked in a worker, and only the answer about the form
        as it still is is shown."""
        self._checking = QTimer(self)
        self._checking.setSingleShot(True)
        self._checking.setInterval(150)
        self._checking.timeout.connect(self._check_as_typed)
        self._runner = BackgroundRunner(self)
        self._checks = 0
        self._accepting = False  # OK was pressed and the ledger's answer is on its way

    def _make_detail_widgets(self) -> None:
        """People served; credits towards a requirement (continuing education), and files
        that prove the entry: all kept with it in the same transaction."""
        self.beneficiaries = QSpinBox()
        self.beneficiaries.setRange(-1, 100_000)
        self.beneficiaries.setValue(-1)
        self.credits = QDoubleSpinBox()
        self.credits.setRange(0, 1000)
        self.credits.setDecimals(2)
        self._had_credits = False
        self.evidence_button = QPushButton()
        self.evidence_button.clicked.connect(self.choose_evidence)
        self.evidence_files: list[Path] = []
        self._kept_evidence = 0
        self.evidence_list = QLabel()
        self.evidence_list.setWordWrap(True)

    def _evidence_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.evidence_button)
        line.addWidget(self.evidence_list, 1)
        return row

    def choose_evidence(self) -> None:
        """Pick files that prove the entry (a training certificate, a scan); they are kept
        in the ledger with their SHA-256 when the entry is saved."""
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Evidence for this entry"),
            "",
            self.tr("Documents and pictures (*.pdf *.png *.jpg *.jpeg);;All files (*)"),
        )
        for name in names:
            path = Path(name)
            try:
                too_large = path.stat().st_size > LARGEST_EVIDENCE
            except OSError:
                too_large = False  # saving names what is wrong with it
            if too_large:  # said now, not after the form has closed
                QMessageBox.warning(
                    self,
                    self.tr("Evidence for this entry"),
                    self.tr("%1 is larger than 20 MB; attach a smaller scan.").replace(
                        "%1", path.name
                    ),
                )
            elif path not in self.evidence_files:
                self.evidence_files.append(path)
        self._show_evidence()

    def _show_evidence(self) -> None:
        chosen = ", ".join(p.name for p in self.evidence_files)
        kept = self.tr("%n file(s) kept", "", self._kept_evidence) if self._kept_evidence else ""
        self.evidence_list.setText("; ".join(x for x in (kept, chosen) if x) or self.tr("None"))

    def _credits(self) -> Decimal | None:
        """The credits to keep: None leaves a new entry without any (and an edited one as it
        was when it had none), 0 takes an edited entry's away."""
        value = Decimal(str(round(self.credits.value(), 2)))
        if value == 0:
            return Decimal(0) if self._had_credits else None
        return value

    def _make_duration_widgets(self) -> None:
        self.by_hours = QRadioButton()
        self.by_times = QRadioButton()
        self.by_hours.setChecked(True)
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.by_hours)
        self._mode.addButton(self.by_times)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 24)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.25)
        self.hours.setValue(1)
        self.start = QTimeEdit(QTime(9, 0))
        self.end = QTimeEdit(QTime(10, 0))
        for box in (self.start, self.end):
            box.setDisplayFormat("HH:mm")

    def _build_layout(self) -> None:
        times = QHBoxLayout()
        times.addWidget(self.by_hours)
        times.addWidget(self.hours)
        times.addSpacing(16)
        times.addWidget(self.by_times)
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        times.addSpacing(8)
        times.addWidget(self.computed)
        times.addStretch()
        duration = QWidget()
        duration.setLayout(times)
        times.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            ("person", self.person),
            ("role", self.role),
            ("date", self.date),
            ("duration", duration),
            ("category", self.category),
            ("description", self.description),
            ("location", self.location),
            ("skills", self.skills),
            ("beneficiaries", self.beneficiaries),
            ("credits", self.credits),
            ("evidence", self._evidence_row()),
        ]
        for key, widget in rows:
            label = QLabel()
            if widget is not duration and key != "evidence":  # their buttons carry letters
                label.setBuddy(widget)
            self._labels[key] = label
            form.addRow(label, widget)
            if key in self._errors:
                form.addRow("", self._errors[key])
        layout = QVBoxLayout(self)
        layout.addWidget(self.review_banner)
        layout.addLayout(form)
        layout.addWidget(self._errors["general"])
        layout.addWidget(self.buttons)

    def _connect_changes(self) -> None:
        for box in (self.role, self.category):
            box.currentIndexChanged.connect(self._schedule_check)
        self.date.dateChanged.connect(self._schedule_check)
        self.hours.valueChanged.connect(self._schedule_check)
        for edit in (self.start, self.end):
            edit.timeChanged.connect(self._schedule_check)
        for line in (self.description, self.location, self.skills):
            line.textChanged.connect(self._schedule_check)
        self.beneficiaries.valueChanged.connect(self._schedule_check)
        self.by_hours.toggled.connect(self._mode_changed)

    def retranslate_ui(self) -> None:
        """Every visible string of the dialog, in the current language."""
        self.setWindowTitle(self.tr("Edit entry") if self._editing_id else self.tr("New entry"))
        texts = {
            "person": self.tr("&Person:"),
            "role": self.tr("&Role:"),
            "date": self.tr("&Date:"),
            "duration": self.tr("Duration:"),
            "category": self.tr("&Field of service:"),
            "description": self.tr("D&escription:"),
            "location": self.tr("&Place:"),
            "skills": self.tr("&Skills:"),
            "beneficiaries": self.tr("People &served:"),
            "credits": self.tr("Credi&ts:"),
            "evidence": self.tr("Evidence:"),
        }
        name_fields((self._labels[key], text) for key, text in texts.items())
        self.by_hours.setText(self.tr("&Hours"))
        self.by_times.setText(self.tr("&From"))
        self.hours.setAccessibleName(self.tr("Hours"))
        self.start.setAccessibleName(self.tr("Start time"))
        self.end.setAccessibleName(self.tr("End time"))
        self.skills.setPlaceholderText(self.tr("Comma separated, e.g. first aid, teaching"))
        self.beneficiaries.setSpecialValueText(self.tr("Not recorded"))
        self.credits.setSpecialValueText(self.tr("None"))
        self.credits.setToolTip(
            self.tr("Credits this entry earns towards a requirement, such as continuing education")
        )
        self.evidence_button.setText(self.tr("&Attach evidence…"))
        self.evidence_button.setAccessibleName(self.tr("Attach evidence files"))
        self.evidence_list.setAccessibleName(self.tr("Evidence files"))
        self._show_evidence()
        self.computed.setAccessibleName(self.tr("Duration logged"))
        self.review_banner.setAccessibleName(self.tr("Review note"))
        self._show_review()
        self._mode_changed()
        chosen = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("None"), None)
        for category in self._lookups.categories:
            self.category.addItem(category_label(category), category.id)
        self.category.setCurrentIndex(max(self.category.findData(chosen), 0))

    def _show_review(self) -> None:
        """The coordinator's note above the form, and an OK that says where the entry goes."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        reviewed = self._reviewed if self._editing_id else None
        if reviewed is None or reviewed.status is EntryStatus.DRAFT:
            self.review_banner.hide()
            ok.setText(self.tr("OK"))
            return
        hint = {
            EntryStatus.REJECTED: self.tr(
                "Fix what the note asks; saving sends the entry back for review."
            ),
            EntryStatus.APPROVED: self.tr("Saving a change sends the entry back for review."),
        }.get(reviewed.status, "")
        self.review_banner.setText("\n".join(t for t in (review_summary(reviewed), hint) if t))
        self.review_banner.show()
        if reviewed.status in (EntryStatus.REJECTED, EntryStatus.APPROVED):
            ok.setText(self.tr("&Save and send for review"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _schedule_check(self, *_changed: object) -> None:
        """Check a moment after the last change, not on every keystroke."""
        self._checking.start()

    def _mode_changed(self) -> None:
        by_hours = self.by_hours.isChecked()
        self.hours.setEnabled(by_hours)
        self.start.setEnabled(not by_hours)
        self.end.setEnabled(not by_hours)
        self._schedule_check()

    def _fill_roles(self) -> None:
        chosen = self.role.currentData()
        self.role.clear()
        person_id = self.person.currentData()
        for role in self._lookups.roles_of(person_id) if person_id is not None else []:
            organisation = self._lookups.organisation(role.organisation_id)
            name = organisation.name if organisation else "?"
            self.role.addItem(f"{role.title} — {name} ({kind_label(role.kind)})", role.id)
        index = self.role.findData(chosen)
        if index < 0:  # a new choice of person: start on a role of the preferred kind
            index = next(
                (
                    i
                    for i in range(self.role.count())
                    if self._kind_of(self.role.itemData(i)) is self.default_kind
                ),
                0,
            )
        self.role.setCurrentIndex(index)
        self._schedule_check()

    def _kind_of(self, role_id: int) -> WorkKind | None:
        role = next((r for r in self._lookups.roles if r.id == role_id), None)
        return None if role is None else role.kind

    def _show_entry(self, entry: Entry) -> None:
        self.person.setCurrentIndex(max(self.person.findData(entry.person_id), 0))
        self.role.setCurrentIndex(max(self.role.findData(entry.role_id), 0))
        self.date.setDate(QDate(entry.date.year, entry.date.month, entry.date.day))
        if entry.start is not None and entry.end is not None:
            self.by_times.setChecked(True)
            self.start.setTime(QTime(entry.start.hour, entry.start.minute))
            self.end.setTime(QTime(entry.end.hour, entry.end.minute))
        else:
            self.hours.setValue(entry.minutes / 60)
        self.category.setCurrentIndex(max(self.category.findData(entry.category_id), 0))
        self.description.setText(entry.description or "")
        self.location.setText(entry.location or "")
        self.skills.setText(", ".join(entry.skills))
        self.beneficiaries.setValue(-1 if entry.beneficiaries is None else entry.beneficiaries)
        self._load_credits_and_evidence(entry.id)

    def _load_credits_and_evidence(self, entry_id: int) -> None:
        """Read the entry's credits and files in a worker and show them. Until they come the
        credits read 0, which saving takes as "leave them as they are"; what the user typed
        there meanwhile is kept."""
        entries = self._ledger.entries

        def read() -> tuple[Decimal | None, int]:
            return entries.credits(entry_id), len(entries.evidence(entry_id))

        def shown(found: tuple[Decimal | None, int]) -> None:
            credits, self._kept_evidence = found
            untouched = self._state() == self._untouched
            self._had_credits = credits is not None
            if self.credits.value() == 0:
                self.credits.setValue(float(credits or 0))
            self._show_evidence()
            if untouched:
                self._untouched = self._state()

        # Deleted meanwhile: saving will say so.
        self._runner.run(read, shown, self._say_general, lambda _refused: None)

    def _say_general(self, message: str) -> None:
        """Say ``message`` above the form: what went wrong that no field is about."""
        self._show_error("general", message)

    def choice(self) -> EntryChoice | None:
        """The entry as the form holds it, or None when no role is chosen."""
        role_id = self.role.currentData()
        role = next((r for r in self._lookups.roles if r.id == role_id), None)
        if role is None:
            return None
        by_hours = self.by_hours.isChecked()
        category = self.category.currentData()
        details = EntryInput(
            date=self.date.date().toPython(),  # type: ignore[arg-type]
            hours=Decimal(str(round(self.hours.value(), 2))) if by_hours else None,
            start=None if by_hours else self.start.time().toPython(),  # type: ignore[arg-type]
            end=None if by_hours else self.end.time().toPython(),  # type: ignore[arg-type]
            category=category,
            description=self.description.text(),
            location=self.location.text(),
            skills=tuple(s.strip() for s in self.skills.text().split(",") if s.strip()),
            beneficiaries=None if self.beneficiaries.value() < 0 else self.beneficiaries.value(),
            credits=self._credits(),
            evidence=tuple(self.evidence_files),
        )
        command = LogEntry(
            person=role.person_id,
            organisation=role.organisation_id,
            details=details,
            kind=role.kind,
            role=role.id,
        )
        return EntryChoice(command, role.id)

    def _form_choice(self) -> EntryChoice | None:
        """The form's entry, the refusals of the last check hidden; None, said beside the
        role, when no role is chosen."""
        self._checks += 1  # an answer about the form as it was before is of no use now
        for label in self._errors.values():
            label.hide()
        choice = self.choice()
        self._show_computed(choice)
        if choice is None:
            self._show_error("role", self.tr("Choose a person who has a role first."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        return choice

    def _checked(self, error: OkuvolError | None) -> bool:
        """Show the rules' answer: the refusal beside its field, OK enabled only without."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if error is not None:
            key = (
                _ROW_OF_FIELD.get(error.field, "general")
                if isinstance(error, ValidationError)
                else "general"
            )
            self._show_error(key, error_text(error))
        ok.setEnabled(error is None)
        return error is None

    def _check_as_typed(self) -> None:
        """Run the ledger's rules on the form in a worker; show the answer if the form is
        still as it was (OK keeps its state until then; pressing it checks at once)."""
        choice = self._form_choice()
        if choice is None:
            return
        number, editing, entries = self._checks, self._editing_id, self._ledger.entries

        def answered(error: OkuvolError | None) -> None:
            if number == self._checks:
                self._checked(error)

        def failed(message: str) -> None:
            if number == self._checks:
                self._say_general(message)

        self._runner.run(
            lambda: entries.check(choice.command, editing=editing),
            lambda _none: answered(None),
            failed,
            answered,
        )

    def _show_computed(self, choice: EntryChoice | None) -> None:
        """ "= 8:30 h" beside the times: what the span logs, across midnight and clock changes."""
        details = choice.command.details if choice is not None else None
        if details is None or details.start is None or details.end is None:
            self.computed.setText("")
            return
        try:
            minutes = span_of(details.date, details.start, details.end, self._timezone).minutes
        except OkuvolError:  # a time that does not exist that day: check() says so
            self.computed.setText("")
            return
        self.computed.setText(
            self.tr("= %1 h").replace(
                "%1", duration_text(minutes, self._preferences.duration_notation)
            )
        )

    def _show_error(self, key: str, text: str) -> None:
        self._errors[key].setText(text)
        self._errors[key].show()

    def accept(self) -> None:
        """Override of QDialog.accept: only an entry the rules allow leaves the dialog; else
        the field the refusal is about takes the focus. An entry that puts the person's week
        over their limit is asked about first.

        The rules and the week are read in a worker; the dialog closes when they answer about
        the form as it still is (a form changed meanwhile is checked as typed, and OK pressed
        again). A second press while the answer is on its way does nothing more.
        """
        if self._accepting:
            return
        choice = self._form_choice()
        if choice is None:
            self._point_at_refusal()
            return
        number, editing, entries = self._checks, self._editing_id, self._ledger.entries
        prefs = self._preferences
        week_start, limit = prefs.week_start, prefs.weekly_limit_minutes

        def verdict() -> tuple[OkuvolError | None, WeekChange | None]:
            try:
                entries.check(choice.command, editing=editing)
            except OkuvolError as error:
                return error, None
            try:
                change = entries.week_after(
                    choice.command, editing, first_weekday=week_start, fallback_limit_minutes=limit
                )
            except OkuvolError:  # changed since the check: saving reports it where it belongs
                return None, None
            return None, change

        def answered(found: tuple[OkuvolError | None, WeekChange | None]) -> None:
            self._accepting = False
            if number != self._checks:
                return  # the form changed meanwhile: its own check is on its way
            error, change = found
            if not self._checked(error):
                self._point_at_refusal()
            elif change is None or not change.crosses_limit or self._past_limit_agreed(change):
                super(EntryDialog, self).accept()

        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        def failed(message: str) -> None:
            self._accepting = False
            ok.setEnabled(True)
            self._say_general(message)

        # Greyed while the ledger answers, so that a slow server shows the press was taken;
        # the answer (or the check of a form changed meanwhile) sets it again.
        self._accepting = True
        ok.setEnabled(False)
        self._runner.run(verdict, answered, failed)

    def _point_at_refusal(self) -> None:
        """Give the focus to the field the shown refusal is about."""
        shown = next((key for key, label in self._errors.items() if label.isVisibleTo(self)), "")
        field = {
            "role": self.role if self.role.count() else self.person,
            "date": self.date,
            "duration": self.hours if self.by_hours.isChecked() else self.start,
            "category": self.category,
            "skills": self.skills,
            "beneficiaries": self.beneficiaries,
        }.get(shown)
        if field is not None:
            field.setFocus()

    def _past_limit_agreed(self, change: WeekChange) -> bool:
        """Whether to save an entry that takes the week over its limit: the user's answer."""
        week, notation = change.after, self._preferences.duration_notation
        self.limit_question = QMessageBox(  # kept: what a test (or a screen reader) reads
            QMessageBox.Icon.Warning,
            self.tr("Over the weekly limit"),
            self.tr("This brings the week of %1 for %2 to %3, over the weekly limit of %4.")
            .replace("%1", date_text(week.week_start))
            .replace("%2", self.person.currentText())
            .replace("%3", hours_text(week.total_minutes, notation))
            .replace("%4", hours_text(week.limit_minutes, notation)),
            parent=self,
        )
        self.limit_question.setInformativeText(self.tr("Log it anyway?"))
        log_anyway = self.limit_question.addButton(
            self.tr("&Log anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = self.limit_question.addButton(QMessageBox.StandardButton.Cancel)
        # Heavy weeks are the strain the limit is there to catch: the safe answer is the easy one.
        self.limit_question.setDefaultButton(cancel)
        self.limit_question.setEscapeButton(cancel)
        self.limit_question.exec()
        return self.limit_question.clickedButton() is log_anyway

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Override of QDialog.keyPressEvent: Enter on a form the rules refuse (OK is greyed)
        points at the refusal instead of doing nothing."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ok.isEnabled():
            self.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Override of QWidget.showEvent: the form opens on its first field, not on OK."""
        super().showEvent(event)
        self.person.setFocus()

    def _state(self) -> tuple[object, ...]:
        """What the user can change, to tell a touched form from an untouched one."""
        return (
            self.person.currentData(),
            self.role.currentData(),
            self.date.date(),
            self.by_hours.isChecked(),
            self.hours.value(),
            self.start.time(),
            self.end.time(),
            self.category.currentData(),
            self.description.text(),
            self.location.text(),
            self.skills.text(),
            self.beneficiaries.value(),
            self.credits.value(),
            tuple(self.evidence_files),
        )

    def reject(self) -> None:
        """Override of QDialog.reject (Esc, Cancel, closing): ask before dropping a changed
        form; an untouched one just closes."""
        if self._state() != self._untouched:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard this entry? What you changed has not been saved."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ledger: Ledger,
        lookups: Lookups,
        today: date,
        *,
        line: EntryLine | None = None,
        duplicate: bool = False,
        default_kind: WorkKind = WorkKind.VOLUNTEER,
        preferences: Preferences | None = None,
    ) -> EntryChoice | None:
        """Show the dialog (filled from ``line`` when editing or duplicating) and wait."""
        editing = line.entry if line is not None else None
        dialog = cls(
            ledger,
            lookups,
            today,
            editing,
            parent,
            default_kind=default_kind,
            preferences=preferences,
        )
        if duplicate:
            dialog._editing_id = None
            dialog.retranslate_ui()
            dialog._check_as_typed()
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
