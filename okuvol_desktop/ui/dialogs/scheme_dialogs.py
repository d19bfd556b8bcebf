"""Small forms of Settings: give a scheme to someone, take it back, and take a published value
of an hour into the ledger."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from okuvol_desktop.domain.model import Organisation, Person, ValuationRate
from okuvol_desktop.domain.schemes import RequirementScheme
from okuvol_desktop.domain.valuation import RatePreset
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.schemes import SchemeListing
from okuvol_desktop.ui.dialogs.form import FormDialog
from okuvol_desktop.ui.formats import date_display_format, date_text, money_text
from okuvol_desktop.ui.scheme_words import method_explanation, method_label, scheme_summary
from okuvol_desktop.ui.widgets import DateEdit

PERSON, ORGANISATION = "person", "organisation"


def _hint() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def _choose(box: QComboBox, data: object) -> None:
    """Choose the item holding ``data``, else the first (findData(None) would find a
    separator, which holds no data either)."""
    box.setCurrentIndex(max(box.findData(data), 0) if data is not None else 0)


class AssignSchemeDialog(FormDialog):
    """Give a scheme to one person or to every volunteer of an organisation; a requirement
    also asks the first day of its cycles.

    Attributes:
        result_value: after OK, whether the scheme was newly given (False: they had it).
    """

    field_rows = {"starts_on": "starts_on", "person": "whom", "organisation": "whom"}

    def __init__(
        self,
        ledger: Ledger,
        listing: SchemeListing,
        people: Sequence[Person],
        organisations: Sequence[Organisation],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ledger, self._scheme = ledger, listing.scheme
        self._people, self._organisations = people, organisations
        self.whom = QComboBox()
        self.summary = _hint()
        self.starts_on = DateEdit()
        self.starts_on.setDisplayFormat(date_display_format())
        self.starts_on.setDate(QDate(ledger.ctx.today().year, 1, 1))
        self.cycle_hint = _hint()
        self.add_row("whom", self.whom)  # rows in the order Tab walks them
        self._form.insertRow(0, self.summary)
        self.requirement = isinstance(self._scheme, RequirementScheme)
        if self.requirement:
            self.add_row("starts_on", self.starts_on)
            self._form.addRow("", self.cycle_hint)
        else:
            # Children of the form even when an award leaves them out: a widget without a
            # parent would be freed by Python's collector, in whatever thread it runs.
            for unused in (self.starts_on, self.cycle_hint):
                unused.setParent(self)
                unused.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible string of the form, in the current language."""
        name = self._scheme.about.name
        self.setWindowTitle(self.tr("Assign %1").replace("%1", name))
        self.summary.setText(scheme_summary(self._scheme))
        labels = {"whom": self.tr("&Give it to:")}
        if self.requirement:
            labels["starts_on"] = self.tr("First day of its &cycles:")
            assert isinstance(self._scheme, RequirementScheme)
            self.cycle_hint.setText(
                self.tr(
                    "Each cycle of %n year(s) counts from this day: for a licence, the day "
                    "it was last renewed.",
                    "",
                    self._scheme.cycle_years,
                )
            )
        self.set_labels(labels)
        chosen = self.whom.currentData()
        self.whom.clear()
        for person in self._people:
            self.whom.addItem(person.full_name, (PERSON, person.id))
        if self._people and self._organisations:
            self.whom.insertSeparator(self.whom.count())
        for organisation in self._organisations:
            self.whom.addItem(
                self.tr("Every volunteer of %1").replace("%1", organisation.name),
                (ORGANISATION, organisation.id),
            )
        _choose(self.whom, chosen)

    def change(self) -> Callable[[], bool]:
        """Give the scheme to whom the form names."""
        kind, ident = self.whom.currentData()  # the page offers the form only with someone
        starts_on: date | None = (
            self.starts_on.date().toPython() if self.requirement else None  # type: ignore[assignment]
        )
        assign, name = self._ledger.schemes.assign, self._scheme.about.name
        return lambda: assign(
            name,
            person=ident if kind == PERSON else None,
            organisation=ident if kind == ORGANISATION else None,
            starts_on=starts_on,
        )

    def whom_text(self) -> str:
        """Whom the form gives the scheme to, as the choice reads."""
        return self.whom.currentText()


class UnassignSchemeDialog(FormDialog):
    """Take a scheme back from one of the people or organisations that have it."""

    field_rows = {"person": "whom", "organisation": "whom"}

    def __init__(
        self, ledger: Ledger, listing: SchemeListing, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ledger, self._listing = ledger, listing
        self.whom = QComboBox()
        self.add_row("whom", self.whom)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible string of the form, in the current language."""
        self.setWindowTitle(self.tr("Unassign %1").replace("%1", self._listing.scheme.about.name))
        self.set_labels({"whom": self.tr("&Take it back from:")})
        chosen = self.whom.currentData()
        self.whom.clear()
        for person in self._listing.people:
            self.whom.addItem(person.full_name, (PERSON, person.id))
        for organisation in self._listing.organisations:
            self.whom.addItem(
                self.tr("Every volunteer of %1").replace("%1", organisation.name),
                (ORGANISATION, organisation.id),
            )
        _choose(self.whom, chosen)

    def change(self) -> Callable[[], str]:
        """Take the scheme back; whom it was taken from, as the choice reads."""
        kind, ident = self.whom.currentData()
        unassign, name, whom = (
            self._ledger.schemes.unassign,
            self._listing.scheme.about.name,
            self.whom.currentText(),
        )

        def taken_back() -> str:
            unassign(
                name,
                person=ident if kind == PERSON else None,
                organisation=ident if kind == ORGANISATION else None,
            )
            return whom

        return taken_back


class RatePresetDialog(FormDialog):
    """The published values of an hour okuvol ships, to take one into the ledger; the chosen
    one's source and note are shown under the list, and example figures are marked."""

    COLUMNS = 5

    def __init__(
        self, ledger: Ledger, presets: Sequence[RatePreset], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ledger, self._presets = ledger, list(presets)
        self.presets = QTableWidget(len(self._presets), self.COLUMNS)
        self.presets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.presets.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.presets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.presets.verticalHeader().setVisible(False)
        self.presets.horizontalHeader().setStretchLastSection(True)
        self.presets.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.presets.setMinimumWidth(700)
        self.presets.itemSelectionChanged.connect(self._show_chosen)
        self.presets.doubleClicked.connect(lambda _index: self.accept())
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop)
        # The list takes the form's whole width, its label above it.
        label = QLabel()
        label.setBuddy(self.presets)
        self._labels["preset"] = label
        self._form.addRow(label)
        self._form.addRow(self.presets)
        self._form.addRow(self.about)
        self.resize(780, 440)
        self.retranslate_ui()
        if self._presets:
            self.presets.selectRow(0)

    def retranslate_ui(self) -> None:
        """Every visible string of the form, in the current language."""
        self.setWindowTitle(self.tr("Add a value of an hour from a preset"))
        self.set_labels({"preset": self.tr("&Published values:")})
        self.presets.setHorizontalHeaderLabels(
            [
                self.tr("Country"),
                self.tr("Value of an hour"),
                self.tr("From"),
                self.tr("Method"),
                self.tr("Figures"),
            ]
        )
        for row, preset in enumerate(self._presets):
            cells = (
                preset.country,
                money_text(float(preset.amount), preset.currency),
                date_text(preset.valid_from),
                method_label(preset.method),
                self.tr("Example: check it") if preset.example else self.tr("Published"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 3:
                    item.setToolTip(method_explanation(preset.method))
                self.presets.setItem(row, column, item)
        self._show_chosen()

    def chosen(self) -> RatePreset | None:
        """The preset of the selected row."""
        rows = self.presets.selectionModel().selectedRows()
        return self._presets[rows[0].row()] if rows else None

    def _show_chosen(self) -> None:
        preset = self.chosen()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(preset is not None)
        if preset is None:
            self.about.setText("")
            return
        lines = [self.tr("Source: %1").replace("%1", preset.source)]
        if preset.note:
            lines.append(preset.note)
        self.about.setText("\n\n".join(lines))

    def change(self) -> Callable[[], ValuationRate]:
        """Keep the chosen value in the ledger."""
        preset = self.chosen()
        assert preset is not None  # OK is enabled only with a row chosen
        add_preset, preset_id = self._ledger.rates.add_preset, preset.id
        return lambda: add_preset(preset_id)
