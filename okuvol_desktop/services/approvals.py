"""Moving entries through review: submit, approve, reject."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from okuvol_desktop.domain import rules
from okuvol_desktop.domain.errors import OkuvolError, ValidationError
from okuvol_desktop.domain.ids import OrganisationId, PersonId
from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.model import EntryRef
from okuvol_desktop.domain.period import check_in_order
from okuvol_desktop.domain.review import (
    AwaitingReview,
    FieldChange,
    Review,
    ReviewQueue,
    changes_since,
)
from okuvol_desktop.domain.text import check_optional
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.storage.access import people_of_login
from okuvol_desktop.storage.entry_values import ReviewColumns
from okuvol_desktop.storage.repositories import EntryRepo, OrganisationRepo, PersonRepo
from okuvol_desktop.storage.review_queue import awaiting_review, waiting_totals
from okuvol_desktop.storage.reviews import ReviewRepo


@dataclass(frozen=True, slots=True)
class ReviewSelection:
    """Submitted entries chosen by organisation, and optionally person and dates."""

    organisation: OrganisationId
    person: PersonId | None = None
    date_from: date | None = None
    date_to: date | None = None


# What an entry says of its review once none stands.
_NOT_REVIEWED = ReviewColumns(reviewer=None, reviewed_at=None, review_note=None)


def _move_in(
    s: Session,
    entry_ids: Sequence[int],
    target: EntryStatus,
    review: ReviewColumns | None = None,
) -> int:
    """Move entries to ``target`` inside an open transaction: all of them, or none; with a
    ``review``, it is recorded on them (without, theirs is left as it was)."""
    repo = EntryRepo(s)
    wanted = list(dict.fromkeys(entry_ids))
    statuses = repo.statuses(wanted)
    for entry_id in wanted:
        if entry_id not in statuses:
            raise ValidationError(
                "entry", "There is no entry with id {entry_id}.", entry_id=entry_id
            )
        if not rules.may_become(statuses[entry_id], target):
            rules.check_transition(statuses[entry_id], target, repo.ref(entry_id))
    return repo.set_review(wanted, target, review)


def _approval_note(note: str | None) -> str | None:
    return check_optional("note", note, "The review note", limit=None, lines=True)


def _review_in(
    s: Session, ctx: ServiceContext, entry_ids: list[int], target: EntryStatus, note: str | None
) -> int:
    """Approve or reject entries inside an open transaction, and keep the review with the
    entries as they were reviewed."""
    _check_not_own(s, entry_ids, ctx.user)
    # Whoever is logged in reviews: no one signs in someone else's name (on a shared ledger
    # the database records its own login, whatever a client says).
    at = ctx.clock()
    # Kept first, while the entries still show the status they had before the review.
    ReviewRepo(s).record(list(dict.fromkeys(entry_ids)), target, ctx.user, at, note)
    return _move_in(s, entry_ids, target, ReviewColumns(ctx.user, at, note))


def _selected(s: Session, selection: ReviewSelection) -> list[int]:
    """The ids of the submitted entries a selection covers."""
    # Looked up so that one which is not there is said, not taken for no entries.
    OrganisationRepo(s).get(selection.organisation)
    if selection.person is not None:
        PersonRepo(s).get(selection.person)
    return EntryRepo(s).ids_matching(
        status=EntryStatus.SUBMITTED,
        organisation_id=selection.organisation,
        person_id=selection.person,
        date_from=selection.date_from,
        date_to=selection.date_to,
    )


def _check_not_own(s: Session, entry_ids: Sequence[int], reviewer: str) -> None:
    """No one reviews the hours of the person their login is (okuvol grant volunteer)."""
    own = people_of_login(s, reviewer)
    if not own:
        return
    mine = EntryRepo(s).of_people(entry_ids, own)
    if mine:
        raise NotAllowedToReview(reviewer, EntryRepo(s).ref(mine[0]))


class NotAllowedToReview(OkuvolError):
    """A reviewer tried to approve or reject the hours of the person their login is."""

    def __init__(self, reviewer: str, entry: EntryRef) -> None:
        super().__init__(
            "{reviewer} is the person of {entry}: no one approves or rejects their "
            "own hours. Ask a coordinator of the organisation.",
            reviewer=reviewer,
            entry=entry,
        )


class ApprovalService:
    """Use cases of review. Each call changes all the entries it names, or none."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def submit(self, entry_ids: Sequence[int]) -> int:
        """Send drafts (or rejected entries, once corrected) for review."""
        with self._ctx.transaction() as s:
            return _move_in(s, entry_ids, EntryStatus.SUBMITTED)

    def _review(self, entry_ids: Sequence[int], target: EntryStatus, note: str | None) -> int:
        with self._ctx.transaction() as s:
            return _review_in(s, self._ctx, list(entry_ids), target, note)

    def approve(self, entry_ids: Sequence[int], note: str | None = None) -> int:
        """Approve submitted entries (or entries rejected before, when the reviewer changes
        their mind) as the user logged in; returns how many were approved."""
        return self._review(entry_ids, EntryStatus.APPROVED, _approval_note(note))

    def reject(self, entry_ids: Sequence[int], note: str | None) -> int:
        """Reject submitted entries with a note that says why; they are kept, not deleted."""
        return self._review(entry_ids, EntryStatus.REJECTED, rules.check_rejection_note(note))

    def withdraw_review(self, entry_ids: Sequence[int]) -> int:
        """Undo an approval or rejection: the entries go back to the status they had before
        it (submitted, or rejected when a reviewer changed their mind), and the review before
        it (a rejection the person answered, say) stands again, if there was one."""
        with self._ctx.transaction() as s:
            repo = EntryRepo(s)
            statuses = repo.statuses(list(entry_ids))
            reviewed = [
                i
                for i, st in statuses.items()
                if st in (EntryStatus.APPROVED, EntryStatus.REJECTED)
            ]
            withdrawn = ReviewRepo(s).withdraw_last(reviewed)
            for taken in withdrawn:
                earlier = taken.standing
                repo.set_review(
                    [taken.entry_id],
                    taken.status_before,
                    ReviewColumns(earlier.reviewer, earlier.reviewed_at, earlier.note)
                    if earlier
                    else _NOT_REVIEWED,
                )
            # Reviewed where no history is kept (brought in by an import): back for review.
            unrecorded = set(reviewed) - {taken.entry_id for taken in withdrawn}
            if unrecorded:
                repo.set_review(sorted(unrecorded), EntryStatus.SUBMITTED, _NOT_REVIEWED)
            return len(reviewed)

    def history(self, entry_id: int) -> list[Review]:
        """Every review of an entry, oldest first."""
        with self._ctx.reading() as s:
            EntryRepo(s).get(entry_id)  # NotFound for an entry that is not there
            return ReviewRepo(s).of(entry_id)

    def since_review(self, entry_id: int) -> tuple[Review, list[FieldChange]] | None:
        """The last review of an entry that came back to be reviewed again (fixed after a
        rejection, or changed after its approval), and what changed in it since; None for an
        entry that awaits no second look."""
        with self._ctx.reading() as s:
            entry = EntryRepo(s).get(entry_id)
            if entry.status is not EntryStatus.SUBMITTED:
                return None
            reviews = ReviewRepo(s).of(entry_id)
        if not reviews:
            return None
        return reviews[-1], changes_since(reviews[-1], entry)

    def queue(self) -> list[AwaitingReview]:
        """What awaits review, by organisation and person: the coordinator's queue."""
        with self._ctx.reading() as s:
            return awaiting_review(s)

    def queue_start(self, lines: int) -> ReviewQueue:
        """The queue's first ``lines`` lines (organisations and people by name), and what all
        of it holds: what a window shows, however long the queue."""
        with self._ctx.reading() as s:
            entries, minutes, people, groups = waiting_totals(s)
            return ReviewQueue(tuple(awaiting_review(s, lines)), entries, minutes, people, groups)

    def queue_after(self, line: AwaitingReview, lines: int) -> list[AwaitingReview]:
        """The next ``lines`` lines of the queue after ``line``: the ones a window lists next
        when its reader scrolls to the end of those it has."""
        with self._ctx.reading() as s:
            return awaiting_review(s, lines, after=line)

    def awaiting(self, selection: ReviewSelection) -> list[int]:
        """The submitted entries a selection covers (the window approves them by id, so that
        Undo can take back exactly those)."""
        check_in_order(selection.date_from, selection.date_to)
        with self._ctx.reading() as s:
            return _selected(s, selection)

    def review_selection(
        self,
        selection: ReviewSelection,
        *,
        reject: bool = False,
        note: str | None = None,
    ) -> int:
        """Approve (or reject) every submitted entry a selection covers, in one transaction."""
        check_in_order(selection.date_from, selection.date_to)
        review_note = rules.check_rejection_note(note) if reject else _approval_note(note)
        target = EntryStatus.REJECTED if reject else EntryStatus.APPROVED
        with self._ctx.transaction() as s:
            return _review_in(s, self._ctx, _selected(s, selection), target, review_note)
