"""A month-by-month bar chart of professional and volunteer hours, approved and pending."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from okuvol_desktop.reports.data import ReviewSplit
from okuvol_desktop.reports.fonts import SANS
from okuvol_desktop.reports.styles import ACCENT, MUTED, PAID
from okuvol_desktop.reports.texts import month_name, text


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
