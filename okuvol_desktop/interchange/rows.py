"""What a reader makes of one line of a file, before the ledger's rules are applied."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from okuvol_desktop.domain.errors import Message
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.interchange.dates import DateOrder


@dataclass(frozen=True, slots=True)
class ReadSettings:
    """How to read a file: the zone of times written without one, and the order of its dates
    (decided for the whole file before it is read; None where dates say it themselves)."""

    timezone: str
    date_order: DateOrder | None = None


# Not frozen: a frozen dataclass sets each of its twenty fields through object.__setattr__,
# which was a tenth of reading a large file. Readers make rows; nothing changes them after.
@dataclass(slots=True)
class ImportedRow:
    """One span of work as a file tells it.

    A tracker's span comes as ``began`` and ``ended``, to the second as the tracker recorded
    it: aware instants (Timewarrior, Watson), or naive local times to be read in the zone of
    the import (Toggl, Clockify, Kimai). The ledger's rule for seconds is applied to them
    after reading. okuvol's own files give ``day``, ``start``, ``end`` and ``minutes``.

    Attributes:
        line: Line of the file the row starts on (1 is the first line), for messages.
        source_id: A hash of the row's content; it tells rows without times apart (a span
            with times is known by its instants and person instead).
        start, end: Local times, or None for a row that only gives a duration; an end before
            the start crosses midnight.
        minutes: The duration, recomputed from start and end where both exist.
        timezone: IANA zone of the local times, when the file says (okuvol-csv); None means
            the zone the import was asked to use.
    """

    line: int
    source_id: str
    day: date | None
    minutes: int
    start: time | None = None
    end: time | None = None
    began: datetime | None = None
    ended: datetime | None = None
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
    """A line that is not an entry and is left out on purpose (counted, not an error).

    ``why`` is "running" (a timer not stopped yet), "short" (under a minute) or "long" (over
    24 hours: a timer left running); ``minutes`` is the length of a long one.
    """

    line: int
    why: str
    minutes: int = 0
