"""The formats okuvol imports, by the name the command line and the import wizard use."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from okuvol_desktop.interchange import okuvol_csv
from okuvol_desktop.interchange.parsing import Columns
from okuvol_desktop.interchange.rows import ImportedRow, RowProblem, SkippedRow
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
    """

    name: str
    title: str
    read: Callable[[Path, str], Iterator[ReadItem]]
    columns: Callable[[Path], Columns] | None
    names_people: bool


FORMATS: dict[str, ImportFormat] = {
    f.name: f
    for f in (
        ImportFormat("okuvol-csv", "okuvol CSV", okuvol_csv.read, okuvol_csv.columns, True),
        ImportFormat("toggl", "Toggl Track (CSV)", TOGGL.read, TOGGL.columns, True),
        ImportFormat("clockify", "Clockify (CSV)", CLOCKIFY.read, CLOCKIFY.columns, True),
        ImportFormat("kimai", "Kimai (CSV)", KIMAI.read, KIMAI.columns, True),
        ImportFormat("timewarrior", "Timewarrior", read_timewarrior, None, False),
        ImportFormat("watson", "Watson", read_watson, None, False),
    )
}
