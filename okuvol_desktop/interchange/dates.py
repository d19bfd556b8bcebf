"""Dates as other programs write them, and which of day and month comes first in a file.

Clockify and spreadsheet programs write dates in the order their user chose: ``03/02/2026`` is
3 February for one and 2 March for another. The order is decided once for a whole file, from
its own evidence: a first number above 12 can only be a day, a second number above 12 only a
day too (the month then comes first). A file whose dates could be read either way is refused
until the person importing says which (``--date-order``); a file whose dates contradict each
other is refused outright. ISO dates (2026-02-03) say it themselves; dates with dots
(03.02.2026) are day first wherever they are written, unless the file shows otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import lru_cache

from okuvol_desktop.interchange.parsing import FileRefused, LineError


class DateOrder(StrEnum):
    """Which comes first in a date: day, month, or year (ISO)."""

    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


# 3/2/2026, 03-02-26, 3.2.2026 (year last); 2026/02/03, 2026-2-3 (year first)
_YEAR_LAST = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$")
_YEAR_FIRST = re.compile(r"^(\d{4})([./-])(\d{1,2})\2(\d{1,2})$")


@dataclass(slots=True)
class DateEvidence:
    """What the dates of a file say about their order.

    Attributes:
        day_first: The first line whose date can only be day first (13/02/2026), if any.
        month_first: The first line whose date can only be month first (02/13/2026), if any.
        ambiguous: The first line, and its date, that reads both ways (03/02/2026), if any.
        dotted: Whether the ambiguous dates are written with dots (day first by custom).
    """

    day_first: tuple[int, str] | None = None
    month_first: tuple[int, str] | None = None
    ambiguous: tuple[int, str] | None = None
    dotted: bool = True
    year_last: bool = False  # any date not in ISO order at all
    seen: set[str] = field(default_factory=set)

    def add(self, line: int, text: str) -> None:
        """Take one date cell into account (each distinct text once)."""
        if text in self.seen:
            return
        self.seen.add(text)
        match = _YEAR_LAST.match(text.strip())
        if match is None:
            return
        self.year_last = True
        first, separator, second = int(match.group(1)), match.group(2), int(match.group(3))
        if first > 12 and second <= 12:
            self.day_first = self.day_first or (line, text)
        elif second > 12 and first <= 12:
            self.month_first = self.month_first or (line, text)
        elif first <= 12 and second <= 12 and first != second:
            self.ambiguous = self.ambiguous or (line, text)
            self.dotted = self.dotted and separator == "."


@dataclass(frozen=True, slots=True)
class UnknownDateOrder:
    """A file whose dates read both ways: a sample and its two readings, to ask about."""

    line: int
    text: str
    day_first: date
    month_first: date


class DateOrderNeeded(FileRefused):
    """The file's dates read both ways; the person importing must say which order it uses."""

    def __init__(self, sample: UnknownDateOrder) -> None:
        super().__init__(
            "The dates of this file can be read day first or month first: line {line} says "
            "{text}, which is {day_first} one way and {month_first} the other. Say which with "
            "--date-order dmy (day first) or --date-order mdy (month first).",
            line=sample.line,
            text=sample.text,
            day_first=sample.day_first.isoformat(),
            month_first=sample.month_first.isoformat(),
        )
        self.sample = sample


def decide(evidence: DateEvidence, given: DateOrder | None) -> DateOrder:
    """The order to read a file's dates in: the one given, else the file's own.

    Raises:
        FileRefused: the dates contradict each other, or contradict the order given.
        DateOrderNeeded: they read both ways and no order was given.
    """
    if evidence.day_first and evidence.month_first:
        raise FileRefused(
            "The dates of this file are written in two orders: line {day_line} has {day_text} "
            "(day first) and line {month_line} has {month_text} (month first). Make them one "
            "order, then import again.",
            day_line=evidence.day_first[0],
            day_text=evidence.day_first[1],
            month_line=evidence.month_first[0],
            month_text=evidence.month_first[1],
        )
    found = DateOrder.DMY if evidence.day_first else DateOrder.MDY if evidence.month_first else None
    if given is not None:
        if found is not None and given not in (found, DateOrder.YMD):
            line, text = evidence.day_first or evidence.month_first or (0, "")
            raise FileRefused(
                "--date-order {given} does not fit this file: line {line} has {text}, which "
                "can only be {found}.",
                given=given.value,
                line=line,
                text=text,
                found="day first" if found is DateOrder.DMY else "month first",
            )
        return given
    if found is not None:
        return found
    if evidence.ambiguous is not None and not evidence.dotted:
        line, text = evidence.ambiguous
        raise DateOrderNeeded(
            UnknownDateOrder(
                line,
                text,
                parse_date(text, DateOrder.DMY, "date"),
                parse_date(text, DateOrder.MDY, "date"),
            )
        )
    if not evidence.year_last:
        return DateOrder.YMD  # only ISO dates: they say it themselves
    return DateOrder.DMY  # dates that read the same both ways, or dots (day first by custom)


def evidence_of(cells: Iterable[tuple[int, str]]) -> DateEvidence:
    """The evidence of a file's date cells (line, text)."""
    evidence = DateEvidence()
    for line, text in cells:
        if text:
            evidence.add(line, text)
    return evidence


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


@lru_cache(maxsize=8_192)  # big files repeat their dates: each is read once
def parse_date(text: str, order: DateOrder, column: str) -> date:
    """A date as ISO or in ``order`` (with slashes, dots or dashes; two-digit years are 20xx).

    Raises:
        LineError: the text is not a date in that order.
    """
    cleaned = text.strip()
    try:
        if len(cleaned) == 10 and cleaned[4] == "-":
            return date.fromisoformat(cleaned)
        first = _YEAR_FIRST.match(cleaned)
        if first is not None:
            return date(int(first.group(1)), int(first.group(3)), int(first.group(4)))
        last = _YEAR_LAST.match(cleaned)
        if last is not None:
            a, b, year = int(last.group(1)), int(last.group(3)), _year(last.group(4))
            day, month = (a, b) if order is not DateOrder.MDY else (b, a)
            return date(year, month, day)
    except ValueError:
        pass
    if order is DateOrder.MDY:
        raise LineError(
            "the {column} '{text}' is not a date (this file's dates are month/day/year)",
            column=column,
            text=text,
        )
    if order is DateOrder.YMD:
        raise LineError(
            "the {column} '{text}' is not a date (this file's dates are year-month-day)",
            column=column,
            text=text,
        )
    raise LineError(
        "the {column} '{text}' is not a date (this file's dates are day/month/year)",
        column=column,
        text=text,
    )
