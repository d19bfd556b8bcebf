"""Writing many entries at once with executemany, for demo data and imports."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from okuvol_desktop.domain.progress import Cancelled, Progress
from okuvol_desktop.storage.orm import EntryRow, EntrySkillRow

BATCH_SIZE = 20_000
_ENTRY = EntryRow.__table__
_ENTRY_SKILL = EntrySkillRow.__table__


class BulkEntryWriter:
    """Collects entry rows (column dicts) and inserts them a batch at a time.

    Rows get their ids here, so that skill links need no RETURNING. Before each batch the
    progress is asked whether to stop; stopping raises Cancelled, and the caller's transaction
    rolls back everything written so far.
    """

    def __init__(
        self, session: Session, progress: Progress, total: int, batch_size: int = BATCH_SIZE
    ) -> None:
        self._s = session
        self._progress = progress
        self._total = total
        self._batch_size = batch_size
        self._rows: list[dict[str, Any]] = []
        self._links: list[dict[str, int]] = []
        self._next_id: int | None = None
        self.written = 0

    def has_any_entry(self) -> bool:
        """Whether the ledger holds any entry yet."""
        return self._s.scalar(select(EntryRow.id).limit(1)) is not None

    def add(self, row: dict[str, Any], skill_ids: Iterable[int] = ()) -> int:
        """Queue one entry and its skills; returns the id it will have."""
        if self._next_id is None:
            self._next_id = (
                int(self._s.scalar(select(func.coalesce(func.max(EntryRow.id), 0))) or 0) + 1
            )
        entry_id = self._next_id
        self._next_id += 1
        self._rows.append({**row, "id": entry_id})
        self._links.extend({"entry_id": entry_id, "skill_id": k} for k in skill_ids)
        if len(self._rows) >= self._batch_size:
            self.flush()
        return entry_id

    def flush(self) -> None:
        """Insert what is queued, unless the user asked to stop."""
        if self._progress.cancelled():
            raise Cancelled("Cancelled; nothing was written.")
        # Core inserts on the tables, not ORM bulk inserts: the ORM splits rows whose None
        # columns differ into separate statements, which made demo data 10x slower.
        if self._rows:
            self._s.execute(insert(_ENTRY), self._rows)
        if self._links:
            self._s.execute(insert(_ENTRY_SKILL), self._links)
        self.written += len(self._rows)
        self._rows, self._links = [], []
        self._progress.report(self.written, self._total)
