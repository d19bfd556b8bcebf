"""Dashboard: this week, month and year of paid and volunteer hours, for a person or everyone,
with a month-by-month chart, goals, award progress, value of volunteer time and overload."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.durations import DurationNotation, hours
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import Person
from okuvol_desktop.domain.schemes import Measure, RequirementStanding
from okuvol_desktop.services.dashboard import DashboardData, KindTotals
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.formats import date_text, hours_text, money_text
from okuvol_desktop.ui.labels import award_label, kind_label
from okuvol_desktop.ui.ledger_widget import LedgerWidget
from okuvol_desktop.ui.load_calendar import LoadCalendar
from okuvol_desktop.ui.palette import kind_colors, warning_style
from okuvol_desktop.ui.preferences import Preferences
from okuvol_desktop.ui.review_queue import ReviewQueueBox
from okuvol_desktop.ui.widgets import NoticeLabel, name_fields, scrolling_layout

# What a new ledger needs next, in the order a new user adds them (the first three are
# what DirectoryService.lacking names).
PERSON, ORGANISATION, ROLE, ENTRY = "person", "organisation", "role", "entry"


class _TotalsBox(QGroupBox):
    """Hours of each kind in one span of days."""

    def __init__(self) -> None:
        super().__init__()
        self.professional, self.volunteer, self.total = QLabel(), QLabel(), QLabel()
        self._form = QFormLayout(self)
        for value in (self.professional, self.volunteer, self.total):
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self._form.addRow(QLabel(), value)

    def set_labels(self, professional: str, volunteer: str, total: str) -> None:
        for row, text in enumerate((professional, volunteer, total)):
            item = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            assert isinstance(label, QLabel)
            label.setText(text)

    def show_totals(self, totals: KindTotals, notation: DurationNotation) -> None:
        self.professional.setText(hours_text(totals.professional, notation))
        self.volunteer.setText(hours_text(totals.volunteer, notation))
        self.total.setText(hours_text(totals.total, notation))


class DashboardPage(LedgerWidget):
    """Where a person's two kinds of work are seen together."""

    sig_next_step_requested = Signal(str)
    """The user pressed the empty state's button: add a person, organisation, role or entry."""

    def __init__(
        self, ledger: Ledger, year: int, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(ledger, preferences, parent)
        self._data: DashboardData | None = None
        self._people: list[Person] = []
        self._step: str | None = None
        self.person = QComboBox()
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.person.currentIndexChanged.connect(self._choice_changed)
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(self._choice_changed)
        self._show_label, self._year_label = QLabel(), QLabel()
        self._show_label.setBuddy(self.person)
        self._year_label.setBuddy(self.year)
        self.overload = QLabel()
        self.overload.setWordWrap(True)
        self.overload.hide()
        self.message = NoticeLabel()
        # The empty state: what to add next, and a button that does it.
        self.empty_box = QGroupBox()
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_button = QPushButton()
        self.empty_button.clicked.connect(lambda: self.sig_next_step_requested.emit(self._wanted()))
        empty_layout = QHBoxLayout(self.empty_box)
        empty_layout.addWidget(self.empty_text, 1)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.empty_box.hide()
        self.week_box, self.month_box, self.year_box = _TotalsBox(), _TotalsBox(), _TotalsBox()
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Its own size hint is a tall picture; it takes the height left, from 160 px up.
        self.chart_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.chart_view.setMinimumHeight(160)  # an 800x600 screen holds the window; it grows
        # One person's weeks of the year; everyone's together have no one limit to mark.
        self.load_box = QGroupBox()
        self.load_calendar = LoadCalendar()
        QVBoxLayout(self.load_box).addWidget(self.load_calendar)
        self.load_box.hide()
        self.queue = ReviewQueueBox(ledger, preferences)
        self.side_box = QGroupBox()
        self.side = QVBoxLayout(self.side_box)
        self._build_layout()
        self.retranslate_ui()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        for widget in (self._show_label, self.person, self._year_label, self.year):
            top.addWidget(widget)
        top.addStretch()
        grid = QGridLayout()
        grid.addWidget(self.week_box, 0, 0)
        grid.addWidget(self.month_box, 0, 1)
        grid.addWidget(self.year_box, 0, 2)
        grid.addWidget(self.chart_view, 1, 0, 1, 3)
        grid.addWidget(self.side_box, 0, 3, 2, 1)
        grid.addWidget(self.load_box, 2, 0, 1, 4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnMinimumWidth(3, 260)
        grid.setRowStretch(1, 1)
        layout = scrolling_layout(self)  # whatever the first steps or the queue hold
        layout.addLayout(top)
        layout.addWidget(self.overload)
        layout.addWidget(self.message)
        layout.addWidget(self.empty_box)
        layout.addLayout(grid, 1)
        layout.addWidget(self.queue)

    def retranslate_ui(self) -> None:
        """Every visible string of the page, in the current language."""
        name_fields(((self._show_label, self.tr("Show:")), (self._year_label, self.tr("Year:"))))
        self.chart_view.setAccessibleName(self.tr("Hours month by month"))
        self.load_box.setTitle(self.tr("Weekly load"))
        for box in (self.week_box, self.month_box, self.year_box):
            box.set_labels(
                self.tr("Professional (paid):"), self.tr("Volunteer:"), self.tr("Together:")
            )
        self._fill_people()
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self._show()  # the warning and the chart take colours from the palette
        super().changeEvent(event)

    def _fill_people(self) -> None:
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), None)
        for person in self._people:
            self.person.addItem(person.full_name, person.id)
        self.person.setCurrentIndex(max(self.person.findData(chosen), 0))
        self.person.blockSignals(False)

    def refresh(self) -> None:
        """Load the people and the figures again, in a worker."""
        self._runner.run(self._load_people, self._on_people, self.message.say)
        self.queue.refresh()

    def _load_people(self) -> tuple[list[Person], str | None]:
        people = self._ledger.people.by_name()
        return people, self._ledger.directory.lacking()

    def _on_people(self, loaded: tuple[list[Person], str | None]) -> None:
        self._people, self._step = loaded
        self._fill_people()
        self._choice_changed()

    def _choice_changed(self, *_changed: object) -> None:
        person = self.person.currentData()
        year = self.year.value()
        prefs = self._preferences
        self._runner.run(
            lambda: self._ledger.dashboard.dashboard(
                person,
                year,
                week_start_day=prefs.week_start,
                weekly_limit_minutes=prefs.weekly_limit_minutes,
                currency=_locale_currency(),
            ),
            self._on_data,
            self.message.say,
        )

    def _on_data(self, data: DashboardData) -> None:
        self._data = data
        self._show()

    def _show(self) -> None:
        data = self._data
        if data is None:
            return
        notation = self._preferences.duration_notation
        self.week_box.setTitle(self.tr("Week from %1").replace("%1", date_text(data.week.start)))
        self.month_box.setTitle(
            QLocale().toString(QDate(data.month.start.year, data.month.start.month, 1), "MMMM yyyy")
        )
        self.year_box.setTitle(str(data.year))
        for box, totals in (
            (self.week_box, data.week),
            (self.month_box, data.month),
            (self.year_box, data.whole_year),
        ):
            box.show_totals(totals, notation)
        self._show_empty_state(data)
        self._show_overload(data)
        self._show_chart(data)
        self._show_side(data)
        self.load_calendar.set_load(data.load, notation)
        self.load_box.setVisible(data.load is not None)
        # Below the calendar the page scrolls rather than squeeze the months' labels away.
        self.chart_view.setMinimumHeight(240 if data.load is not None else 160)

    def _wanted(self) -> str:
        return self._step or ENTRY

    def _show_empty_state(self, data: DashboardData) -> None:
        """Say what to do next when there is nothing to show yet, with a button that does it."""
        self.message.say("")
        if self._step is None and data.whole_year.total:
            self.empty_box.hide()
            return
        text, button = {
            PERSON: (
                self.tr(
                    "Nobody is in this ledger yet. Start with the people whose hours you keep "
                    "(yourself, for one)."
                ),
                self.tr("Add a &person…"),
            ),
            ORGANISATION: (
                self.tr(
                    "Next, add the organisations where the work is done: an employer, a "
                    "hospital, a school."
                ),
                self.tr("Add an &organisation…"),
            ),
            ROLE: (
                self.tr(
                    "Then give a person a role at an organisation, paid (a nurse at a "
                    "hospital) or volunteer (a tutor at a school); hours are logged in a role."
                ),
                self.tr("Add a &role…"),
            ),
            ENTRY: (
                self.tr("No hours are recorded in this year yet. Log the first ones."),
                self.tr("&Log hours…"),
            ),
        }[self._wanted()]
        self.empty_box.setTitle(self.tr("Getting started") if self._step else "")
        self.empty_text.setText(text)
        self.empty_button.setText(button)
        self.empty_button.setAccessibleName(button.replace("&", "").rstrip("…"))
        self.empty_box.show()

    def _show_overload(self, data: DashboardData) -> None:
        week = data.this_week
        if week is not None and week.overloaded:
            self.overload.setText(
                self.tr(
                    "This week holds %1 hours of work of both kinds together, more than the "
                    "limit of %2 hours. Time to rest?"
                )
                .replace("%1", self._duration(week.total_minutes))
                .replace("%2", self._duration(week.limit_minutes))
            )
            self.overload.setStyleSheet(warning_style(self.palette()))
            self.overload.show()
        elif data.overloaded_weeks:
            self.overload.setText(
                self.tr(
                    "%n week(s) of this year passed the weekly limit.",
                    "",
                    len(data.overloaded_weeks),
                )
            )
            self.overload.setStyleSheet(warning_style(self.palette()))
            self.overload.show()
        else:
            self.overload.hide()

    def _show_chart(self, data: DashboardData) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        paid = QBarSet(kind_label(WorkKind.PROFESSIONAL))
        given = QBarSet(kind_label(WorkKind.VOLUNTEER))
        paid_color, given_color = kind_colors(self.palette())
        paid.setColor(paid_color)
        given.setColor(given_color)
        for month in data.by_month:
            paid.append(hours(month.professional, 1))
            given.append(hours(month.volunteer, 1))
        series = QBarSeries()
        series.append(paid)
        series.append(given)
        self.chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append(
            [
                QLocale().standaloneMonthName(int(m.label), QLocale.FormatType.ShortFormat)
                for m in data.by_month
            ]
        )
        values = QValueAxis()
        top = max([*paid_values(paid), *paid_values(given), 1.0])
        values.setRange(0, top * 1.1)
        values.applyNiceNumbers()  # 0, 10, 20... rather than 0, 11.75, 23.5...
        values.setLabelFormat("%.0f")
        values.setTitleText(self.tr("Hours"))
        self.chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months)
        series.attachAxis(values)
        self.chart.setTitle(self.tr("Month by month"))
        self._paint_chart()

    def _paint_chart(self) -> None:
        """The chart in the window's colours (Qt Charts draws on white whatever the palette)."""
        palette = self.palette()
        text = QBrush(palette.color(QPalette.ColorRole.WindowText))
        self.chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
        self.chart_view.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Window)))
        self.chart.setTitleBrush(text)
        self.chart.legend().setLabelBrush(text)
        for axis in self.chart.axes():
            axis.setLabelsBrush(text)
            axis.setTitleBrush(text)
            axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))

    def _clear_side(self) -> None:
        while self.side.count():
            item = self.side.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _show_requirement(self, need: RequirementStanding) -> None:
        """A requirement's cycle: approved of the target, pending beside, each minimum."""
        self._side_label(need.scheme, bold=True)
        unit = self.tr("credits") if need.measure is Measure.CREDITS else self.tr("h")
        cycle = self.tr("%1 – %2").replace("%1", date_text(need.cycle_start))
        cycle = cycle.replace("%2", date_text(need.cycle_end))
        state = self.tr("met") if need.met else self.tr("not met yet")
        self._side_label(
            self.tr("%1 of %2 %3 approved, %4 awaiting review (%5): %6")
            .replace("%1", _amount_text(need.approved))
            .replace("%2", _amount_text(need.target))
            .replace("%3", unit)
            .replace("%4", _amount_text(need.pending))
            .replace("%5", cycle)
            .replace("%6", state)
        )
        for minimum in need.minimums:
            self._side_label(
                self.tr("%1: %2 of %3 %4")
                .replace("%1", minimum.category)
                .replace("%2", _amount_text(minimum.approved))
                .replace("%3", _amount_text(minimum.needed))
                .replace("%4", unit)
                + (" ✓" if minimum.met else "")
            )

    def _side_label(self, text: str, bold: bool = False) -> None:
        # Names come from the ledger and from scheme files strangers write: never read as HTML.
        label = QLabel(f"<b>{html.escape(text)}</b>" if bold else text)
        label.setTextFormat(Qt.TextFormat.RichText if bold else Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.side.addWidget(label)

    def _show_side(self, data: DashboardData) -> None:
        self._clear_side()
        self.side_box.setTitle(self.tr("This year"))
        if data.person_id is None:
            p = data.people
            self._side_label(self.tr("People"), bold=True)
            self._side_label(
                self.tr("%1 paid work only, %2 volunteer work only, %3 both")
                .replace("%1", QLocale().toString(p.professional_only))
                .replace("%2", QLocale().toString(p.volunteer_only))
                .replace("%3", QLocale().toString(p.dual_role))
            )
        elif data.dual_role:
            total = data.whole_year.total or 1
            share = round(100 * data.whole_year.professional / total)
            self._side_label(self.tr("Both kinds of work"), bold=True)
            self._side_label(
                self.tr("%1% paid, %2% volunteer")
                .replace("%1", str(share))
                .replace("%2", str(100 - share))
            )
        for goal in data.goals:
            title = (
                self.tr("Goal: %1 hours of %2 work")
                .replace("%1", self._duration(goal.target_minutes))
                .replace("%2", kind_label(WorkKind(goal.kind)).lower())
            )
            self._side_label(title, bold=True)
            bar = QProgressBar()
            bar.setRange(0, goal.target_minutes)
            bar.setValue(min(goal.approved_minutes, goal.target_minutes))
            bar.setFormat(
                self.tr("%1 h approved").replace("%1", self._duration(goal.approved_minutes))
            )
            bar.setAccessibleName(title)  # a screen reader says which goal, then how far
            self.side.addWidget(bar)
            if goal.pending_minutes:
                self._side_label(
                    self.tr("%1 h more awaiting review").replace(
                        "%1", self._duration(goal.pending_minutes)
                    )
                )
        for award in data.awards:
            self._side_label(award_label(award.scheme), bold=True)
            if award.age_band is None:
                self._side_label(self.tr("No age band of this award fits the person."))
                continue
            reached = award_label(award.reached) if award.reached else self.tr("no tier yet")
            text = (
                self.tr("%1 (%2)").replace("%1", reached).replace("%2", award_label(award.age_band))
            )
            if award.next_tier:
                text += " — " + self.tr("%1 h more for %2").replace(
                    "%1", self._duration(award.minutes_to_next)
                ).replace("%2", award_label(award.next_tier))
            self._side_label(text)
        for need in data.requirements:
            self._show_requirement(need)
        if data.value is not None:
            self._side_label(self.tr("Value of volunteer time"), bold=True)
            self._side_label(money_text(data.value.amount, data.value.currency))
        self.side.addStretch()


def paid_values(bar_set: QBarSet) -> list[float]:
    """The values of a bar set."""
    return [bar_set.at(i) for i in range(bar_set.count())]


def _locale_currency() -> str | None:
    """The ISO code of the user's locale's currency (IDR in Indonesian), or None."""
    return QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) or None


def _amount_text(value: Decimal) -> str:
    """Hours or credits in the user's locale: 24, 15.5 or 2.25."""
    shown = value.quantize(Decimal("0.01")).normalize()
    places = max(0, -int(shown.as_tuple().exponent))
    return QLocale().toString(float(shown), "f", places)
