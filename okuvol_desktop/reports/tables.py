"""Tables of the documents: plain-text cells, user text in any script, headers on every page."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from okuvol_desktop.reports.flowables import UserText
from okuvol_desktop.reports.fonts import SANS
from okuvol_desktop.reports.styles import RULE, stylesheet

# Horizontal padding ReportLab's Table puts on each side of a cell.
CELL_PADDING = 6
# Table sets its cells' default font before drawing them, Helvetica unless told: the cells
# are flowables with fonts of their own, but the unembedded Helvetica would be listed.
CELL_FONT = [("FONT", (0, 0), (-1, -1), SANS, 9)]


def cell(
    value: str,
    *,
    user: bool = False,
    numeric: bool = False,
    bold: bool = False,
    centred: bool = False,
) -> Flowable:
    """One cell: user text through UserText, the document's own words through a Paragraph."""
    styles = stylesheet()
    if user:
        return UserText(value, styles["cell_bold" if bold else "cell"])
    markup = f"<b>{escape(value)}</b>" if bold else escape(value)
    style = "cell_centred" if centred else "cell_right" if numeric else "cell"
    return Paragraph(markup, styles[style])


def fill_widths(widths: Sequence[float | None], total: float) -> list[float]:
    """Column widths with the one None column taking what the others leave of ``total``."""
    fixed = sum(w for w in widths if w is not None)
    free = [i for i, w in enumerate(widths) if w is None]
    share = (total - fixed) / len(free) if free else 0.0
    return [share if w is None else w for w in widths]


def table(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    numeric: Collection[int] = (),
    user: Collection[int] = (),
    header_rows: int = 1,
    spans: Sequence[tuple[int, int, int, int]] = (),
) -> Table:
    """A table of plain-text rows whose first ``header_rows`` repeat on every page.

    Args:
        rows: header rows, then body rows; every cell is plain text (never markup).
        widths: each column's width in points.
        numeric: columns of figures, aligned right.
        user: columns of text a user typed (names, roles), drawn with UserText.
        header_rows: how many rows are headers (bold, repeated on each page).
        spans: (first column, first row, last column, last row) of merged header cells.
    """
    # A header cell spanning several columns (a kind over its two columns) is centred.
    centred = {(c0, r0) for c0, r0, c1, _ in spans if c1 > c0}
    cells = [
        [
            cell(
                value,
                user=c in user and r >= header_rows,
                numeric=c in numeric,
                bold=r < header_rows,
                centred=(c, r) in centred,
            )
            for c, value in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    result = Table(cells, colWidths=list(widths), repeatRows=header_rows)
    commands: list[tuple[object, ...]] = [
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, RULE),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *CELL_FONT,
    ]
    commands += [("SPAN", (c0, r0), (c1, r1)) for c0, r0, c1, r1 in spans]
    result.setStyle(TableStyle(commands))
    return result


def totals_table(rows: Sequence[tuple[str, str]], width: float) -> Table:
    """Label and figure pairs (the document's own words), figures aligned on the right."""
    styles = stylesheet()
    result = Table(
        [
            [
                Paragraph(escape(label), styles["body"]),
                Paragraph(f"<b>{escape(value)}</b>", styles["cell_right"]),
            ]
            for label, value in rows
        ],
        colWidths=[width - 170, 170],
    )
    result.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *CELL_FONT,
            ]
        )
    )
    return result
