"""Forms for a person, an organisation and a role."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import Organisation, Person, Role, RoleDetails
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.organisations import OrganisationChanges
from okuvol_desktop.services.people import PersonChanges
from okuvol_desktop.ui.dialogs.form import FormDialog
from okuvol_desktop.ui.i18n import LANGUAGES
from okuvol_desktop.ui.labels import kind_label
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.widgets import OptionalDateEdit, date_or_none, show_date

_NO_DATE = QDate(1900, 1, 1)


def _date_box() -> QDateEdit:
    box = OptionalDateEdit()
    box.setMinimumDate(_NO_DATE)
    box.setDate(_NO_DATE)
    box.setDisplayFormat("yyyy-MM-dd")
    return box


def _weekly_box() -> QDoubleSpinBox:
    """Hours a week, 1 to 168; its lowest value, 0, reads as "not chosen"."""
    box = QDoubleSpinBox()
    box.setRange(0, 168)
    box.setDecimals(1)
    box.setSingleStep(1)
    return box


def _weekly_hours(box: QDoubleSpinBox) -> Decimal:
    """What the box holds for the people service: 0 (not chosen) clears the choice."""
    return Decimal(str(round(box.value(), 1)))


class PersonDialog(FormDialog):
    """Add or edit a person; the name is kept exactly as typed, in any script."""

    field_rows = {"full_name": "name"}

    def __init__(
        self, ledger: Ledger, person: Person | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ledger, self._person = ledger, person
        self.name, self.email, self.phone, self.notes = (QLineEdit() for _ in range(4))
        self.birth_date = _date_box()
        # The load of two roles: the week past which to warn, and the volunteering meant.
        self.weekly_limit, self.weekly_budget = _weekly_box(), _weekly_box()
        for key, widget in (
            ("name", self.name),
            ("email", self.email),
            ("phone", self.phone),
            ("birth_date", self.birth_date),
            ("notes", self.notes),
            ("weekly_limit", self.weekly_limit),
            ("weekly_budget", self.weekly_budget),
        ):
            self.add_row(key, widget)
        if person is not None:
            self.name.setText(person.full_name)
            self.email.setText(person.email or "")
            self.phone.setText(person.phone or "")
            self.notes.setText(person.notes or "")
            show_date(self.birth_date, person.birth_date)
            self.weekly_limit.setValue((person.weekly_limit_minutes or 0) / 60)
            self.weekly_budget.setValue((person.weekly_volunteer_minutes or 0) / 60)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible string of the form, in the current language."""
        self.setWindowTitle(self.tr("Edit person") if self._person else self.tr("New person"))
        self.set_labels(
            {
                "name": self.tr("Full &name:"),
                "email": self.tr("&E-mail:"),
                "phone": self.tr("&Phone:"),
                "birth_date": self.tr("&Birth date:"),
                "notes": self.tr("N&otes:"),
                "weekly_limit": self.tr("Weekly &limit:"),
                "weekly_budget": self.tr("Weekly volunteering b&udget:"),
            }
        )
        self.birth_date.setSpecialValueText(self.tr("Not given (only for age-banded awards)"))
        for box in (self.weekly_limit, self.weekly_budget):
            box.setSpecialValueText(self.tr("No limit chosen"))
            box.setSuffix(self.tr(" h a week"))
        self.weekly_budget.setSpecialValueText(self.tr("No budget chosen"))
        self.weekly_limit.setToolTip(
            self.tr(
                "Hours of paid and volunteer work together in a week, past which okuvol warns "
                "before logging more. Without one, the limit in Settings counts."
            )
        )
        self.weekly_budget.setToolTip(
            self.tr(
                "Volunteer hours you mean to give in a week; weeks that pass it are marked in "
                "the calendar of weekly load."
            )
        )

    def change(self) -> Callable[[], Person]:
        """Add or change the person."""
        fields: dict[str, Any] = {  # what adding and changing a person both take
            "email": self.email.text(),
            "phone": self.phone.text(),
            "birth_date": date_or_none(self.birth_date),
            "notes": self.notes.text(),
            "weekly_limit_hours": _weekly_hours(self.weekly_limit),
            "weekly_budget_hours": _weekly_hours(self.weekly_budget),
        }
        people, name = self._ledger.people, self.name.text()
        if self._person is None:
            return lambda: people.add(name, **fields)
        changes, person_id = PersonChanges(full_name=name, **fields), self._person.id
        return lambda: people.edit(person_id, changes)


class OrganisationDialog(FormDialog):
    """Add or edit an organisation, with its certificate signatory, logo and language."""

    field_rows = {"certificate_language": "language", "logo_path": "logo"}

    def __init__(
        self,
        ledger: Ledger,
        organisation: Organisation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ledger, self._organisation = ledger, organisation
        self.name, self.type, self.address, self.contact = (QLineEdit() for _ in range(4))
        self.signatory_name, self.signatory_title = QLineEdit(), QLineEdit()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        # The logo is kept in the ledger: the field names a new picture to take in; empty keeps
        # the one there is, and Remove takes it away.
        self.logo = QLineEdit()
        self._remove_logo = False
        self.pick_logo, self.drop_logo = QPushButton(), QPushButton()
        self.pick_logo.clicked.connect(self._pick_logo)
        self.drop_logo.clicked.connect(self._drop_logo)
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo, 1)
        row.addWidget(self.pick_logo)
        row.addWidget(self.drop_logo)
        self.verify_url = QLineEdit()
        for key, widget in (
            ("name", self.name),
            ("type", self.type),
            ("address", self.address),
            ("contact", self.contact),
            ("signatory_name", self.signatory_name),
            ("signatory_title", self.signatory_title),
            ("language", self.language),
            ("logo", logo_row),
            ("verify_url", self.verify_url),
        ):
            self.add_row(key, widget, self.logo if widget is logo_row else None)
        if organisation is not None:
            for widget, value in (
                (self.name, organisation.name),
                (self.type, organisation.type),
                (self.address, organisation.address),
                (self.contact, organisation.contact),
                (self.signatory_name, organisation.signatory_name),
                (self.signatory_title, organisation.signatory_title),
                (self.verify_url, organisation.verify_url),
            ):
                widget.setText(value or "")
            self.language.setCurrentIndex(self.language.findData(organisation.certificate_language))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible string of the form, in the current language."""
        self.setWindowTitle(
            self.tr("Edit organisation") if self._organisation else self.tr("New organisation")
        )
        self.set_labels(
            {
                "name": self.tr("&Name:"),
                "type": self.tr("&Type:"),
                "address": self.tr("&Address:"),
                "contact": self.tr("&Contact:"),
                "signatory_name": self.tr("Certificates &signed by:"),
                "signatory_title": self.tr("Signatory's &title:"),
                "language": self.tr("Certificate &language:"),
                "logo": self.tr("&Logo:"),
                "verify_url": self.tr("Checked &online at:"),
            }
        )
        self.type.setPlaceholderText(self.tr("Hospital, school, law firm, NGO…"))
        self.pick_logo.setText(self.tr("Choose…"))
        self.drop_logo.setText(self.tr("Remove"))
        self.drop_logo.setAccessibleName(self.tr("Remove the logo"))
        has_logo = self._organisation is not None and self._organisation.logo_sha256
        self.logo.setPlaceholderText(
            self.tr("The logo kept in the ledger")
            if has_logo and not self._remove_logo
            else self.tr("No logo")
        )
        self.verify_url.setPlaceholderText(
            self.tr("https://… (optional: the QR code then opens this page)")
        )

    def _pick_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo.setText(path)
            self._remove_logo = False

    def _drop_logo(self) -> None:
        self.logo.clear()
        self._remove_logo = True
        self.retranslate_ui()

    def _logo_change(self) -> str | None:
        """A picture file to take in, "" to remove the logo, None to keep it as it is."""
        if self.logo.text():
            return self.logo.text()
        return "" if self._remove_logo else None

    def change(self) -> Callable[[], Organisation]:
        """Add or change the organisation."""
        fields = {
            "type": self.type.text(),
            "address": self.address.text(),
            "contact": self.contact.text(),
            "signatory_name": self.signatory_name.text(),
            "signatory_title": self.signatory_title.text(),
            "verify_url": self.verify_url.text(),
        }
        language, logo = str(self.language.currentData()), self._logo_change()
        organisations, name = self._ledger.organisations, self.name.text()
        if self._organisation is None:
            return lambda: organisations.add(
                name, certificate_language=language, logo_path=logo or None, **fields
            )
        changes = OrganisationChanges(
            name=name, certificate_language=language, logo_path=logo, **fields
        )
        organisation_id = self._organisation.id
        return lambda: organisations.edit(organisation_id, changes)


class RoleDialog(FormDialog):
    """Give a person a professional or volunteer role at an organisation, or change one."""

    field_rows = {
        "start_date": "start",
        "end_date": "end",
        "hourly_rate": "rate",
        "weekly_hours": "weekly",
    }

    def __init__(
        self,
        ledger: Ledger,
        lookups: Lookups,
        person_id: int | None = None,
        role: Role | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ledger, self._role = ledger, role
        self.person, self.organisation, self.kind = QComboBox(), QComboBox(), QComboBox()
        for person in lookups.people:
            self.person.addItem(person.full_name, person.id)
        for organisation in lookups.organisations:
            self.organisation.addItem(organisation.name, organisation.id)
        self.title, self.field_of_work, self.currency = QLineEdit(), QLineEdit(), QLineEdit()
        self.currency.setMaxLength(3)
        self.start, self.end = _date_box(), _date_box()
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0, 100_000_000)
        self.weekly = QDoubleSpinBox()
        self.weekly.setRange(0, 168)
        self.has_rate = QCheckBox()
        for key, widget in (
            ("person", self.person),
            ("organisation", self.organisation),
            ("kind", self.kind),
            ("title", self.title),
            ("field", self.field_of_work),
            ("start", self.start),
            ("end", self.end),
            ("has_rate", self.has_rate),
            ("rate", self.rate),
            ("currency", self.currency),
            ("weekly", self.weekly),
        ):
            self.add_row(key, widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.has_rate.toggled.connect(self._kind_changed)
        self.retranslate_ui()
        if person_id is not None:
            self.person.setCurrentIndex(max(self.person.findData(person_id), 0))
        if role is not None:
            self._show_role(role)
        self._kind_changed()

    def _show_role(self, role: Role) -> None:
        self.person.setCurrentIndex(max(self.person.findData(role.person_id), 0))
        self.organisation.setCurrentIndex(max(self.organisation.findData(role.organisation_id), 0))
        self.kind.setCurrentIndex(self.kind.findData(role.kind.value))
        for box in (self.person, self.organisation, self.kind):
            box.setEnabled(False)  # a role never changes person, organisation or kind
        self.title.setText(role.title)
        self.field_of_work.setText(role.field or "")
        show_date(self.start, role.start_date)
        show_date(self.end, role.end_date)
        self.has_rate.setChecked(role.hourly_rate is not None)
        self.rate.setValue(float(role.hourly_rate or 0))
        self.currency.setText(role.currency or "")
        self.weekly.setValue((role.weekly_minutes or 0) / 60)

    def retranslate_ui(self) -> None:
        """Every visible string of the form, in the current language."""
        self.setWindowTitle(self.tr("Edit role") if self._role else self.tr("New role"))
        self.set_labels(
            {
                "person": self.tr("&Person:"),
                "organisation": self.tr("&Organisation:"),
                "kind": self.tr("&Kind of work:"),
                "title": self.tr("&Title:"),
                "field": self.tr("&Field:"),
                "start": self.tr("&From:"),
                "end": self.tr("&Until:"),
                "has_rate": self.tr("&Paid by the hour:"),
                "rate": self.tr("Hourly &rate:"),
                "currency": self.tr("&Currency:"),
                "weekly": self.tr("&Weekly hours:"),
            }
        )
        chosen = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in WorkKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(chosen), 0))
        self.kind.blockSignals(False)
        self.title.setPlaceholderText(self.tr("Nurse, Reading tutor, Legal clinic helper…"))
        for box in (self.start, self.end):
            box.setSpecialValueText(self.tr("Open"))
        self.weekly.setSpecialValueText(self.tr("Not set"))

    def _kind_changed(self, *_changed: object) -> None:
        paid = self.kind.currentData() == WorkKind.PROFESSIONAL.value
        self.has_rate.setEnabled(paid)
        for widget in (self.rate, self.currency):
            widget.setEnabled(paid and self.has_rate.isChecked())

    def change(self) -> Callable[[], Role]:
        """Add or change the role."""
        paid = self.rate.isEnabled()
        weekly_hours = Decimal(str(self.weekly.value()))
        terms = RoleDetails(
            title=self.title.text(),
            field=self.field_of_work.text() or None,
            start_date=date_or_none(self.start),
            end_date=date_or_none(self.end),
            hourly_rate=Decimal(str(self.rate.value())) if paid else None,
            currency=self.currency.text() if paid else None,
            weekly_minutes=int(weekly_hours * 60) or None,  # typed in hours; 0: none agreed
        )
        roles = self._ledger.roles
        if self._role is not None:
            role_id = self._role.id
            return lambda: roles.edit(role_id, terms)
        person_id, organisation_id = self.person.currentData(), self.organisation.currentData()
        kind = WorkKind(self.kind.currentData())
        return lambda: roles.add(person_id, organisation_id, kind, terms)
