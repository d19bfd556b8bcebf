"""Exports of Toggl Track, Clockify and Kimai (CSV, or an Excel workbook): a row per span of
work, in local time.

How each maps onto the ledger (also in README.md):

=============  ===============  ===============  ==================================
okuvol         Toggl            Clockify         Kimai
=============  ===============  ===============  ==================================
person         User             User             Name, else User (Benutzer)
organisation   Client           Client           Customer (Kunde)
role title     Project          Project          Project (Projekt)
description    Task — Desc.     Task — Desc.     Activity — Description
skills         Tags             Tags             Tags (Schlagworte)
kind           a tag "volunteer" -> volunteer; Billable yes -> professional
times          Start/End date and time           Date, From, To
=============  ===============  ===============  ==================================

None of them has a time zone: times are read as local time in the zone of the import. The
order of day and month in their dates is decided for the whole file (interchange.dates).
Spans keep their seconds here; the ledger's rule for them is applied when they are imported.
Kimai's columns and values follow its own export code (ColumnConverter, CsvRenderer,
XlsxRenderer of kimai/kimai): translated headers, ``Y-m-d`` dates, ``H:i`` times, billable
as 1 or empty in CSV and true/false in a workbook, and a totals row at the end of a workbook.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from okuvol_desktop.interchange.dates import DateOrder, decide, evidence_of, parse_date
from okuvol_desktop.interchange.parsing import (
    Columns,
    ColumnSpec,
    FileRefused,
    LineError,
    is_billable,
    kind_from,
    parse_clock,
    row_hash,
    split_tags,
    table_lines,
    without_kind_words,
)
from okuvol_desktop.interchange.rows import ImportedRow, ReadSettings, RowProblem, SkippedRow

ReadItem = ImportedRow | RowProblem | SkippedRow

_TRACKER_COLUMNS = (
    ColumnSpec("user", ("user", "benutzer", "username")),
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
    ColumnSpec("from", ("from", "von", "begin", "beginn"), required=True),
    ColumnSpec("to", ("to", "bis", "end", "ende"), required=True),
)


def _describe(task: str, description: str) -> str | None:
    if task and description:
        return f"{task} — {description}"
    return task or description or None


def _split_span(columns: Columns, cells: list[str], order: DateOrder) -> tuple[datetime, datetime]:
    day = parse_date(columns.get(cells, "start_date"), order, "start date")
    end_text = columns.get(cells, "end_date")
    end_day = parse_date(end_text, order, "end date") if end_text else day
    start = datetime.combine(day, parse_clock(columns.get(cells, "start_time"), "start time"))
    end = datetime.combine(end_day, parse_clock(columns.get(cells, "end_time"), "end time"))
    if not end_text and end < start:
        end += timedelta(days=1)  # no end date and an earlier clock: past midnight
    return start, end


def _kimai_moment(text: str, day: date, column: str, order: DateOrder) -> datetime:
    cleaned = text.strip()
    if " " in cleaned or "T" in cleaned:  # some versions write the whole date and time
        date_part, _, clock = cleaned.replace("T", " ").partition(" ")
        return datetime.combine(parse_date(date_part, order, column), parse_clock(clock, column))
    return datetime.combine(day, parse_clock(cleaned, column))


def _kimai_span(columns: Columns, cells: list[str], order: DateOrder) -> tuple[datetime, datetime]:
    day = parse_date(columns.get(cells, "date"), order, "date")
    start = _kimai_moment(columns.get(cells, "from"), day, "from", order)
    end = _kimai_moment(columns.get(cells, "to"), day, "to", order)
    if end < start and end.date() == start.date():
        end += timedelta(days=1)  # Kimai writes the times of a span past midnight alone
    return start, end


def _is_totals_row(columns: Columns, cells: list[str], time_fields: list[str]) -> bool:
    """A row with no date or time and nothing but numbers: the totals Kimai and spreadsheet
    programs put at the foot of a workbook."""
    if any(columns.get(cells, field) for field in time_fields):
        return False
    return all(_is_number(cell) for cell in cells if cell.strip())


def _is_number(text: str) -> bool:
    try:
        float(text.replace(":", "").replace(",", "."))
    except ValueError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class TrackerCsv:
    """One tracker's export: its name, its time columns, and how its person is named."""

    format: str
    title: str
    time_columns: tuple[ColumnSpec, ...]
    span: Callable[[Columns, list[str], DateOrder], tuple[datetime, datetime]]
    date_fields: tuple[str, ...]
    person_columns: tuple[str, ...] = ("user",)

    def _header(self, path: Path) -> tuple[Columns, Iterator[tuple[int, list[str]]]]:
        lines = table_lines(path, self.title)
        first = next(lines, None)
        if first is None:
            raise FileRefused("{file} is empty.", file=path.name)
        return Columns(first[1], _TRACKER_COLUMNS + self.time_columns, self.title), lines

    def columns(self, path: Path) -> Columns:
        """The header of ``path`` matched against this tracker's columns."""
        columns, lines = self._header(path)
        lines.close()  # type: ignore[attr-defined]
        return columns

    def date_order(self, path: Path, given: DateOrder | None) -> DateOrder:
        """The order of day and month in the file's dates, decided from all of them.

        Raises:
            FileRefused: the dates contradict each other or the order given.
            DateOrderNeeded: they read both ways and no order was given.
        """
        columns, lines = self._header(path)
        pick = columns.picker(self.date_fields)
        cells = (
            (line, text.split(" ")[0].split("T")[0]) for line, row in lines for text in pick(row)
        )
        return decide(evidence_of(cells), given)

    def read(self, path: Path, settings: ReadSettings) -> Generator[ReadItem, None, None]:
        """Every row of the file, in order: an entry, a problem, or a row left out."""
        order = settings.date_order or DateOrder.DMY
        columns, lines = self._header(path)
        time_fields = [spec.field for spec in self.time_columns]
        for line, cells in lines:
            if _is_totals_row(columns, cells, time_fields):
                continue
            try:
                yield self._row(columns, line, cells, order)
            except LineError as error:
                yield RowProblem(line, error.text)

    def _row(
        self, columns: Columns, line: int, cells: list[str], order: DateOrder
    ) -> ImportedRow | SkippedRow:
        start, end = self.span(columns, cells, order)
        if end < start:
            raise LineError(
                "it ends ({end}) before it starts ({start})",
                end=end.isoformat(sep=" ", timespec="minutes"),
                start=start.isoformat(sep=" ", timespec="minutes"),
            )
        tags = split_tags(columns.get(cells, "tags"))
        person = next(
            (columns.get(cells, c) for c in self.person_columns if columns.get(cells, c)), ""
        )
        return ImportedRow(
            line=line,
            source_id=row_hash(self.format, cells),
            day=None,
            minutes=0,
            began=start,
            ended=end,
            person=person or None,
            organisation=columns.get(cells, "client") or None,
            role=columns.get(cells, "project") or None,
            kind=kind_from(tags, is_billable(columns.get(cells, "billable"))),
            description=_describe(columns.get(cells, "task"), columns.get(cells, "description")),
            skills=without_kind_words(tags),
        )


TOGGL = TrackerCsv("toggl", "Toggl Track", _SPLIT_COLUMNS, _split_span, ("start_date", "end_date"))
CLOCKIFY = TrackerCsv(
    "clockify", "Clockify", _SPLIT_COLUMNS, _split_span, ("start_date", "end_date")
)
KIMAI = TrackerCsv("kimai", "Kimai", _KIMAI_COLUMNS, _kimai_span, ("date",), ("name", "user"))
