"""Charts of the yearly summaries: a month-by-month bar chart of professional and volunteer
hours, approved and pending, and the calendar of weekly load."""

from __future__ import annotations

from datetime import timedelta

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from okuvol_desktop.domain.load import YearLoad
from okuvol_desktop.reports.data import ReviewSplit
from okuvol_desktop.reports.fonts import SANS
from okuvol_desktop.reports.styles import ACCENT, INK, MUTED, PAID
from okuvol_desktop.reports.texts import month_name, number, text


def _pale(color: colors.Color) -> colors.Color:
    """The colour of hours awaiting review: the kind's colour, lighter."""
    return colors.linearlyInterpolatedColor(color, colors.white, 0, 1, 0.6)


def monthly_chart(
    months: tuple[ReviewSplit, ...], language: str, width: float, height: float = 190
) -> Drawing:
    """Two bars a month, paid work beside volunteer work; each bar stacks the approved hours
    and, paler on top, the hours awaiting review."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 24
    chart.width, chart.height = width - 50, height - 66
    chart.data = [
        [m.professional_approved / 60 for m in months],
        [m.professional_pending / 60 for m in months],
        [m.volunteer_approved / 60 for m in months],
        [m.volunteer_pending / 60 for m in months],
    ]
    # Series 0 and 1 stack into the professional bar, 2 and 3 into the volunteer bar.
    chart.categoryAxis.style = "mixed"
    chart.seriesOrder = [[0, 1], [2, 3]]
    series_colors = [PAID, _pale(PAID), ACCENT, _pale(ACCENT)]
    for index, color in enumerate(series_colors):
        chart.bars[index].fillColor = color
    chart.bars.strokeColor = None
    chart.barSpacing, chart.groupSpacing = 1, 6
    chart.categoryAxis.categoryNames = [
        month_name(int(m.label), language, short=True) for m in months
    ]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max(
        (max(m.professional, m.volunteer) / 60 for m in months),
        default=0.0,
    )
    chart.valueAxis.valueMax = max(10.0, top * 1.1)
    chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = MUTED
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 40, height - 6
    legend.fontName, legend.fontSize = SANS, 8
    legend.alignment = "right"
    legend.columnMaximum = 2
    legend.dx = legend.dy = 7
    legend.deltax = (width - 60) / 2
    legend.deltay = 11
    approved, pending = text(language, "approved"), text(language, "pending")
    professional, volunteer = text(language, "professional"), text(language, "volunteer")
    legend.colorNamePairs = [
        (series_colors[0], f"{professional}: {approved.lower()}"),
        (series_colors[1], f"{professional}: {pending.lower()}"),
        (series_colors[2], f"{volunteer}: {approved.lower()}"),
        (series_colors[3], f"{volunteer}: {pending.lower()}"),
    ]
    drawing.add(legend)
    return drawing


def _hatched(x: float, y: float, width: float, height: float) -> Group:
    """A box crossed by diagonal lines: a rest week, told by its pattern, not its colour."""
    group = Group(Rect(x, y, width, height, fillColor=None, strokeColor=MUTED, strokeWidth=0.4))
    steps = max(int(width // 2.5), 1)
    for n in range(steps + 1):
        x0 = x + n * width / steps
        group.add(Line(x0, y, min(x0 + height, x + width), y + min(height, x + width - x0)))
        group.contents[-1].strokeColor, group.contents[-1].strokeWidth = MUTED, 0.4
    return group


def _triangle(x: float, y: float) -> Polygon:
    """The mark above a week over the limit (beside its outline)."""
    return Polygon([x - 2.4, y, x + 2.4, y, x, y + 4], fillColor=INK, strokeColor=None)


def _circle(x: float, y: float) -> Circle:
    """The mark above a week past the volunteering budget."""
    return Circle(x, y + 2, 1.9, fillColor=None, strokeColor=INK, strokeWidth=0.7)


def week_hours(minutes: int, language: str) -> str:
    """A weekly limit or budget in hours: "48", or "7.5" ("7,5") when not whole."""
    return number(minutes / 60, language, 0 if minutes % 60 == 0 else 1)


def load_calendar(load: YearLoad, language: str, width: float, height: float = 150) -> Drawing:
    """Every week of the year as a column: paid work and volunteering stacked, weeks over the
    limit outlined and marked with a triangle, weeks past the volunteering budget with a
    circle, rest weeks hatched; a dashed line at the limit, and a legend of every mark."""
    drawing = Drawing(width, height)
    left, top_room = 34, 14
    rows = _legend_rows(_legend_items(load, language), left, width)
    bottom = 12 + _LEGEND_ROW * len(rows) + 12  # the months' names, then the legend's rows
    plot_w, plot_h = width - left - 4, height - bottom - top_room
    scale = max([w.total_minutes for w in load.weeks] + [load.limit_minutes]) * 1.1
    step = plot_w / len(load.weeks)
    bar = max(step * 0.7, 1.0)

    def y_of(minutes: float) -> float:
        return bottom + plot_h * minutes / scale

    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=MUTED, strokeWidth=0.5))
    limit_y = y_of(load.limit_minutes)
    drawing.add(
        Line(
            left,
            limit_y,
            left + plot_w,
            limit_y,
            strokeColor=INK,
            strokeWidth=0.5,
            strokeDashArray=[2, 2],
        )
    )
    for value, y in ((0, bottom), (load.limit_minutes // 60, limit_y)):
        drawing.add(
            String(
                left - 3,
                y - 2.5,
                text(language, "load_hours", hours=value),
                fontName=SANS,
                fontSize=7,
                textAnchor="end",
                fillColor=INK,
            )
        )
    for index, week in enumerate(load.weeks):
        x = left + index * step + (step - bar) / 2
        centre = x + bar / 2
        if not week.total_minutes:
            if not load.is_to_come(week):
                drawing.add(_hatched(x, bottom, bar, 6))
            continue
        paid_top, total_top = y_of(week.professional_minutes), y_of(week.total_minutes)
        drawing.add(Rect(x, bottom, bar, paid_top - bottom, fillColor=PAID, strokeColor=None))
        drawing.add(
            Rect(x, paid_top, bar, total_top - paid_top, fillColor=ACCENT, strokeColor=None)
        )
        mark_y = total_top + 1.5
        if week.overloaded:
            drawing.add(
                Rect(
                    x,
                    bottom,
                    bar,
                    total_top - bottom,
                    fillColor=None,
                    strokeColor=INK,
                    strokeWidth=1,
                )
            )
            drawing.add(_triangle(centre, mark_y))
            mark_y += 5
        if load.budget_minutes is not None and week.volunteer_minutes > load.budget_minutes:
            drawing.add(_circle(centre, mark_y))
    for index, week in enumerate(load.weeks):
        firsts = [week.week_start + timedelta(days=d) for d in range(7)]
        first = next((d for d in firsts if d.day == 1 and d.year == load.year), None)
        if first is not None:
            drawing.add(
                String(
                    left + index * step,
                    bottom - 9,
                    month_name(first.month, language, short=True),
                    fontName=SANS,
                    fontSize=7,
                    fillColor=INK,
                )
            )
    _load_legend(drawing, rows, bottom - 24)
    return drawing


def _legend_items(load: YearLoad, language: str) -> list[tuple[str, str]]:
    """(the mark, its words) of each item of the calendar's legend."""
    items = [
        ("paid", text(language, "load_paid")),
        ("volunteer", text(language, "load_volunteer")),
        ("over", text(language, "load_over", hours=week_hours(load.limit_minutes, language))),
    ]
    if load.budget_minutes is not None:
        budget = week_hours(load.budget_minutes, language)
        items.append(("budget", text(language, "load_budget", hours=budget)))
    items.append(("rest", text(language, "load_rest")))
    return items


_LEGEND_FONT, _LEGEND_ROW = 7.5, 11


def _legend_rows(
    items: list[tuple[str, str]], x: float, right: float
) -> list[list[tuple[str, str, float]]]:
    """The items flowed into rows that end before ``right``, each with its left edge."""
    rows: list[list[tuple[str, str, float]]] = [[]]
    at = x
    for kind, words in items:
        size = 10 + stringWidth(words, SANS, _LEGEND_FONT) + 12
        if rows[-1] and at + size - 12 > right:
            rows.append([])
            at = x
        rows[-1].append((kind, words, at))
        at += size
    return rows


def _load_legend(drawing: Drawing, rows: list[list[tuple[str, str, float]]], y: float) -> None:
    """The legend under the months, row by row: a swatch or mark, then its words."""
    for row in rows:
        for kind, words, x in row:
            if kind in ("paid", "volunteer"):
                colour = PAID if kind == "paid" else ACCENT
                drawing.add(Rect(x, y, 7, 7, fillColor=colour, strokeColor=None))
            elif kind == "over":
                drawing.add(Rect(x, y, 7, 5, fillColor=None, strokeColor=INK, strokeWidth=1))
                drawing.add(_triangle(x + 3.5, y + 5.5))
            elif kind == "budget":
                drawing.add(_circle(x + 3.5, y + 1))
            else:
                drawing.add(_hatched(x, y, 7, 7))
            drawing.add(
                String(x + 10, y + 0.5, words, fontName=SANS, fontSize=_LEGEND_FONT, fillColor=INK)
            )
        y -= _LEGEND_ROW
