"""okuvol-csv (DESIGN.md): the ledger's entries as UTF-8 CSV, written and read back losslessly.

The first eleven columns are the ones DESIGN.md fixes, in its order; the ones after them carry
what a lossless round trip needs (zone, place, skills, people served, the review).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Generator, Iterable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import EntryLine
from okuvol_desktop.interchange.parsing import (
    Columns,
    ColumnSpec,
    FileRefused,
    LineError,
    csv_lines,
    parse_clock,
    parse_day,
    row_hash,
)
from okuvol_desktop.interchange.rows import ImportedRow, ReadSettings, RowProblem, SkippedRow

FORMAT = "okuvol-csv"
HEADER = (
    "date", "start", "end", "minutes", "person", "organisation", "kind", "role", "category",
    "description", "status",
    "timezone", "location", "skills", "beneficiaries", "reviewer", "reviewed_at", "review_note",
)  # fmt: skip
_REQUIRED = frozenset(HEADER[:11]) - {"start", "end", "category", "description", "status"}
_SPECS = tuple(ColumnSpec(name, (name,), required=name in _REQUIRED) for name in HEADER)
_SKILL_SEPARATOR = ";"
_KINDS = {k.value: k for k in WorkKind}
_STATUSES = {s.value: s for s in EntryStatus}


# A spreadsheet runs a cell that starts with one of these as a formula: =HYPERLINK(...) sends
# the file's data away, +cmd|... starts a program (OWASP, "CSV injection"). Such a cell is
# written after an apostrophe, which spreadsheets show as text and okuvol's own reader takes
# away again; a cell that starts with an apostrophe gets one more, so that the round trip is
# exact.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
_QUOTE = "'"


def defused(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def restored(cell: str) -> str:
    """The cell as written before defused()."""
    if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS):
        return cell[1:]
    return cell


def _cells(line: EntryLine) -> list[str]:
    return [defused(cell) for cell in _plain_cells(line)]


def _plain_cells(line: EntryLine) -> list[str]:
    entry = line.entry
    return [
        entry.date.isoformat(),
        f"{entry.start:%H:%M}" if entry.start else "",
        f"{entry.end:%H:%M}" if entry.end else "",
        str(entry.minutes),
        line.person_name,
        line.organisation_name,
        entry.kind.value,
        line.role_title,
        line.category.key if line.category else "",
        entry.description or "",
        entry.status.value,
        entry.timezone,
        entry.location or "",
        _SKILL_SEPARATOR.join(entry.skills),
        "" if entry.beneficiaries is None else str(entry.beneficiaries),
        entry.reviewer or "",
        entry.reviewed_at.isoformat() if entry.reviewed_at else "",
        entry.review_note or "",
    ]


def write(lines: Iterable[EntryLine], out: TextIO) -> int:
    """Write the header and one record per entry; returns how many entries were written."""
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180
    writer.writerow(HEADER)
    count = 0
    for line in lines:
        writer.writerow(_cells(line))
        count += 1
    return count


def _choice(text: str, enum: type[WorkKind] | type[EntryStatus], column: str) -> object:
    try:
        return enum(text.strip().lower())
    except ValueError as exc:
        allowed = " or ".join(member.value for member in enum)
        raise LineError(
            "the {column} '{text}' is not one of {allowed}",
            column=column,
            text=text,
            allowed=allowed,
        ) from exc


def _row(
    pick: Callable[[list[str]], tuple[str, ...]], line: int, cells: list[str]
) -> ImportedRow | SkippedRow:
    (
        day_text, start_text, end_text, minutes_text, person, organisation, kind, role,
        category, description, status, timezone, location, skills, beneficiaries, reviewer,
        reviewed_at, review_note,
    ) = pick(cells)  # fmt: skip
    if _QUOTE in (person[:1], organisation[:1], role[:1], description[:1], location[:1],
                  skills[:1], reviewer[:1], review_note[:1], category[:1]):  # fmt: skip
        person, organisation, role, description, location, skills, reviewer, review_note, \
            category = map(restored, (person, organisation, role, description, location,
                                      skills, reviewer, review_note, category))  # fmt: skip
    day = parse_day(day_text, "date")
    start = parse_clock(start_text, "start") if start_text else None
    end = parse_clock(end_text, "end") if end_text else None
    try:
        minutes = int(minutes_text)
    except ValueError as exc:
        raise LineError("the minutes '{text}' are not a whole number", text=minutes_text) from exc
    if minutes == 0 and start is None:
        return SkippedRow(line, "short")
    try:
        reviewed = datetime.fromisoformat(reviewed_at) if reviewed_at else None
        served = int(beneficiaries) if beneficiaries else None
    except ValueError as exc:
        raise LineError("the review time or the people served cannot be read") from exc
    return ImportedRow(
        line=line,
        source_id=row_hash(FORMAT, cells),
        day=day,
        minutes=minutes,
        start=start,
        end=end,
        person=person or None,
        organisation=organisation or None,
        role=role or None,
        kind=_KINDS.get(kind) or _choice(kind, WorkKind, "kind"),  # type: ignore[arg-type]
        category=category or None,
        description=description or None,
        location=location or None,
        skills=tuple(s.strip() for s in skills.split(_SKILL_SEPARATOR) if s.strip())
        if skills
        else (),
        beneficiaries=served,
        status=(_STATUSES.get(status) or _choice(status, EntryStatus, "status"))  # type: ignore[arg-type]
        if status
        else None,
        timezone=timezone or None,
        reviewer=reviewer or None,
        reviewed_at=reviewed,
        review_note=review_note or None,
    )


def columns(path: Path) -> Columns:
    """The header of ``path`` matched against okuvol-csv's columns."""
    for _line, header in csv_lines(path, FORMAT):
        return Columns(header, _SPECS, FORMAT)
    raise FileRefused("{file} is empty.", file=path.name)


def read(
    path: Path, settings: ReadSettings
) -> Generator[ImportedRow | RowProblem | SkippedRow, None, None]:
    """Every record of an okuvol-csv file, in order."""
    del settings  # the file names each row's zone; rows without one take the import's
    lines = csv_lines(path, FORMAT)
    first = next(lines, None)
    if first is None:
        raise FileRefused("{file} is empty.", file=path.name)
    pick = Columns(first[1], _SPECS, FORMAT).picker(HEADER)
    for line, cells in lines:
        try:
            yield _row(pick, line, cells)
        except LineError as error:
            yield RowProblem(line, error.text)
