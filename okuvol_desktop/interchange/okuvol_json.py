"""okuvol-json: the whole ledger as one versioned JSON document.

    {"format": "okuvol-json", "version": 1, "schema": "<migration>", "exported_at": "...",
     "tables": {"person": [{...}, ...], "organisation": [...], ..., "entry": [...]}}

Rows are written one per line as they are read, so writing a large ledger needs little
memory. Organisations carry their certificate signing keys, so that certificates issued
before keep verifying and new ones are signed by the same key: keep the file as safely as a
backup.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from okuvol_desktop.interchange.parsing import FileRefused, parse_json, read_text

FORMAT = "okuvol-json"
VERSION = 1


def write(
    out: TextIO,
    *,
    schema: str,
    exported_at: datetime,
    tables: Iterable[tuple[str, Iterable[dict[str, Any]]]],
    on_row: Callable[[], None] = lambda: None,
) -> None:
    """Write the document, a table at a time and a row per line."""
    head = {"format": FORMAT, "version": VERSION, "schema": schema}
    out.write(json.dumps(head, ensure_ascii=False)[:-1])
    out.write(f', "exported_at": {json.dumps(exported_at.isoformat())}, "tables": {{')
    for number, (name, rows) in enumerate(tables):
        out.write(("," if number else "") + f"\n {json.dumps(name)}: [")
        for index, row in enumerate(rows):
            out.write(("," if index else "") + "\n  " + json.dumps(row, ensure_ascii=False))
            on_row()
        out.write("\n ]")
    out.write("\n}}\n")


def read(path: Path) -> tuple[str, dict[str, list[dict[str, Any]]]]:
    """The schema revision and the tables of a document.

    Raises:
        FileRefused: the file is not an okuvol-json document this version can read.
    """
    text = read_text(path, FORMAT)
    if not text.strip():
        raise FileRefused("{file} is empty.", file=path.name)
    document = parse_json(text, path.name)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise FileRefused("{file} is not an okuvol-json document.", file=path.name)
    version = document.get("version")
    if version != VERSION:
        raise FileRefused(
            "{file} is okuvol-json version {version}; this okuvol reads version {supported}.",
            file=path.name,
            version=str(version)[:20],
            supported=VERSION,
        )
    tables = document.get("tables")
    if not isinstance(tables, dict) or not all(isinstance(rows, list) for rows in tables.values()):
        raise FileRefused(
            "{file} says it is okuvol-json, but its tables are not a list of rows each, as "
            "okuvol writes them.",
            file=path.name,
        )
    return str(document.get("schema", "")), tables
