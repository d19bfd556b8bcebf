"""Organisations: their people by kind, this year's hours, certificate signatory and key."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QWidget

from okuvol_desktop.domain.durations import hours
from okuvol_desktop.services.directory import OrganisationLine
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.dialogs.people_dialogs import OrganisationDialog
from okuvol_desktop.ui.i18n import LANGUAGES
from okuvol_desktop.ui.labels import format_date
from okuvol_desktop.ui.models.line_table import Column, LineTableModel
from okuvol_desktop.ui.pages.directory_page import DirectoryPage
from okuvol_desktop.ui.translatable import QT_TRANSLATE_NOOP


def _hours(minutes: int) -> str:
    return QLocale().toString(hours(minutes), "f", 2)


ORGANISATION_COLUMNS: list[Column[OrganisationLine]] = [
    Column(QT_TRANSLATE_NOOP("OrganisationsPage", "Name"), lambda o: o.organisation.name),
    Column(QT_TRANSLATE_NOOP("OrganisationsPage", "Type"), lambda o: o.organisation.type or ""),
    Column(
        QT_TRANSLATE_NOOP("OrganisationsPage", "Professionals"),
        lambda o: str(o.professionals),
        numeric=True,
        sort_key=lambda o: o.professionals,
    ),
    Column(
        QT_TRANSLATE_NOOP("OrganisationsPage", "Volunteers"),
        lambda o: str(o.volunteers),
        numeric=True,
        sort_key=lambda o: o.volunteers,
    ),
    Column(
        QT_TRANSLATE_NOOP("OrganisationsPage", "Paid hours"),
        lambda o: _hours(o.professional_minutes),
        numeric=True,
        sort_key=lambda o: o.professional_minutes,
    ),
    Column(
        QT_TRANSLATE_NOOP("OrganisationsPage", "Volunteer hours"),
        lambda o: _hours(o.volunteer_minutes),
        numeric=True,
        sort_key=lambda o: o.volunteer_minutes,
    ),
]


class OrganisationsPage(DirectoryPage):
    """The organisations of the ledger."""

    def __init__(self, ledger: Ledger, year: int, parent: QWidget | None = None) -> None:
        super().__init__(ledger, LineTableModel("OrganisationsPage", ORGANISATION_COLUMNS), parent)
        self.year = year
        self.standard_buttons(self.new_organisation)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible string of the page, in the current language."""
        super().retranslate_ui()
        self.new_button.setText(self.tr("&New organisation…"))
        self.table.setAccessibleName(self.tr("Organisations"))
        self.show_details(self.selected())

    def refresh(self) -> None:
        """Load every organisation with this year's figures, in a worker."""
        year, archived = self.year, self.show_archived.isChecked()
        self.load(lambda: self._ledger.directory.organisations(year, archived))

    def empty_text(self) -> str:
        return self.tr("No organisation yet. Add one with “New organisation…”.")

    @staticmethod
    def same(a: OrganisationLine, b: OrganisationLine) -> bool:
        return a.organisation.id == b.organisation.id

    def show_details(self, line: OrganisationLine | None) -> None:
        """Address, contact, certificate signatory, language, logo and key fingerprint."""
        if line is None:
            self.details.setText(self.tr("Choose an organisation to see its details."))
            return
        org = line.organisation
        rows = [
            (self.tr("Type"), org.type),
            (self.tr("Address"), org.address),
            (self.tr("Contact"), org.contact),
            (
                self.tr("Certificates signed by"),
                ", ".join(x for x in (org.signatory_name, org.signatory_title) if x) or None,
            ),
            (self.tr("Certificate language"), LANGUAGES.get(org.certificate_language)),
            (self.tr("Logo"), self.tr("kept in the ledger") if org.logo_sha256 else None),
            (self.tr("Checked online at"), org.verify_url),
        ]
        parts = [f"<h2>{escape(org.name)}</h2>"]
        if org.archived:
            parts.append("<p><i>" + self.tr("Archived") + "</i></p>")
        parts.append("<table>")
        for label, value in rows:
            shown = escape(value) if value else "<i>" + self.tr("not set") + "</i>"
            parts.append(f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{shown}</td></tr>")
        parts.append("</table>")
        parts.append(self._keys_html(line))
        parts.append(
            f"<h3>{self.year}</h3><p>"
            + self.tr("%1 professionals and %2 volunteers; %3 h paid, %4 h volunteer")
            .replace("%1", str(line.professionals))
            .replace("%2", str(line.volunteers))
            .replace("%3", _hours(line.professional_minutes))
            .replace("%4", _hours(line.volunteer_minutes))
            + "</p>"
        )
        self.details.setText("".join(parts))

    def _keys_html(self, line: OrganisationLine) -> str:
        """Each signing key: its fingerprint, since when, and whether it signs now."""
        today = QDate.currentDate()
        rows = []
        for key in line.keys:
            created = QDate(key.created_at.year, key.created_at.month, key.created_at.day)
            age = self.tr("%n day(s) old", "", created.daysTo(today))
            if key.retired_at is None:
                state = self.tr("signs now")
            else:
                retired = key.retired_at
                state = self.tr("retired on %1").replace("%1", format_date(retired.date()))
            rows.append(
                f"<tr><td><tt>{escape(key.fingerprint)}</tt>&nbsp;&nbsp;</td>"
                f"<td>{format_date(key.created_at.date())}, {age}&nbsp;&nbsp;</td>"
                f"<td>{state}</td></tr>"
            )
        heading = "<h3>" + self.tr("Signing keys") + "</h3>"
        return heading + ("<table>" + "".join(rows) + "</table>" if rows else "")

    def new_organisation(self) -> None:
        """Add an organisation (it gets its signing key)."""
        if OrganisationDialog(self._ledger, parent=self).run() is not None:
            self.refresh()

    def edit_selected(self) -> None:
        """Edit the chosen organisation."""
        line = self.selected()
        if (
            line is not None
            and OrganisationDialog(self._ledger, line.organisation, self).run() is not None
        ):
            self.refresh()

    def flip_archived(self, line: OrganisationLine) -> Callable[[], object]:
        set_archived, organisation = self._ledger.organisations.set_archived, line.organisation
        return lambda: set_archived(organisation.id, not organisation.archived)
