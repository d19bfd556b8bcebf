"""Guessing a file's format from its first bytes, so the import wizard can suggest one."""

from __future__ import annotations

from pathlib import Path

from okuvol_desktop.interchange.parsing import normalise_header

_PEEK = 4096


def guess_format(path: Path) -> str | None:
    """The import format the file looks like, or None when it looks like none of them."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_PEEK).decode("utf-8-sig", errors="replace")
    except OSError:
        return None
    stripped = head.lstrip()
    if not stripped:
        return None
    if stripped.startswith("{") and '"okuvol-json"' in stripped[:200]:
        return "okuvol-json"
    if stripped.startswith("inc "):
        return "timewarrior"
    if stripped.startswith("["):
        return (
            "watson"
            if stripped[1:].lstrip().startswith("[") or '"stop"' in stripped
            else "timewarrior"
        )
    if '"start"' in stripped and '"project"' in stripped:
        return "watson"  # the state file
    if "\n\n[" in head and ":" in head.split("\n", 1)[0]:
        return "timewarrior"  # an extension's input: settings, a blank line, JSON
    first = stripped.splitlines()[0]
    columns = {normalise_header(c.strip('"')) for c in first.split(",")}
    if {"date", "start", "end", "minutes", "person"} <= columns:
        return "okuvol-csv"
    if {"start", "stop", "project"} <= columns:
        return "watson"
    if {"start date", "start time"} <= columns:
        return "clockify" if "group" in columns else "toggl"  # only Clockify has user groups
    if columns & {"from", "von"} and columns & {"to", "bis"}:
        return "kimai"
    return None
