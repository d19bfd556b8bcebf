"""Overview: a year of hours of both kinds, who gave them, and where."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.durations import hours
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.period import Period
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.stats import Stats, StatsQuery
from okuvol_desktop.ui.labels import format_money
from okuvol_desktop.ui.tasks import BackgroundRunner
from okuvol_desktop.ui.widgets import NoticeLabel


def _hours_text(minutes: int) -> str:
    return QLocale().toString(hours(minutes), "f", 2)


class OverviewPage(QWidget):
    """Totals of a year for everyone: paid and volunteer hours, people, value, organisations."""

    def __init__(self, ledger: Ledger, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._runner = BackgroundRunner(self)
        self._stats: Stats | None = None

        self._year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(self.refresh)
        self.message = NoticeLabel()

        self._totals_box = QGroupBox()
        self.professional = QLabel()
        self.volunteer = QLabel()
        self.total = QLabel()
        self.people = QLabel()
        self.value = QLabel()
        self._form = QFormLayout(self._totals_box)
        for value in (self.professional, self.volunteer, self.total, self.people, self.value):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._form.addRow(QLabel(), value)

        self.organisations = QTableWidget(0, 3)
        self.organisations.verticalHeader().setVisible(False)
        self.organisations.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.organisations.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        top = QHBoxLayout()
        top.addWidget(self._year_label)
        top.addWidget(self.year)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self._totals_box)
        layout.addWidget(self.organisations, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible string of the page, in the current language."""
        self._year_label.setText(self.tr("Year:"))
        self._totals_box.setTitle(self.tr("Hours given"))
        for row, text in enumerate(
            (
                self.tr("Professional (paid):"),
                self.tr("Volunteer:"),
                self.tr("Together:"),
                self.tr("People:"),
                self.tr("Value of volunteer time:"),
            )
        ):
            label = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            assert isinstance(label, QLabel)
            label.setText(text)
        self.organisations.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Professional hours"), self.tr("Volunteer hours")]
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Count the chosen year again, in a worker."""
        query = StatsQuery(Period.year(self.year.value()))
        self.message.say(self.tr("Counting…"))
        self._runner.run(lambda: self._ledger.stats.stats(query), self._on_stats, self._on_error)

    def _on_stats(self, stats: object) -> None:
        assert isinstance(stats, Stats)
        self._stats = stats
        self._show()

    def _on_error(self, message: str) -> None:
        self.message.say(message)

    def _show(self) -> None:
        stats = self._stats
        if stats is None:
            return
        minutes = stats.minutes
        self.message.say(
            "" if stats.entries else self.tr("No hours are recorded in this year yet.")
        )
        self.professional.setText(
            self.tr("%1 h").replace("%1", _hours_text(minutes[WorkKind.PROFESSIONAL]))
        )
        self.volunteer.setText(
            self.tr("%1 h").replace("%1", _hours_text(minutes[WorkKind.VOLUNTEER]))
        )
        self.total.setText(
            self.tr("%1 h in %n entries", "", stats.entries).replace(
                "%1", _hours_text(stats.total_minutes)
            )
        )
        p = stats.people
        self.people.setText(
            self.tr("%n people: ", "", p.total)
            + self.tr("%1 paid work only, %2 volunteer work only, %3 both")
            .replace("%1", str(p.professional_only))
            .replace("%2", str(p.volunteer_only))
            .replace("%3", str(p.dual_role))
        )
        value = stats.volunteer_value
        self.value.setText(format_money(float(value[0]), value[1]) if value else self.tr("not set"))
        self.organisations.setRowCount(len(stats.by_organisation))
        for row, org in enumerate(stats.by_organisation):
            cells = (org.label, _hours_text(org.professional), _hours_text(org.volunteer))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.organisations.setItem(row, column, item)
