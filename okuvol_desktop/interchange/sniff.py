"""Guessing a file's format from its first bytes, so the import wizard can suggest one."""

from __future__ import annotations

from pathlib import Path

from okuvol_desktop.interchange.parsing import delimiter_of, normalise_header, table_lines

_PEEK = 4096


def _head(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            return handle.read(_PEEK).decode("utf-8-sig", errors="replace")
    except OSError:
        return ""


def _workbook_header(path: Path) -> list[str]:
    try:
        for _line, header in table_lines(path, "workbook"):
            return header
    except Exception:  # noqa: BLE001 - a guess: any trouble means "no idea"
        return []
    return []


def guess_format(path: Path) -> str | None:
    """The import format the file looks like, or None when it looks like none of them."""
    head = _head(path)
    if head.startswith("PK\x03\x04"):  # an Excel workbook: its first row names the columns
        head = ",".join(_workbook_header(path))
    text = head.lstrip()
    if not text:
        return None
    first = text.splitlines()[0]
    raw = [c.strip().strip('"') for c in first.split(delimiter_of(first))]
    columns = {normalise_header(c) for c in raw}
    after_bracket = text[1:].lstrip()
    # The first rule that holds names the format; JSON and Timewarrior's text come first.
    rules = (
        (text.startswith("{") and '"okuvol-json"' in text[:200], "okuvol-json"),
        (text.startswith("inc "), "timewarrior"),
        (text.startswith("[") and (after_bracket.startswith("[") or '"stop"' in text), "watson"),
        (text.startswith("["), "timewarrior"),
        (text.startswith("{") and '"start"' in text and '"project"' in text, "watson"),
        (text.strip() == "{}", "watson"),  # its state file, with nothing running
        ("\n\n[" in head and ":" in first, "timewarrior"),  # an extension's input
        ({"date", "start", "end", "minutes", "person"} <= columns, "okuvol-csv"),
        ({"start", "stop", "project"} <= columns, "watson"),
        # Only Clockify has groups, starts with Project, and writes "Start Date" (Toggl:
        # "Start date").
        ({"start date", "start time", "group"} <= columns, "clockify"),
        ({"start date", "start time"} <= columns and "Start Date" in raw, "clockify"),
        ({"start date", "start time"} <= columns, "toggl"),
        (bool(columns & {"from", "von"} and columns & {"to", "bis"}), "kimai"),
    )
    return next((name for holds, name in rules if holds), None)
