"""Undoable changes to the ledger (QUndoStack): log, edit, delete and review entries.

Each change is made through the services first; only a change that succeeded is pushed, and
its first redo() does nothing. Undo and redo go through the services again, in the window's
write thread (the stack moves at once, the ledger a moment later, in the same order), so the
ledger's rules hold both ways; one that now fails (another user changed the entry) is
reported, not raised.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.model import Entry
from okuvol_desktop.domain.review import Review
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.tasks import LedgerWriter

Reporter = Callable[[OkuvolError | str], None]


@dataclass(frozen=True, slots=True)
class Surroundings:
    """What every undo step needs of the page that made it: the ledger, the writer its
    changes go through, where a refusal is said, and what to do after each step."""

    ledger: Ledger
    writer: LedgerWriter
    report: Reporter
    after: Callable[[], None]


class _LedgerCommand(QUndoCommand):
    def __init__(self, around: Surroundings, *, text: str) -> None:
        super().__init__(text)
        self._ledger = around.ledger
        self._around = around
        self._first = True

    def _run(self, action: Callable[[], object]) -> None:
        around = self._around

        def refused(error: OkuvolError | str) -> None:
            around.report(error)
            around.after()

        around.writer.write(action, lambda _done: around.after(), refused, refused)

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
        around: Surroundings,
        entries: Sequence[Entry],
        *,
        text: str,
    ) -> None:
        super().__init__(around, text=text)
        self._entries = list(entries)

    def apply(self) -> None:
        self._ledger.entries.restore_many(self._entries)

    def revert(self) -> None:
        self._ledger.entries.delete_many([entry.id for entry in self._entries])


class EditEntryCommand(_LedgerCommand):
    """An entry was changed; undo restores it as it was, review included."""

    def __init__(
        self,
        around: Surroundings,
        before: Entry,
        after_edit: Entry,
        *,
        text: str,
    ) -> None:
        super().__init__(around, text=text)
        self._before, self._after_edit = before, after_edit

    def apply(self) -> None:
        self._ledger.entries.restore(self._after_edit)

    def revert(self) -> None:
        self._ledger.entries.restore(self._before)


class DeleteEntriesCommand(_LedgerCommand):
    """Entries were deleted; undo puts them back with their ids and their reviews."""

    def __init__(
        self,
        around: Surroundings,
        entries: Sequence[Entry],
        reviews: Sequence[Review],
        *,
        text: str,
    ) -> None:
        super().__init__(around, text=text)
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
        around: Surroundings,
        ids: Sequence[int],
        target: EntryStatus,
        *,
        note: str | None,
        text: str,
    ) -> None:
        super().__init__(around, text=text)
        self._ids, self._target, self._note = list(ids), target, note

    def apply(self) -> None:
        if self._target is EntryStatus.APPROVED:
            self._ledger.approvals.approve(self._ids, self._note)
        else:
            self._ledger.approvals.reject(self._ids, self._note)

    def revert(self) -> None:
        self._ledger.approvals.withdraw_review(self._ids)
