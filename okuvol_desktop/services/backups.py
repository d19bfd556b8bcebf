"""Backing up the ledger while it is in use, restoring a checked backup, and the rotating
daily backups the desktop application keeps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, func, select

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.files import check_output
from okuvol_desktop.storage import backup as sqlite_backup

# Re-exported: the window shows them.
from okuvol_desktop.storage.backup import BackupFacts as BackupFacts  # noqa: PLC0414
from okuvol_desktop.storage.orm import EntryRow

DAILY_PREFIX = "okuvol-daily-"


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore did."""

    entries: int
    people: int
    kept_aside: Path


class BackupService:
    """Use cases of copies of the ledger."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _engine(self) -> Engine:
        with self._ctx.sessions() as s:
            bind = s.get_bind()
        assert isinstance(bind, Engine)
        return bind

    def backup(self, out: Path) -> Path:
        """A consistent, checked copy of the ledger at ``out``, even while others write."""
        check_output(out, self._ctx.ledger_files())
        return sqlite_backup.backup(self._engine(), out)

    def check(self, candidate: Path) -> BackupFacts:
        """What a backup file holds; refuses a damaged, foreign or newer file."""
        return sqlite_backup.check_backup(candidate)

    def restore(self, candidate: Path, *, force: bool = False) -> Restored:
        """Replace the ledger by a checked backup, keeping the replaced one aside.

        Raises:
            OkuvolError: the file is refused, or the ledger holds entries and ``force`` is off.
        """
        facts = sqlite_backup.check_backup(candidate)
        engine = self._engine()
        sqlite_backup.live_path(engine)
        with self._ctx.sessions() as s:
            current = int(s.scalar(select(func.count()).select_from(EntryRow)) or 0)
        if current and not force:
            raise OkuvolError(
                "The ledger holds {current} entries; restoring {path} replaces them with its "
                "{entries}. Restore with --force (the current ledger is kept aside).",
                current=current,
                path=candidate.name,
                entries=facts.entries,
            )
        engine.dispose()  # pooled connections must not hold pages the restore replaces
        aside = sqlite_backup.restore(engine, candidate, facts, self._ctx.clock(), self._ctx.user)
        return Restored(facts.entries, facts.people, aside)

    def daily(self, folder: Path, keep: int, today: date | None = None) -> Path | None:
        """Today's backup in ``folder`` unless there is one; the oldest beyond ``keep`` go.

        Returns the backup made, or None when today's was already there.
        """
        today = today or self._ctx.today()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{DAILY_PREFIX}{today.isoformat()}.sqlite3"
        made = None if target.exists() else self.backup(target)
        dailies = sorted(folder.glob(f"{DAILY_PREFIX}*.sqlite3"))
        for old in dailies[: max(len(dailies) - max(keep, 1), 0)]:
            old.unlink()
        return made
