"""Small flowables of the documents: a signature line and a QR code."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from okuvol_desktop.reports.fonts import SANS_BOLD, rich
from okuvol_desktop.reports.styles import INK, stylesheet


class SignatureLine(Flowable):
    """A line to sign on, with the signatory's name and title beneath it (any script)."""

    def __init__(self, name: str | None, title: str | None, width: float = 200) -> None:
        super().__init__()
        small = stylesheet()["small"]
        centred = ParagraphStyle("signature", parent=small, alignment=TA_CENTER)
        self._name = Paragraph(
            rich(name),
            ParagraphStyle(
                "signatory", parent=centred, fontName=SANS_BOLD, fontSize=10, textColor=INK
            ),
        )
        self._title = Paragraph(rich(title), centred)
        self.width = width
        self.height = 50

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Override of Flowable.wrap: a fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Override of Flowable.draw."""
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.7)
        canvas.line(0, 34, self.width, 34)
        for paragraph, y in ((self._name, 18), (self._title, 4)):
            paragraph.wrap(self.width, 20)
            paragraph.drawOn(canvas, 0, y)


def qr_code(value: str, size: float) -> Drawing:
    """ReportLab's own QR code widget in a square drawing of ``size`` points.

    The widget is given its size rather than scaled from getBounds(), which would encode the
    code a second time (that doubled the cost of a certificate).
    """
    drawing = Drawing(size, size)
    drawing.add(QrCodeWidget(value, barLevel="M", barWidth=size, barHeight=size))
    return drawing
