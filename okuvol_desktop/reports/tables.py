"""Tables shared by the summaries: a header row repeated on every page, numbers on the right."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Paragraph, Table, TableStyle

from okuvol_desktop.reports.styles import RULE, stylesheet


def table(
    rows: Sequence[Sequence[str]], widths: Sequence[float | None], numeric: Sequence[int] = ()
) -> Table:
    """A table of markup cells whose first row is a header repeated across pages."""
    styles = stylesheet()
    cells = [
        [
            Paragraph(
                f"<b>{cell}</b>" if r == 0 else cell,
                styles["cell_right" if c in numeric else "cell"],
            )
            for c, cell in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    result = Table(cells, colWidths=list(widths), repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return result


def totals_table(rows: Sequence[tuple[str, str]]) -> Table:
    """Label and figure pairs, figures aligned on the right."""
    styles = stylesheet()
    result = Table(
        [
            [Paragraph(label, styles["body"]), Paragraph(f"<b>{value}</b>", styles["cell_right"])]
            for label, value in rows
        ],
        colWidths=[None, 170],
    )
    result.setStyle(
        TableStyle(
            [("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        )
    )
    return result
