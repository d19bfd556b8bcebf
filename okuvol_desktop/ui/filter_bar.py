"""The time log's filters: person, organisation, kind, status, category, dates and words."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.services.listing import LogQuery
from okuvol_desktop.ui.formats import date_display_format
from okuvol_desktop.ui.labels import category_label, kind_label, status_label
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.widgets import OptionalDateEdit, date_or_none, refill_combo

_ANY_DAY = QDate(1900, 1, 1)  # the minimum of a date box stands for "any date"


class FilterBar(QWidget):
    """Widgets that choose which entries the time log shows; the database does the filtering."""

    sig_changed = Signal()
    """The filters changed (typing is waited out for a moment first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = QComboBox()
        self.organisation = QComboBox()
        self.kind = QComboBox()
        self.status = QComboBox()
        self.category = QComboBox()
        self.date_from = self._date_box()
        self.date_to = self._date_box()
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(300)
        self._typing.timeout.connect(self.sig_changed)
        self.text.textChanged.connect(self._wait_for_typing)
        # Two rows: the choices, then the dates and the search, which gets the room its
        # placeholder needs in every language (Indonesian's is a third longer).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        choices, words = QHBoxLayout(), QHBoxLayout()
        for widget in (self.person, self.organisation, self.kind, self.status, self.category):
            choices.addWidget(widget)
            widget.currentIndexChanged.connect(self.sig_changed)
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        choices.addStretch()
        for box in (self.date_from, self.date_to):
            words.addWidget(box)
            box.dateChanged.connect(self.sig_changed)
        words.addWidget(self.text, 1)
        layout.addLayout(choices)
        layout.addLayout(words)
        self._lookups: Lookups | None = None
        self.retranslate_ui()

    def _wait_for_typing(self, _text: str) -> None:
        self._typing.start()

    def _date_box(self) -> QDateEdit:
        box = OptionalDateEdit()
        box.setMinimumDate(_ANY_DAY)
        box.setDate(_ANY_DAY)
        return box

    def retranslate_ui(self) -> None:
        """Every visible string of the bar, in the current language."""
        self.text.setPlaceholderText(self.tr("Search descriptions and places… (Ctrl+F)"))
        self.date_from.setSpecialValueText(self.tr("From any date"))
        self.date_to.setSpecialValueText(self.tr("To any date"))
        self.date_from.setToolTip(self.tr("Only entries on or after this date"))
        self.date_to.setToolTip(self.tr("Only entries on or before this date"))
        metrics = self.text.fontMetrics()
        self.text.setMinimumWidth(metrics.horizontalAdvance(self.text.placeholderText()) + 48)
        for box in (self.date_from, self.date_to):
            # Dates as the tables write them, with the year in full; the box measures its
            # size once, so it is told that the words and the format changed.
            box.setDisplayFormat(date_display_format())
            box.updateGeometry()
        # The bar has no labels: each filter says what it filters, not what it shows now.
        named: tuple[tuple[QWidget, str], ...] = (
            (self.person, self.tr("Person")),
            (self.organisation, self.tr("Organisation")),
            (self.kind, self.tr("Kind of work")),
            (self.status, self.tr("Status")),
            (self.category, self.tr("Field of service")),
            (self.date_from, self.tr("From date")),
            (self.date_to, self.tr("To date")),
            (self.text, self.tr("Search")),
        )
        for field, name in named:
            field.setAccessibleName(name)
        self._fill_fixed()
        if self._lookups is not None:
            self.set_lookups(self._lookups)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_fixed(self) -> None:
        refill_combo(
            self.kind,
            [(self.tr("Both kinds"), None)] + [(kind_label(k), k.value) for k in WorkKind],
        )
        refill_combo(
            self.status,
            [(self.tr("Any status"), None)] + [(status_label(s), s.value) for s in EntryStatus],
        )

    def set_lookups(self, lookups: Lookups) -> None:
        """Offer the ledger's people, organisations and categories."""
        self._lookups = lookups
        refill_combo(
            self.person,
            [(self.tr("Everyone"), None)] + [(p.full_name, p.id) for p in lookups.people],
        )
        refill_combo(
            self.organisation,
            [(self.tr("All organisations"), None)]
            + [(o.name, o.id) for o in lookups.organisations],
        )
        refill_combo(
            self.category,
            [(self.tr("All fields"), None)]
            + [(category_label(c), c.id) for c in lookups.categories],
        )

    def show_only(
        self, person_id: int | None, organisation_id: int | None, status: EntryStatus | None
    ) -> None:
        """Set the filters to one person's entries of one status at one organisation (the
        others cleared), and announce one change."""
        every: tuple[QWidget, ...] = (
            self.person,
            self.organisation,
            self.kind,
            self.status,
            self.category,
            self.date_from,
            self.date_to,
            self.text,
        )
        for field in every:
            field.blockSignals(True)
        for box, value in (
            (self.person, person_id),
            (self.organisation, organisation_id),
            (self.kind, None),
            (self.status, status.value if status else None),
            (self.category, None),
        ):
            box.setCurrentIndex(max(box.findData(value), 0))
        self.date_from.setDate(_ANY_DAY)
        self.date_to.setDate(_ANY_DAY)
        self.text.clear()
        for field in every:
            field.blockSignals(False)
        self.sig_changed.emit()

    def query(self, sort: str = "date", descending: bool = True) -> LogQuery:
        """The filters as a query for the listing service."""

        kind, status = self.kind.currentData(), self.status.currentData()
        # The person, organisation and category boxes hold ids, None for "all".
        return LogQuery(
            person=self.person.currentData(),
            organisation=self.organisation.currentData(),
            kind=WorkKind(kind) if kind else None,
            status=EntryStatus(status) if status else None,
            category=self.category.currentData(),
            date_from=date_or_none(self.date_from),
            date_to=date_or_none(self.date_to),
            text=self.text.text().strip() or None,
            sort=sort,
            descending=descending,
        )
