"""What a reader makes of one line of a file, before the ledger's rules are applied."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from okuvol_desktop.domain.errors import Message
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind


# Not frozen: a frozen dataclass sets each of its twenty fields through object.__setattr__,
# which was a tenth of reading a large file. Readers make rows; nothing changes them after.
@dataclass(slots=True)
class ImportedRow:
    """One span of work as a file tells it, in local wall-clock time.

    Attributes:
        line: Line of the file the row starts on (1 is the first line), for messages.
        source_id: The file's own id of the row, or a hash of the row when it has none; with
            the format it makes importing the same file twice add nothing.
        start, end: Local times, or None for a row that only gives a duration; an end before
            the start crosses midnight.
        minutes: The duration, recomputed from start and end where both exist.
        timezone: IANA zone of the local times, when the file says (okuvol-csv); None means
            the zone the import was asked to use.
    """

    line: int
    source_id: str
    day: date
    minutes: int
    start: time | None = None
    end: time | None = None
    person: str | None = None
    organisation: str | None = None
    role: str | None = None
    kind: WorkKind | None = None
    category: str | None = None
    description: str | None = None
    location: str | None = None
    skills: tuple[str, ...] = ()
    beneficiaries: int | None = None
    status: EntryStatus | None = None
    timezone: str | None = None
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    review_note: str | None = None


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A line the import cannot take, and why, in words for the person importing."""

    line: int
    reason: Message


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A line that is not an entry and is left out on purpose (counted, not an error)."""

    line: int
    why: str  # "zero-length" or "running"
