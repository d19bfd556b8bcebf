"""Guessing a file's format from its first bytes, so the import wizard can suggest one."""

from __future__ import annotations

from pathlib import Path

from okuvol_desktop.interchange.parsing import normalise_header

_PEEK = 4096


def _head(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            return handle.read(_PEEK).decode("utf-8-sig", errors="replace")
    except OSError:
        return ""


def guess_format(path: Path) -> str | None:
    """The import format the file looks like, or None when it looks like none of them."""
    head = _head(path)
    text = head.lstrip()
    if not text:
        return None
    first = text.splitlines()[0]
    columns = {normalise_header(c.strip('"')) for c in first.split(",")}
    after_bracket = text[1:].lstrip()
    # The first rule that holds names the format; JSON and Timewarrior's text come first.
    rules = (
        (text.startswith("{") and '"okuvol-json"' in text[:200], "okuvol-json"),
        (text.startswith("inc "), "timewarrior"),
        (text.startswith("[") and (after_bracket.startswith("[") or '"stop"' in text), "watson"),
        (text.startswith("["), "timewarrior"),
        (text.startswith("{") and '"start"' in text and '"project"' in text, "watson"),
        ("\n\n[" in head and ":" in first, "timewarrior"),  # an extension's input
        ({"date", "start", "end", "minutes", "person"} <= columns, "okuvol-csv"),
        ({"start", "stop", "project"} <= columns, "watson"),
        ({"start date", "start time", "group"} <= columns, "clockify"),  # only it has groups
        ({"start date", "start time"} <= columns, "toggl"),
        (bool(columns & {"from", "von"} and columns & {"to", "bis"}), "kimai"),
    )
    return next((name for holds, name in rules if holds), None)
