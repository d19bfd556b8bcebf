"""Small flowables of the documents: user text in any script, a signature line, a QR code."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, FrameBreak, KeepTogether, Table

from okuvol_desktop.reports.fonts import SANS, SANS_BOLD
from okuvol_desktop.reports.styles import INK, stylesheet
from okuvol_desktop.reports.textlayout import Layout, Line


def draw_lines(
    canvas: Canvas,
    lines: list[Line],
    *,
    x: float,
    top: float,
    width: float,
    size: float,
    leading: float,
    alignment: int,
) -> None:
    """Draw laid out lines from ``top`` down, aligned in a box ``width`` points wide."""
    text = canvas.beginText()
    for number, line in enumerate(lines):
        # The first baseline one font size below the top, as ReportLab's Paragraph puts it,
        # so that user text and the document's own words line up in a table row.
        baseline = top - size - number * leading
        if alignment == TA_CENTER:
            left = x + (width - line.width) / 2
        elif alignment == TA_RIGHT:
            left = x + width - line.width
        else:
            left = x
        for run in line.runs:
            text.setTextOrigin(left, baseline)
            text.setFont(run.font, size)
            text.textOut(run.drawn)
            left += run.width
    canvas.drawText(text)


class UserText(Flowable):
    """Text that a user typed (a name, an organisation, a role), in any script, wrapped to
    the width it is given and aligned as its style says.

    Use it instead of a Paragraph for anything a user typed: it picks a font per script,
    shapes Arabic and Indic text, orders right-to-left runs, and breaks long names between
    letters when they have no spaces (reports/textlayout.py). It takes no markup, so nothing
    needs escaping.

    Args:
        text: the text; None or empty takes no room.
        style: size, leading, colour, alignment and space around (bold when its font is
            the bold one).
        base: 0 for a sentence of the document's language with user text inside, so that
            it reads left to right; None takes the direction from the text itself.
        min_size: let the text get smaller, down to this size, rather than break a word
            (a name without spaces) between letters or take more than ``max_lines`` lines.
            A name that stays on one line also reads back whole from the PDF's text.
        max_lines: the most lines the text should take at a size of ``min_size`` or more.
    """

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        *,
        base: int | None = None,
        min_size: float | None = None,
        max_lines: int | None = None,
    ) -> None:
        super().__init__()
        self.style = style
        self._bold = style.fontName == SANS_BOLD
        self._base = base
        self._min_size = min_size
        self._max_lines = max_lines
        self.layout = Layout(text, style.fontSize, bold=self._bold, base=base)
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.lines: list[Line] = []
        self.width = self.height = 0.0

    @property
    def text(self) -> str:
        """The text as laid out (composed, spaces collapsed)."""
        return self.layout.text

    @property
    def size(self) -> float:
        """The font size the text is drawn in (smaller than the style's if it had to shrink)."""
        return self.layout.size

    @property
    def leading(self) -> float:
        """The distance between baselines, shrunk with the size."""
        return self.style.leading * self.layout.size / self.style.fontSize

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Override of Flowable.wrap: the lines for this width; takes the whole width."""
        if self._min_size is not None and self.layout.atoms:
            self.layout = self._fitted(available_width, self._min_size)
        self.lines = self.layout.lines(available_width)
        self.width = available_width
        self.height = len(self.lines) * self.leading
        return self.width, self.height

    def _fits(self, layout: Layout, width: float) -> bool:
        if any(layout.width(atom.start, atom.end) > width for atom in layout.atoms):
            return False  # a word would break between letters
        return self._max_lines is None or len(layout.lines(width)) <= self._max_lines

    def _fitted(self, width: float, smallest: float) -> Layout:
        """The layout at the largest size, in steps of a quarter point, that fits."""
        text, largest = self.layout.text, self.style.fontSize

        def at(size: float) -> Layout:
            return Layout(text, size, bold=self._bold, base=self._base)

        full = self.layout if self.layout.size == largest else at(largest)
        if self._fits(full, width):
            return full
        low, high = 0, int((largest - smallest) * 4)  # quarter points above the smallest
        while low < high:
            middle = (low + high + 1) // 2
            if self._fits(at(smallest + middle / 4), width):
                low = middle
            else:
                high = middle - 1
        return at(smallest + low / 4)

    def draw(self) -> None:
        """Override of Flowable.draw."""
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.style.textColor)
        draw_lines(
            canvas,
            self.lines,
            x=0,
            top=self.height,
            width=self.width,
            size=self.size,
            leading=self.leading,
            alignment=self.style.alignment,
        )
        canvas.restoreState()


class SignatureLine(Flowable):
    """Room to sign, a line, and the signatory's name and title beneath it (any script, as
    many lines as they need)."""

    _ROOM = 30  # points above the line for the signature itself

    def __init__(self, name: str | None, title: str | None, width: float = 200) -> None:
        super().__init__()
        small = stylesheet()["small"]
        self._name = UserText(name, stylesheet()["signatory"])
        self._title = UserText(
            title, ParagraphStyle("signatory_title", parent=small, alignment=TA_CENTER)
        )
        self.width = width
        self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Override of Flowable.wrap: the given width, as tall as the name and title."""
        below = self._name.wrap(self.width, available_height)[1]
        below += self._title.wrap(self.width, available_height)[1]
        self.height = self._ROOM + 4 + below
        return self.width, self.height

    def draw(self) -> None:
        """Override of Flowable.draw."""
        canvas = self.canv
        title_height = self._title.height
        line_y = self._name.height + title_height + 4
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.7)
        canvas.line(0, line_y, self.width, line_y)
        self._name.drawOn(canvas, 0, title_height)
        self._title.drawOn(canvas, 0, 0)


# Bytes a QR code of each version (1 to 40) holds at error correction level M, byte mode
# (ISO/IEC 18004, table 7); a version has 17 + 4 * version modules a side.
_QR_BYTES_M = (
    14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624,
    666, 711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809,
    1911, 1989, 2099, 2213, 2331,
)  # fmt: skip
_QR_MODULE = 0.42 * mm  # phones read squares of this size on paper; scanners at 150 dpi too


def qr_side(value: str, smallest: float) -> float:
    """How big a QR code of ``value`` must be printed for its squares to stay readable: at
    least ``smallest``, more for a long code (a long name makes a long verification code)."""
    length = len(value.encode("utf-8"))
    version = next((v for v, fits in enumerate(_QR_BYTES_M, start=1) if length <= fits), 40)
    return max(smallest, (17 + 4 * version + 8) * _QR_MODULE)  # 4 quiet modules each side


def qr_code(value: str, size: float) -> Drawing:
    """ReportLab's own QR code widget in a square drawing of ``size`` points.

    The widget is given its size rather than scaled from getBounds(), which would encode the
    code a second time (that doubled the cost of a certificate).
    """
    # The drawing's font is never used (a QR code has no text) but is set on the page, and
    # the default, Helvetica, would be listed without being embedded.
    drawing = Drawing(size, size, initialFontName=SANS)
    drawing.add(QrCodeWidget(value, barLevel="M", barWidth=size, barHeight=size))
    return drawing


_UNLIMITED = 1e6  # points: a height no table here reaches


class KeepWithStart(KeepTogether):
    """A heading kept with the start of what follows it, so that no heading is left alone at
    the foot of a page.

    If the heading and the first ``rows`` rows of the table below it (or the whole of any other
    flowable) do not fit in what is left of the frame, both move to the next one; otherwise
    the table flows on and splits across pages as usual, its header repeated.
    """

    def __init__(self, heading: Flowable, body: Flowable, rows: int = 2) -> None:
        super().__init__([heading, body])
        self._heading, self._body, self._rows = heading, body, rows

    def _start_height(self, width: float, height: float) -> float:
        heading = self._heading.wrap(width, height)[1] + self._heading.getSpaceAfter()
        if isinstance(self._body, Table):
            # Table keeps its row heights from wrap(); the header rows and the first rows.
            # A long table stops measuring rows below the height it is offered, so it gets
            # room enough to measure the rows asked for.
            self._body.wrap(width, _UNLIMITED)
            first = self._body._rowHeights[: self._body.repeatRows + self._rows]
            body_height = sum(h or 0.0 for h in first)
        else:
            body_height = self._body.wrap(width, height)[1]
        return heading + self._body.getSpaceBefore() + body_height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Override of KeepTogether.split: a frame break first when the start cannot fit."""
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        if not at_top and self._start_height(available_width, available_height) > available_height:
            return [FrameBreak(), self._heading, self._body]
        return [self._heading, self._body]
