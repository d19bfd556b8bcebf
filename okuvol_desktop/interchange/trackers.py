"""CSV exports of Toggl Track, Clockify and Kimai: a row per span of work, in local time.

How each maps onto the ledger (also in README.md):

=============  ===============  ===============  ==================================
okuvol         Toggl            Clockify         Kimai
=============  ===============  ===============  ==================================
person         User             User             Name, else User (Benutzer)
organisation   Client           Client           Customer (Kunde)
role title     Project          Project          Project (Projekt)
description    Task — Desc.     Task — Desc.     Activity — Description
skills         Tags             Tags             Tags (Schlagworte)
kind           Billable: Yes -> professional; a tag "volunteer" -> volunteer
times          Start/End date and time           Date, From, To
=============  ===============  ===============  ==================================

None of them has a time zone: times are read as local time in the zone of the import.
Durations are recomputed from start and end, never taken from the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from okuvol_desktop.interchange.parsing import (
    Columns,
    ColumnSpec,
    FileRefused,
    LineError,
    csv_lines,
    kind_from,
    local_span,
    parse_clock,
    parse_day,
    row_hash,
    split_tags,
    without_kind_words,
)
from okuvol_desktop.interchange.rows import ImportedRow, RowProblem, SkippedRow

ReadItem = ImportedRow | RowProblem | SkippedRow

_TRACKER_COLUMNS = (
    ColumnSpec("user", ("user", "benutzer")),
    ColumnSpec("name", ("name",)),
    ColumnSpec("client", ("client", "customer", "kunde")),
    ColumnSpec("project", ("project", "projekt")),
    ColumnSpec("task", ("task", "activity", "tätigkeit")),
    ColumnSpec("description", ("description", "beschreibung")),
    ColumnSpec("tags", ("tags", "schlagworte")),
    ColumnSpec("billable", ("billable", "abrechenbar")),
)
_SPLIT_COLUMNS = (
    ColumnSpec("start_date", ("start date",), required=True),
    ColumnSpec("start_time", ("start time",), required=True),
    ColumnSpec("end_date", ("end date",)),
    ColumnSpec("end_time", ("end time",), required=True),
)
_KIMAI_COLUMNS = (
    ColumnSpec("date", ("date", "datum"), required=True),
    ColumnSpec("from", ("from", "von"), required=True),
    ColumnSpec("to", ("to", "bis"), required=True),
)


def _describe(task: str, description: str) -> str | None:
    if task and description:
        return f"{task} — {description}"
    return task or description or None


def _split_span(columns: Columns, cells: list[str]) -> tuple[datetime, datetime]:
    day = parse_day(columns.get(cells, "start_date"), "start date")
    end_day = (
        parse_day(columns.get(cells, "end_date"), "end date")
        if columns.get(cells, "end_date")
        else day
    )
    start = datetime.combine(day, parse_clock(columns.get(cells, "start_time"), "start time"))
    end = datetime.combine(end_day, parse_clock(columns.get(cells, "end_time"), "end time"))
    if not columns.get(cells, "end_date") and end < start:
        end += timedelta(days=1)  # no end date and an earlier clock: past midnight
    return start, end


def _kimai_moment(text: str, day: datetime, column: str) -> datetime:
    cleaned = text.strip()
    if " " in cleaned or "T" in cleaned:  # some versions write the whole date and time
        date_part, _, clock = cleaned.replace("T", " ").partition(" ")
        return datetime.combine(parse_day(date_part, column), parse_clock(clock, column))
    return datetime.combine(day.date(), parse_clock(cleaned, column))


def _kimai_span(columns: Columns, cells: list[str]) -> tuple[datetime, datetime]:
    day = datetime.combine(parse_day(columns.get(cells, "date"), "date"), datetime.min.time())
    start = _kimai_moment(columns.get(cells, "from"), day, "from")
    end = _kimai_moment(columns.get(cells, "to"), day, "to")
    if end < start and end.date() == start.date():
        end += timedelta(days=1)
    return start, end


@dataclass(frozen=True, slots=True)
class TrackerCsv:
    """One tracker's CSV: its name, its time columns, and how its person is named."""

    format: str
    title: str
    time_columns: tuple[ColumnSpec, ...]
    span: Callable[[Columns, list[str]], tuple[datetime, datetime]]
    person_columns: tuple[str, ...] = ("user",)

    def columns(self, path: Path) -> Columns:
        """The header of ``path`` matched against this tracker's columns."""
        for _line, header in csv_lines(path, self.title):
            return Columns(header, _TRACKER_COLUMNS + self.time_columns, self.title)
        raise FileRefused("{file} is empty.", file=path.name)

    def read(self, path: Path, timezone: str) -> Iterator[ReadItem]:
        """Every row of the file, in order: an entry, a problem, or a row left out."""
        del timezone  # these files carry no zone: their times are the import's local time
        lines = csv_lines(path, self.title)
        first = next(lines, None)
        if first is None:
            raise FileRefused("{file} is empty.", file=path.name)
        columns = Columns(first[1], _TRACKER_COLUMNS + self.time_columns, self.title)
        for line, cells in lines:
            try:
                yield self._row(columns, line, cells)
            except LineError as error:
                yield RowProblem(line, error.text)

    def _row(self, columns: Columns, line: int, cells: list[str]) -> ImportedRow | SkippedRow:
        start, end = self.span(columns, cells)
        span = local_span(start, end)
        if span is None:
            return SkippedRow(line, "zero-length")
        tags = split_tags(columns.get(cells, "tags"))
        person = next(
            (columns.get(cells, c) for c in self.person_columns if columns.get(cells, c)), ""
        )
        return ImportedRow(
            line=line,
            source_id=row_hash(self.format, cells),
            day=span.day,
            minutes=span.minutes,
            start=span.start,
            end=span.end,
            person=person or None,
            organisation=columns.get(cells, "client") or None,
            role=columns.get(cells, "project") or None,
            kind=kind_from(tags, columns.get(cells, "billable")),
            description=_describe(columns.get(cells, "task"), columns.get(cells, "description")),
            skills=without_kind_words(tags),
        )


TOGGL = TrackerCsv("toggl", "Toggl", _SPLIT_COLUMNS, _split_span)
CLOCKIFY = TrackerCsv("clockify", "Clockify", _SPLIT_COLUMNS, _split_span)
KIMAI = TrackerCsv("kimai", "Kimai", _KIMAI_COLUMNS, _kimai_span, ("name", "user"))
