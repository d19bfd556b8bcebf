"""Printing a PDF document: each page drawn to fit the printer's paper, in a worker.

Qt allows painting on a QPrinter outside the GUI thread; the worker opens its own
QPdfDocument on the file, so the preview in the window is never touched from two threads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from okuvol_desktop.domain.progress import Cancelled, NoProgress, Progress

# Pages are drawn as images. 300 dots per inch is what office printers resolve; the
# printer's own "high resolution" (often 1200 dpi) would make a 550 MB image of an A4 page.
PRINT_DPI = 300
_POINTS_PER_INCH = 72


def print_pdf(path: Path, printer: QPrinter, progress: Progress | None = None) -> int:
    """Print every page of the PDF at ``path``; returns how many pages were printed.

    Each page keeps its proportions and is centred in the printable area, so an A4
    certificate prints whole on Letter paper and the other way round. Cancelling through
    ``progress`` aborts the print job (a printer may already hold the pages sent).

    Raises:
        Cancelled: the user stopped printing.
        OSError: the file could not be read as a PDF.
    """
    progress = progress or NoProgress()
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise OSError(f"cannot read {path} as a PDF")
    pages = document.pageCount()
    painter = QPainter()
    if pages == 0 or not painter.begin(printer):
        return 0
    done = 0
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(pages):
            if progress.cancelled():
                printer.abort()
                raise Cancelled
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(
                round(points.width() * PRINT_DPI / _POINTS_PER_INCH),
                round(points.height() * PRINT_DPI / _POINTS_PER_INCH),
            )
            image = document.render(page, size)
            scale = min(area.width() / size.width(), area.height() / size.height())
            width, height = size.width() * scale, size.height() * scale
            target = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
            # A rendered page is transparent where the PDF paints nothing; some printer
            # drivers print transparency black, so the page goes down on white.
            painter.fillRect(target, Qt.GlobalColor.white)
            painter.drawImage(target, image)
            done += 1
            progress.report(done, pages)
    finally:
        painter.end()
        document.close()
    return done
