"""Reading the cells of other programs' files: headers by name, dates and times in their forms."""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from okuvol_desktop.domain.errors import Message, OkuvolError
from okuvol_desktop.domain.kinds import WorkKind

_CLOCK_FORMATS = ("%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M:%S %p")
# Tags and flags that say which kind of work a row is (the rest become skills).
_VOLUNTEER_WORDS = frozenset({"volunteer", "volunteering", "relawan", "sukarela"})
_PROFESSIONAL_WORDS = frozenset({"professional", "paid", "billable", "profesional"})
# Billable yes and no, as Toggl, Clockify and Kimai write them in their users' languages, and
# as spreadsheets re-save them (TRUE/FALSE, 1/0, WAHR/FALSCH, VRAI/FAUX).
_YES = frozenset({
    "yes", "y", "true", "1", "x", "ja", "oui", "si", "sí", "sim", "ya", "iya", "はい", "是",
    "是的", "예", "네", "да", "tak", "evet", "kyllä", "igen", "ano", "ναι", "כן", "نعم", "wahr",
    "vrai", "verdadero", "vero", "waar",
})  # fmt: skip
_NO = frozenset({
    "no", "n", "false", "0", "nein", "non", "tidak", "bukan", "いいえ", "否", "不", "아니요",
    "아니오", "нет", "nie", "não", "nao", "hayır", "ei", "nem", "ne", "όχι", "לא", "لا",
    "falsch", "faux", "falso", "onwaar",
})  # fmt: skip


class FileRefused(OkuvolError):
    """The file as a whole cannot be read: not text, no header, a header without a column."""


class LineError(Exception):
    """One line is wrong; ``text`` says why, and the reader turns it into a RowProblem."""

    def __init__(self, message: str, /, **params: object) -> None:
        super().__init__(message)
        self.text = Message(message, params)


def normalise_header(name: str) -> str:
    """``"﻿Duration (h)"`` -> ``"duration"``: lower case, no BOM, no trailing bracket."""
    cleaned = name.replace("\ufeff", "").strip().lower()
    cleaned = re.sub(r"\s*\([^)]*\)\s*$", "", cleaned)
    return re.sub(r"\s+", " ", cleaned)


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """A field a reader wants, the names files give its column, and whether it must be there."""

    field: str
    names: tuple[str, ...]
    required: bool = False


class Columns:
    """Where each wanted field stands in a file's header (matched by name, in any order)."""

    def __init__(self, header: Sequence[str], specs: Sequence[ColumnSpec], what: str) -> None:
        positions = {normalise_header(name): i for i, name in reversed(list(enumerate(header)))}
        self.found: dict[str, int] = {}
        self.header = [name.replace("\ufeff", "").strip() for name in header]
        for spec in specs:
            index = next((positions[n] for n in spec.names if n in positions), None)
            if index is not None:
                self.found[spec.field] = index
            elif spec.required:
                raise FileRefused(
                    "The first line of this {what} file has no '{column}' column; it names "
                    "the columns: {header}.",
                    what=what,
                    column=spec.names[0],
                    header=", ".join(self.header)[:200],
                )

    def has(self, field: str) -> bool:
        return field in self.found

    def picker(self, fields: Sequence[str]) -> Callable[[Sequence[str]], tuple[str, ...]]:
        """A function that takes the cells of ``fields`` from a record at once, stripped, with
        "" for a column the file lacks or a record too short (the fast path of big files)."""
        width = len(self.header)
        positions = [self.found.get(field, width) for field in fields]  # width: the padding
        needed = max(positions, default=0) + 1
        take: Callable[[Sequence[str]], tuple[str, ...]] = (
            itemgetter(*positions)  # a tuple when given two positions or more
            if len(positions) > 1
            else lambda cells: tuple(cells[p] for p in positions)
        )

        def pick(cells: Sequence[str]) -> tuple[str, ...]:
            if len(cells) < needed:
                cells = [*cells, *([""] * (needed - len(cells)))]
            return tuple(map(str.strip, take(cells)))

        return pick

    def get(self, cells: Sequence[str], field: str) -> str:
        """The cell of ``field``, stripped; empty when the column or the cell is missing."""
        index = self.found.get(field)
        if index is None or index >= len(cells):
            return ""
        return cells[index].strip()

    def mapping(self) -> dict[str, str]:
        """okuvol field -> the file's column name, for a preview."""
        return {field: self.header[index] for field, index in self.found.items()}


_DELIMITERS = (",", ";", "\t", "|")


def delimiter_of(first_line: str) -> str:
    """The separator a CSV file uses, from its header: the one that splits it into the most
    columns. Spreadsheets in European languages save with semicolons (the comma is their
    decimal mark); some tools write tabs."""
    best, most = ",", 0
    for candidate in _DELIMITERS:
        cells = next(csv.reader([first_line], delimiter=candidate), [])
        if len(cells) > most:
            best, most = candidate, len(cells)
    return best


def _first_line(path: Path) -> str:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for line in handle:
            if line.strip():
                return line
    return ""


def csv_lines(path: Path, what: str) -> Iterator[tuple[int, list[str]]]:
    """The records of a CSV file with the line each starts on, header first (separated by
    commas, semicolons or tabs, whichever the header uses).

    Raises:
        FileRefused: the file is not UTF-8 text or not CSV.
    """
    previous = 0
    try:
        delimiter = delimiter_of(_first_line(path))
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, delimiter=delimiter)
            for cells in reader:
                line, previous = previous + 1, reader.line_num
                if cells and (cells[0].strip() or "".join(cells).strip()):  # not blank
                    yield line, cells
    except UnicodeDecodeError as exc:
        raise FileRefused(
            "{file} is not a {what} file: it is not text in UTF-8.", file=path.name, what=what
        ) from exc
    except csv.Error as exc:
        raise FileRefused(
            "{file} is not a {what} file: line {line} cannot be read as CSV ({reason}).",
            file=path.name,
            what=what,
            line=previous + 1,
            reason=str(exc),
        ) from exc


def _is_workbook(path: Path) -> bool:
    """Whether the file is an Excel workbook (a ZIP archive: XLSX starts "PK")."""
    with path.open("rb") as handle:
        return handle.read(4) == b"PK\x03\x04"


def _cell_text(value: object) -> str:
    """A workbook cell as the text a CSV export would hold: dates in ISO, booleans as yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _workbook_lines(path: Path, what: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of the first sheet of an XLSX workbook, as text, with their row numbers.

    Kimai and Clockify export Excel workbooks besides CSV; openpyxl reads them (read-only:
    a row at a time). Rows without any value (and Kimai's totals row, which has no date)
    are the caller's to pass over.
    """
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise FileRefused(
            "{file} is not a {what} file: it looks like a workbook but cannot be opened "
            "({reason}).",
            file=path.name,
            what=what,
            reason=str(exc)[:120],
        ) from exc
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v) for v in values]
            if "".join(cells).strip():
                yield number, cells
    finally:
        book.close()


def table_lines(path: Path, what: str) -> Iterator[tuple[int, list[str]]]:
    """The records of a CSV file or an Excel workbook, with their line or row numbers."""
    if _is_workbook(path):
        yield from _workbook_lines(path, what)
    else:
        yield from csv_lines(path, what)


def read_text(path: Path, what: str) -> str:
    """A whole small file as text (JSON and Timewarrior data are read at once)."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileRefused(
            "{file} is not a {what} file: it is not text in UTF-8.", file=path.name, what=what
        ) from exc


def parse_json(text: str, file: str, first_line: int = 1) -> Any:
    """A JSON document, or FileRefused naming the file and the line at fault. A document nested
    100,000 deep or holding a number of 100,000 digits is refused like any broken one."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileRefused(
            "{file} is not complete JSON (line {line}: {reason}).",
            file=file,
            line=first_line + exc.lineno - 1,
            reason=exc.msg,
        ) from exc
    except RecursionError as exc:
        raise FileRefused(
            "{file} nests its values far deeper than an export of time does.", file=file
        ) from exc
    except ValueError as exc:  # Python reads no integer of more than 4,300 digits
        raise FileRefused(
            "{file} holds a number of thousands of digits, which no export of time has.", file=file
        ) from exc


@lru_cache(maxsize=8_192)  # big files repeat their dates: each is read once
def parse_day(text: str, column: str) -> date:
    """An ISO date (2026-03-02), as okuvol's own files write them.

    Other programs' dates, in orders their users chose, are read by interchange.dates.
    """
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise LineError(
            "the {column} '{text}' is not a date (write 2026-03-02)", column=column, text=text
        ) from None


@lru_cache(maxsize=8_192)
def parse_clock(text: str, column: str) -> time:
    """A time of day in 24 h or 12 h form, with or without seconds."""
    if len(text) in (5, 8) and text[2] == ":":  # HH:MM or HH:MM:SS, the common case
        try:
            return time.fromisoformat(text)
        except ValueError:
            pass
    cleaned = re.sub(r"\s+", " ", text.strip()).upper()
    for pattern in _CLOCK_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).time()
        except ValueError:
            continue
    raise LineError(
        "the {column} '{text}' is not a time of day (write 14:30 or 2:30 PM)",
        column=column,
        text=text,
    )


def split_tags(text: str) -> list[str]:
    """``"Development, Backend"`` -> ``["Development", "Backend"]``."""
    return [tag.strip() for tag in text.split(",") if tag.strip()]


def is_billable(text: str) -> bool | None:
    """What a Billable cell says: yes, no, or nothing (an empty cell).

    Trackers write it in their user's language, and spreadsheets as TRUE/FALSE or 1/0.

    Raises:
        LineError: a word that is neither yes nor no.
    """
    word = text.strip().lower()
    if not word:
        return None
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise LineError("the Billable '{text}' says neither yes nor no", text=text.strip())


def kind_from(words: Sequence[str], billable: bool | None = None) -> WorkKind | None:
    """The kind of work that tags or a billable flag say, if they say one: a tag that says
    volunteer first, then a billable row is professional; "not billable" says nothing (unpaid
    work is not always volunteering: the person importing says with --kind)."""
    lowered = {w.strip().lower() for w in words}
    if lowered & _VOLUNTEER_WORDS:
        return WorkKind.VOLUNTEER
    if lowered & _PROFESSIONAL_WORDS or billable:
        return WorkKind.PROFESSIONAL
    return None


def without_kind_words(tags: Sequence[str]) -> tuple[str, ...]:
    """Tags that are skills, not the kind of work."""
    return tuple(t for t in tags if t.lower() not in _VOLUNTEER_WORDS | _PROFESSIONAL_WORDS)


def row_hash(fmt: str, cells: Sequence[str] | Mapping[str, object]) -> str:
    """A stable id for a row that has none of its own: the same row, the same id."""
    if isinstance(cells, Mapping):
        text = "\x1f".join([fmt, *(f"{k}={v}" for k, v in cells.items())])
    else:
        try:  # a CSV record is text already: the same string, without str() on every cell
            text = "\x1f".join([fmt, *cells])
        except TypeError:  # numbers (Watson's timestamps)
            text = "\x1f".join([fmt, *map(str, cells)])
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
