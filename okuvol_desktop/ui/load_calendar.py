"""The year calendar of weekly load: every week of a person's year as a column, paid work and
volunteering stacked, weeks over the limit outlined and marked, weeks past the volunteering
budget marked, rest weeks hatched.

Nothing is told by colour alone: over the limit is an outline and a triangle, past the budget
a circle, a rest week a hatched block; every week has a tooltip (the mouse, or Left/Right with
the keyboard) and the widget's accessible description sums the year up.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from okuvol_desktop.domain.durations import DurationNotation
from okuvol_desktop.domain.load import WeekLoad, YearLoad
from okuvol_desktop.ui.formats import date_text, hours_text
from okuvol_desktop.ui.palette import kind_colors

# Room for the hour ticks, the limit line and the markers above the bars.
_LEFT, _RIGHT, _TOP, _PLOT = 44, 12, 22, 100
_MONTHS = 18  # the row of month names under the columns
_LEGEND_ROW = 20


class LoadCalendar(QWidget):
    """One person's year of weekly load, drawn; set_load() gives it the year to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load: YearLoad | None = None
        self._notation = DurationNotation.HOURS_MINUTES
        self._current = -1  # the week the keyboard points at
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The accessible name and the year's summary in the current language."""
        self.setAccessibleName(self.tr("Weekly load of the year"))
        self.setAccessibleDescription(self.summary())
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_load(self, load: YearLoad | None, notation: DurationNotation) -> None:
        """Show ``load`` (None: nobody's year, nothing drawn)."""
        self._load, self._notation = load, notation
        self._current = -1
        self.updateGeometry()
        self.retranslate_ui()

    # --- what the calendar says, in words -------------------------------------------------------

    def marked_weeks(self) -> list[WeekLoad]:
        """The weeks marked as over the limit."""
        return self._load.over_limit() if self._load else []

    def _hours(self, minutes: int) -> str:
        return hours_text(minutes, self._notation)

    def summary(self) -> str:
        """The year in a few sentences: the text alternative of the drawing."""
        load = self._load
        if load is None:
            return ""
        over, past, rest = load.over_limit(), load.past_budget(), load.rest_weeks()
        parts = [
            self.tr("%n week(s) over the weekly limit of %1.", "", len(over)).replace(
                "%1", self._hours(load.limit_minutes)
            )
        ]
        if load.budget_minutes is not None:
            parts.append(
                self.tr("%n week(s) past the volunteering budget of %1.", "", len(past)).replace(
                    "%1", self._hours(load.budget_minutes)
                )
            )
        parts.append(self.tr("%n rest week(s) without work.", "", len(rest)))
        if over:
            heaviest = max(over, key=lambda w: w.total_minutes)
            parts.append(
                self.tr("The heaviest was the week of %1, with %2.")
                .replace("%1", date_text(heaviest.week_start))
                .replace("%2", self._hours(heaviest.total_minutes))
            )
        return " ".join(parts)

    def week_text(self, week: WeekLoad) -> str:
        """One week in words: its tooltip."""
        load = self._load
        assert load is not None
        title = self.tr("Week of %1").replace("%1", date_text(week.week_start))
        if load.is_to_come(week) and not week.total_minutes:
            return title + "\n" + self.tr("Still to come")
        if not week.total_minutes:
            return title + "\n" + self.tr("Rest week: no work logged")
        lines = [
            title,
            self.tr("Paid work: %1").replace("%1", self._hours(week.professional_minutes)),
            self.tr("Volunteering: %1").replace("%1", self._hours(week.volunteer_minutes)),
            self.tr("Together: %1").replace("%1", self._hours(week.total_minutes)),
        ]
        if week.overloaded:
            lines.append(
                self.tr("Over the weekly limit of %1").replace(
                    "%1", self._hours(week.limit_minutes)
                )
            )
        if load.budget_minutes is not None and week.volunteer_minutes > load.budget_minutes:
            lines.append(
                self.tr("Past the volunteering budget of %1").replace(
                    "%1", self._hours(load.budget_minutes)
                )
            )
        return "\n".join(lines)

    def _legend(self) -> list[tuple[str, str]]:
        """(what the swatch draws, words) of each item of the legend."""
        load = self._load
        assert load is not None
        items = [
            ("paid", self.tr("Paid work")),
            ("volunteer", self.tr("Volunteering")),
            (
                "over",
                self.tr("Over the limit (%1)").replace("%1", self._hours(load.limit_minutes)),
            ),
        ]
        if load.budget_minutes is not None:
            items.append(
                (
                    "budget",
                    self.tr("Past the volunteering budget (%1)").replace(
                        "%1", self._hours(load.budget_minutes)
                    ),
                )
            )
        items.append(("rest", self.tr("Rest week")))
        return items

    # --- geometry -------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802
        """Override of QWidget.sizeHint: 53 columns wide enough to point at, and a legend."""
        return QSize(760, self._height_for(760))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Override of QWidget.minimumSizeHint."""
        return QSize(420, self._height_for(420))

    def _legend_rows(self, width: int) -> list[list[tuple[str, str, int]]]:
        """The legend's items, flowed into rows that fit ``width``."""
        if self._load is None:
            return []
        metrics = self.fontMetrics()
        rows: list[list[tuple[str, str, int]]] = [[]]
        x = _LEFT
        for kind, words in self._legend():
            item = 18 + metrics.horizontalAdvance(words) + 18
            if rows[-1] and x + item > width - _RIGHT:
                rows.append([])
                x = _LEFT
            rows[-1].append((kind, words, x))
            x += item
        return rows

    def _height_for(self, width: int) -> int:
        legend = len(self._legend_rows(width)) if self._load else 1
        return _TOP + _PLOT + _MONTHS + legend * _LEGEND_ROW + 6

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        """Override of QWidget.resizeEvent: the legend flows into as many rows as it needs."""
        height = self._height_for(self.width())
        if self.height() != height:
            self.setFixedHeight(height)
        super().resizeEvent(event)  # type: ignore[arg-type]

    def _plot(self) -> QRectF:
        return QRectF(_LEFT, _TOP, self.width() - _LEFT - _RIGHT, _PLOT)

    def _column(self, index: int) -> QRectF:
        plot = self._plot()
        count = len(self._load.weeks) if self._load else 1
        step = plot.width() / count
        return QRectF(plot.left() + index * step, plot.top(), step, plot.height())

    def _week_at(self, point: QPoint) -> int:
        if self._load is None or not self._plot().adjusted(0, -_TOP, 0, 0).contains(point):
            return -1
        plot = self._plot()
        index = int((point.x() - plot.left()) / (plot.width() / len(self._load.weeks)))
        return index if 0 <= index < len(self._load.weeks) else -1

    # --- drawing --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Override of QWidget.paintEvent."""
        load = self._load
        if load is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        plot = self._plot()
        painter.fillRect(plot, palette.color(QPalette.ColorRole.Base))
        top = max([w.total_minutes for w in load.weeks] + [load.limit_minutes]) * 1.12
        self._draw_scale(painter, plot, top, load)
        for index, week in enumerate(load.weeks):
            self._draw_week(painter, index, week, top, load)
        self._draw_months(painter, load)
        self._draw_legend(painter)
        if self._current >= 0 and self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._column(self._current).adjusted(0, -_TOP + 2, 0, 0))
        painter.end()

    def _y(self, minutes: float, top: float) -> float:
        plot = self._plot()
        return plot.bottom() - plot.height() * minutes / top

    def _draw_scale(self, painter: QPainter, plot: QRectF, top: float, load: YearLoad) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(text)
        metrics = self.fontMetrics()
        for minutes in (0, load.limit_minutes):
            y = self._y(minutes, top)
            label = self.tr("%1 h").replace("%1", str(round(minutes / 60)))
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, _LEFT - 6, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
        pen = QPen(text, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        y = self._y(load.limit_minutes, top)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    def _draw_week(
        self, painter: QPainter, index: int, week: WeekLoad, top: float, load: YearLoad
    ) -> None:
        palette = self.palette()
        paid, given = kind_colors(palette)
        column = self._column(index)
        width = max(column.width() * 0.72, 2.0)
        left = column.center().x() - width / 2
        base = self._plot().bottom()
        if not week.total_minutes:
            if not load.is_to_come(week):  # a rest week: a hatched block on the base line
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
                painter.setBrush(
                    QBrush(palette.color(QPalette.ColorRole.Mid), Qt.BrushStyle.BDiagPattern)
                )
                painter.drawRect(QRectF(left, base - 8, width, 8))
            return
        paid_top = self._y(week.professional_minutes, top)
        total_top = self._y(week.total_minutes, top)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillRect(QRectF(left, paid_top, width, base - paid_top), paid)
        painter.fillRect(QRectF(left, total_top, width, paid_top - total_top), given)
        marker_y = total_top - 4
        text = palette.color(QPalette.ColorRole.WindowText)
        if week.overloaded:
            painter.setPen(QPen(text, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left, total_top, width, base - total_top))
            self._triangle(painter, column.center().x(), marker_y, text)
            marker_y -= 9
        if load.budget_minutes is not None and week.volunteer_minutes > load.budget_minutes:
            self._circle(painter, column.center().x(), marker_y, text)

    @staticmethod
    def _triangle(painter: QPainter, x: float, bottom: float, color: QColor) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(
            QPolygonF([QPointF(x - 4, bottom), QPointF(x + 4, bottom), QPointF(x, bottom - 7)])
        )

    @staticmethod
    def _circle(painter: QPainter, x: float, bottom: float, color: QColor) -> None:
        painter.setPen(QPen(color, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(x, bottom - 3.5), 3.2, 3.2)

    def _draw_months(self, painter: QPainter, load: YearLoad) -> None:
        """Each month's short name under the week that holds its first day."""
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        y = self._plot().bottom() + 2
        for index, week in enumerate(load.weeks):
            for offset in range(7):
                day = QDate(week.week_start.year, week.week_start.month, week.week_start.day)
                day = day.addDays(offset)
                if day.day() == 1 and day.year() == load.year:
                    name = QLocale().standaloneMonthName(
                        day.month(), QLocale.FormatType.ShortFormat
                    )
                    painter.drawText(
                        QRectF(self._column(index).left(), y, 60, _MONTHS),
                        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                        name,
                    )

    def _draw_legend(self, painter: QPainter) -> None:
        palette = self.palette()
        paid, given = kind_colors(palette)
        text = palette.color(QPalette.ColorRole.WindowText)
        y = self._plot().bottom() + _MONTHS + 4
        for row in self._legend_rows(self.width()):
            for kind, words, x in row:
                swatch = QRectF(x, y + 4, 12, 12)
                if kind in ("paid", "volunteer"):
                    painter.fillRect(swatch, paid if kind == "paid" else given)
                elif kind == "over":
                    painter.setPen(QPen(text, 2))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(swatch.adjusted(1, 4, -1, 0))
                    self._triangle(painter, swatch.center().x(), swatch.top() + 3, text)
                elif kind == "budget":
                    self._circle(painter, swatch.center().x(), swatch.bottom() - 2, text)
                else:
                    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
                    painter.setBrush(
                        QBrush(palette.color(QPalette.ColorRole.Mid), Qt.BrushStyle.BDiagPattern)
                    )
                    painter.drawRect(swatch.adjusted(0, 4, 0, 0))
                painter.setPen(text)
                painter.drawText(
                    QRectF(x + 18, y, 1000, _LEGEND_ROW),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    words,
                )
            y += _LEGEND_ROW

    # --- pointing at a week ---------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Override of QWidget.event: the tooltip of the week under the mouse."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._week_at(event.pos())
            if index >= 0 and self._load is not None:
                QToolTip.showText(event.globalPos(), self.week_text(self._load.weeks[index]), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Override of QWidget.keyPressEvent: Left and Right step through the weeks, each
        said in words (its tooltip, and the accessible description)."""
        load = self._load
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if load is None or step is None:
            super().keyPressEvent(event)
            return
        start = self._current if self._current >= 0 else self._today_index(load) - step
        self._current = min(max(start + step, 0), len(load.weeks) - 1)
        words = self.week_text(load.weeks[self._current])
        self.setAccessibleDescription(words)
        column = self._column(self._current)
        QToolTip.showText(self.mapToGlobal(column.center().toPoint()), words, self)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Override of QWidget.focusOutEvent: back to the year's summary."""
        self.setAccessibleDescription(self.summary())
        self.update()
        super().focusOutEvent(event)

    @staticmethod
    def _today_index(load: YearLoad) -> int:
        """The week holding today (or the year's last week, for a past year)."""
        begun = [i for i, w in enumerate(load.weeks) if not load.is_to_come(w)]
        return begun[-1] if begun else 0
