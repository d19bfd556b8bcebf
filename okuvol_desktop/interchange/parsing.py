"""Reading the cells of other programs' files: headers by name, dates and times in their forms."""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from okuvol_desktop.domain.errors import Message, OkuvolError
from okuvol_desktop.domain.kinds import WorkKind

MINUTES_IN_A_DAY = 24 * 60
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y")
_CLOCK_FORMATS = ("%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M:%S %p")
# Tags and flags that say which kind of work a row is (the rest become skills).
_VOLUNTEER_WORDS = frozenset({"volunteer", "volunteering", "relawan", "sukarela"})
_PROFESSIONAL_WORDS = frozenset({"professional", "paid", "billable", "profesional"})


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


def csv_lines(path: Path, what: str) -> Iterator[tuple[int, list[str]]]:
    """The records of a CSV file with the line each starts on, header first.

    Raises:
        FileRefused: the file is not UTF-8 text or not CSV.
    """
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            previous = 0
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


def read_text(path: Path, what: str) -> str:
    """A whole small file as text (JSON and Timewarrior data are read at once)."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileRefused(
            "{file} is not a {what} file: it is not text in UTF-8.", file=path.name, what=what
        ) from exc


@lru_cache(maxsize=8_192)  # big files repeat their dates and times: each is read once
def parse_day(text: str, column: str) -> date:
    """A date as ISO, ``MM/DD/YYYY`` (Clockify) or ``DD.MM.YYYY``."""
    if len(text) == 10 and text[4] == "-":  # ISO, the common case, without strptime's cost
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise LineError(
        "the {column} '{text}' is not a date (write 2026-03-02 or 03/02/2026)",
        column=column,
        text=text,
    )


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


@dataclass(frozen=True, slots=True)
class LocalSpan:
    """A span in local wall-clock time, cut to whole minutes."""

    day: date
    start: time
    end: time
    minutes: int


def local_span(start: datetime, end: datetime) -> LocalSpan | None:
    """The span from ``start`` to ``end`` (naive, local); None when it is shorter than a minute.

    Seconds are dropped from both ends, as the ledger keeps whole minutes.

    Raises:
        LineError: the span ends before it starts or is longer than a day.
    """
    start_minute = start.replace(second=0, microsecond=0)
    end_minute = end.replace(second=0, microsecond=0)
    minutes = int((end_minute - start_minute) / timedelta(minutes=1))
    if end < start:
        raise LineError(
            "it ends ({end}) before it starts ({start})",
            end=end.isoformat(sep=" ", timespec="minutes"),
            start=start.isoformat(sep=" ", timespec="minutes"),
        )
    if minutes == 0:
        return None
    if minutes > MINUTES_IN_A_DAY:
        raise LineError(
            "it lasts {hours} hours; an entry is at most 24 hours", hours=round(minutes / 60, 1)
        )
    return LocalSpan(start.date(), start_minute.time(), end_minute.time(), minutes)


def split_tags(text: str) -> list[str]:
    """``"Development, Backend"`` -> ``["Development", "Backend"]``."""
    return [tag.strip() for tag in text.split(",") if tag.strip()]


def kind_from(words: Sequence[str], billable: str = "") -> WorkKind | None:
    """The kind of work that tags or a billable flag say, if they say one."""
    lowered = {w.strip().lower() for w in words}
    if lowered & _VOLUNTEER_WORDS:
        return WorkKind.VOLUNTEER
    if lowered & _PROFESSIONAL_WORDS or billable.strip().lower() in ("yes", "true", "1", "ja"):
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
