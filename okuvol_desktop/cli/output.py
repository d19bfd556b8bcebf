"""Printing results: aligned tables for people, JSON for scripts."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO


def _width(text: str) -> int:
    """Columns a text takes in a terminal: CJK characters take two, combining marks none."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def print_table(out: TextIO, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Columns padded to the widest cell; an empty table says so instead of printing headers."""
    if not rows:
        out.write("(none)\n")
        return
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        padded = [cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)]
        out.write("  ".join(padded).rstrip() + "\n")


def print_json(out: TextIO, document: Any) -> None:
    """JSON with names in their own script (not \\u escapes), two-space indent."""
    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def print_listing(
    out: TextIO,
    items: Sequence[Any],
    *,
    as_json: bool,
    to_json: Any,
    headers: Sequence[str],
    to_row: Any,
) -> None:
    """A listing as JSON (``to_json(item)`` each) or as a table (``to_row(item)`` each)."""
    if as_json:
        print_json(out, [to_json(item) for item in items])
    else:
        print_table(out, headers, [to_row(item) for item in items])
