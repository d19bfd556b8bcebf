"""Undoable changes to the ledger (QUndoStack): log, edit, delete and review entries.

Each change is made through the services first; only a change that succeeded is pushed, and
its first redo() does nothing. Undo and redo go through the services again, so the ledger's
rules hold both ways; one that now fails (another user changed the entry) is reported, not
raised.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.model import Entry
from okuvol_desktop.domain.review import Review
from okuvol_desktop.services.ledger import Ledger

Reporter = Callable[[OkuvolError], None]


class _LedgerCommand(QUndoCommand):
    def __init__(
        self, ledger: Ledger, *, report: Reporter, text: str, after: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self._ledger = ledger
        self._report = report
        self._after = after
        self._first = True

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except OkuvolError as error:
            self._report(error)
        self._after()

    def redo(self) -> None:
        """Override of QUndoCommand.redo; the first call only records what was done."""
        if self._first:
            self._first = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        """Override of QUndoCommand.undo."""
        self._run(self.revert)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class LogEntriesCommand(_LedgerCommand):
    """Entries were logged (one, or a week of them); undo deletes them, redo puts them back."""

    def __init__(
        self,
        ledger: Ledger,
        entries: Sequence[Entry],
        *,
        report: Reporter,
        text: str,
        after: Callable[[], None],
    ) -> None:
        super().__init__(ledger, report=report, text=text, after=after)
        self._entries = list(entries)

    def apply(self) -> None:
        self._ledger.entries.restore_many(self._entries)

    def revert(self) -> None:
        self._ledger.entries.delete_many([entry.id for entry in self._entries])


class EditEntryCommand(_LedgerCommand):
    """An entry was changed; undo restores it as it was, review included."""

    def __init__(
        self,
        ledger: Ledger,
        before: Entry,
        after_edit: Entry,
        *,
        report: Reporter,
        text: str,
        after: Callable[[], None],
    ) -> None:
        super().__init__(ledger, report=report, text=text, after=after)
        self._before, self._after_edit = before, after_edit

    def apply(self) -> None:
        self._ledger.entries.restore(self._after_edit)

    def revert(self) -> None:
        self._ledger.entries.restore(self._before)


class DeleteEntriesCommand(_LedgerCommand):
    """Entries were deleted; undo puts them back with their ids and their reviews."""

    def __init__(
        self,
        ledger: Ledger,
        entries: Sequence[Entry],
        reviews: Sequence[Review],
        *,
        report: Reporter,
        text: str,
        after: Callable[[], None],
    ) -> None:
        super().__init__(ledger, report=report, text=text, after=after)
        self._entries, self._reviews = list(entries), list(reviews)

    def apply(self) -> None:
        ids = [entry.id for entry in self._entries]
        self._entries, self._reviews = self._ledger.entries.delete_keeping_history(ids)

    def revert(self) -> None:
        self._ledger.entries.restore_many(self._entries, self._reviews)


class ReviewCommand(_LedgerCommand):
    """Entries were approved or rejected; undo sends them back to be reviewed."""

    def __init__(
        self,
        ledger: Ledger,
        ids: Sequence[int],
        target: EntryStatus,
        *,
        note: str | None,
        report: Reporter,
        text: str,
        after: Callable[[], None],
    ) -> None:
        super().__init__(ledger, report=report, text=text, after=after)
        self._ids, self._target, self._note = list(ids), target, note

    def apply(self) -> None:
        if self._target is EntryStatus.APPROVED:
            self._ledger.approvals.approve(self._ids, self._note)
        else:
            self._ledger.approvals.reject(self._ids, self._note)

    def revert(self) -> None:
        self._ledger.approvals.withdraw_review(self._ids)
