"""People: everyone with their roles of both kinds, this year's hours, goals, and archiving."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from okuvol_desktop.domain.durations import hours
from okuvol_desktop.services.directory import PersonLine
from okuvol_desktop.services.goals import GoalProgress
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.dialogs.people_dialogs import PersonDialog, RoleDialog
from okuvol_desktop.ui.errors import show_error
from okuvol_desktop.ui.labels import format_date, kind_label
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.models.line_table import Column, LineTableModel
from okuvol_desktop.ui.pages.directory_page import DirectoryPage
from okuvol_desktop.ui.pages.scheme_progress import SchemeProgressPanel
from okuvol_desktop.ui.translatable import QT_TRANSLATE_NOOP


def _hours(minutes: int) -> str:
    return QLocale().toString(hours(minutes), "f", 2)


def _both(line: PersonLine) -> str:
    return QCoreApplication.translate("PeoplePage", "Both kinds") if line.dual_role else ""


PEOPLE_COLUMNS: list[Column[PersonLine]] = [
    Column(QT_TRANSLATE_NOOP("PeoplePage", "Name"), lambda p: p.person.full_name),
    Column(
        QT_TRANSLATE_NOOP("PeoplePage", "Roles"),
        lambda p: str(len(p.roles)),
        numeric=True,
        sort_key=lambda p: len(p.roles),
    ),
    Column(
        QT_TRANSLATE_NOOP("PeoplePage", "Paid hours"),
        lambda p: _hours(p.professional_minutes),
        numeric=True,
        sort_key=lambda p: p.professional_minutes,
    ),
    Column(
        QT_TRANSLATE_NOOP("PeoplePage", "Volunteer hours"),
        lambda p: _hours(p.volunteer_minutes),
        numeric=True,
        sort_key=lambda p: p.volunteer_minutes,
    ),
    Column(QT_TRANSLATE_NOOP("PeoplePage", "Dual-role"), _both),
]


class PeoplePage(DirectoryPage):
    """The people of the ledger; dual-role people are marked."""

    def __init__(self, ledger: Ledger, year: int, parent: QWidget | None = None) -> None:
        super().__init__(ledger, LineTableModel("PeoplePage", PEOPLE_COLUMNS), parent)
        self.year = year
        (self.role_button,) = self.standard_buttons(self.new_person, self.add_role)
        self.schemes = SchemeProgressPanel(ledger)
        self.side.insertWidget(1, self.schemes)  # under the details, above the stretch
        self._details_of: int | None = None  # the person whose details are on their way
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible string of the page, in the current language."""
        super().retranslate_ui()
        self.new_button.setText(self.tr("&New person…"))
        self.role_button.setText(self.tr("Add &role…"))
        self.table.setAccessibleName(self.tr("People"))
        self.show_details(self.selected())

    def refresh(self) -> None:
        """Load everyone with this year's hours, in a worker."""
        year, archived = self.year, self.show_archived.isChecked()
        self.load(lambda: self._ledger.directory.people(year, archived))

    def empty_text(self) -> str:
        return self.tr("Nobody yet. Add the first person with “New person…”.")

    @staticmethod
    def same(a: PersonLine, b: PersonLine) -> bool:
        return a.person.id == b.person.id

    def show_details(self, line: PersonLine | None) -> None:
        """Name, contact, roles of both kinds, the year's hours and goals; where they stand in
        their schemes. The names of the roles' organisations and the goals are read in a
        worker; the details show once they come, if that person is still the one chosen."""
        self.schemes.show_person(line.person.id if line else None, self.year)
        self._details_of = line.person.id if line else None
        if line is None:
            self.details.setText(self.tr("Choose a person to see their roles and hours."))
            return
        ledger, person_id, year = self._ledger, line.person.id, self.year

        def read() -> tuple[dict[int, str], list[GoalProgress]]:
            organisations = ledger.organisations.by_name(include_archived=True)
            return {o.id: o.name for o in organisations}, ledger.goals.progress(person_id, year)

        def shown(found: tuple[dict[int, str], list[GoalProgress]]) -> None:
            if self._details_of == person_id:
                self.details.setText(self._details_text(line, *found))

        self._runner.run(read, shown, self.message.say)

    def _details_text(
        self, line: PersonLine, organisations: dict[int, str], goals: list[GoalProgress]
    ) -> str:
        person = line.person
        parts = [f"<h2>{escape(person.full_name)}</h2>"]
        if line.dual_role:
            parts.append("<p><b>" + self.tr("Does both paid and volunteer work.") + "</b></p>")
        if person.archived:
            parts.append("<p><i>" + self.tr("Archived") + "</i></p>")
        contact = [escape(x) for x in (person.email, person.phone) if x]
        if contact:
            parts.append(f"<p>{' · '.join(contact)}</p>")
        parts.append("<h3>" + self.tr("Roles") + "</h3><ul>")
        for role in line.roles:
            period = " – ".join(
                format_date(d) if d else "…" for d in (role.start_date, role.end_date)
            )
            parts.append(
                f"<li>{escape(role.title)}, {escape(organisations.get(role.organisation_id, ''))}"
                f" ({kind_label(role.kind)}) {period}</li>"
            )
        parts.append("</ul>" if line.roles else "</ul><p>" + self.tr("No roles yet.") + "</p>")
        parts.append(
            f"<h3>{self.year}</h3><p>"
            + self.tr("%1 h paid, %2 h volunteer")
            .replace("%1", _hours(line.professional_minutes))
            .replace("%2", _hours(line.volunteer_minutes))
            + "</p>"
        )
        for goal in goals:
            parts.append(
                "<p>"
                + self.tr("Goal: %1 of %2 %3 hours approved")
                .replace("%1", _hours(goal.approved_minutes))
                .replace("%2", _hours(goal.goal.target_minutes))
                .replace("%3", kind_label(goal.goal.kind).lower())
                + "</p>"
            )
        return "".join(parts)

    def new_person(self) -> None:
        """Add a person."""
        if PersonDialog(self._ledger, parent=self).run() is not None:
            self.refresh()

    def edit_selected(self) -> None:
        """Edit the chosen person."""
        line = self.selected()
        if line is not None and PersonDialog(self._ledger, line.person, self).run() is not None:
            self.refresh()

    def add_role(self) -> None:
        """Give the chosen person (or anyone) a professional or volunteer role."""
        line = self.selected()
        lookups = Lookups.load(self._ledger)
        if not lookups.organisations:
            show_error(self, self.tr("Add an organisation first."))
            return
        dialog = RoleDialog(self._ledger, lookups, line.person.id if line else None, parent=self)
        if dialog.run() is not None:
            self.refresh()

    def flip_archived(self, line: PersonLine) -> Callable[[], object]:
        set_archived, person = self._ledger.people.set_archived, line.person
        return lambda: set_archived(person.id, not person.archived)
