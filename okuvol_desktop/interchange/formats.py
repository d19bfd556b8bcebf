"""The formats okuvol imports, by the name the command line and the import wizard use."""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

from okuvol_desktop.interchange import okuvol_csv
from okuvol_desktop.interchange.dates import DateOrder
from okuvol_desktop.interchange.parsing import Columns
from okuvol_desktop.interchange.rows import ImportedRow, ReadSettings, RowProblem, SkippedRow
from okuvol_desktop.interchange.timestamped import read_timewarrior, read_watson
from okuvol_desktop.interchange.trackers import CLOCKIFY, KIMAI, TOGGL

ReadItem = ImportedRow | RowProblem | SkippedRow


@dataclass(frozen=True, slots=True)
class ImportFormat:
    """A format: its name, the program it comes from, how to read it.

    Attributes:
        columns: For CSV formats, how the file's header maps onto okuvol's fields (a preview);
            None for formats without a header.
        names_people: Whether the file names people and organisations (else --person/--org).
        date_order: For formats that write dates in their user's order, how to decide it for
            a file (the order given, or the file's own evidence); None where dates are ISO.
    """

    name: str
    title: str
    # A generator: a reader cut short is closed, and closes its file.
    read: Callable[[Path, ReadSettings], Generator[ReadItem, None, None]]
    columns: Callable[[Path], Columns] | None
    names_people: bool
    date_order: Callable[[Path, DateOrder | None], DateOrder] | None = None


FORMATS: dict[str, ImportFormat] = {
    f.name: f
    for f in (
        ImportFormat("okuvol-csv", "okuvol CSV", okuvol_csv.read, okuvol_csv.columns, True),
        *(
            ImportFormat(t.format, f"{t.title} (CSV, Excel)", t.read, t.columns, True, t.date_order)
            for t in (TOGGL, CLOCKIFY, KIMAI)
        ),
        ImportFormat("timewarrior", "Timewarrior", read_timewarrior, None, False),
        ImportFormat("watson", "Watson", read_watson, None, False),
    )
}
