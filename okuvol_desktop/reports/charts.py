"""A month-by-month bar chart of professional and volunteer hours."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing

from okuvol_desktop.reports.data import KindSplit
from okuvol_desktop.reports.fonts import SANS
from okuvol_desktop.reports.styles import ACCENT, MUTED, PAID
from okuvol_desktop.reports.texts import month_name, text


def monthly_chart(
    months: tuple[KindSplit, ...], language: str, width: float, height: float = 170
) -> Drawing:
    """Two bars a month, hours of paid work beside hours of volunteer work."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 36
    chart.width, chart.height = width - 50, height - 60
    chart.data = [[m.professional / 60 for m in months], [m.volunteer / 60 for m in months]]
    chart.bars[0].fillColor, chart.bars[1].fillColor = PAID, ACCENT
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
    top = max(max(chart.data[0], default=0), max(chart.data[1], default=0))
    chart.valueAxis.valueMax = max(10.0, top * 1.1)
    chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = MUTED
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 40, height - 8
    legend.fontName, legend.fontSize = SANS, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 150
    legend.colorNamePairs = [
        (PAID, text(language, "professional")),
        (ACCENT, text(language, "volunteer")),
    ]
    drawing.add(legend)
    return drawing
