"""Review: submit, approve, reject; all of a selection or none of it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from okuvol_desktop.domain.errors import NotFound, ValidationError
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.services.approvals import ReviewSelection
from okuvol_desktop.services.entries import EntryInput, LogEntry
from okuvol_desktop.services.ledger import Ledger
from tests.conftest import NOW
from tests.services.helpers import dual_role_person, log


def _status(ledger: Ledger, entry_id: int) -> EntryStatus:
    return ledger.entries.get(entry_id).status


def test_approve_records_reviewer_and_time(ledger: Ledger) -> None:
    dual_role_person(ledger)
    entry = log(ledger, date(2026, 3, 2), hours="1")
    assert ledger.approvals.approve([entry.id], "Thanks!") == 1
    approved = ledger.entries.get(entry.id)
    # The reviewer is whoever is logged in (the system's user on SQLite, the database login on
    # PostgreSQL, where the database records it itself for anyone but the ledger's owner: see
    # test_access for coordinators).
    reviewer = ledger.ctx.user
    assert (approved.status, approved.reviewer, approved.review_note) == (
        EntryStatus.APPROVED,
        reviewer,
        "Thanks!",
    )
    assert approved.reviewed_at == NOW


def test_reject_needs_a_note_and_keeps_the_entry(ledger: Ledger) -> None:
    dual_role_person(ledger)
    entry = log(ledger, date(2026, 3, 2), hours="1")
    with pytest.raises(ValidationError, match="needs a note"):
        ledger.approvals.reject([entry.id], "  ")
    assert _status(ledger, entry.id) is EntryStatus.SUBMITTED
    ledger.approvals.reject([entry.id], "Logged twice")
    assert ledger.entries.get(entry.id).review_note == "Logged twice"


def test_one_entry_out_of_turn_stops_the_whole_batch(ledger: Ledger) -> None:
    dual_role_person(ledger)
    first = log(ledger, date(2026, 3, 2), hours="1")
    draft = ledger.entries.log(
        LogEntry(
            ledger.names.person("Siti Rahmawati"),
            ledger.names.organisation("RS Harapan"),
            EntryInput(date=date(2026, 3, 3), hours=1),
            role=ledger.names.role(
                ledger.names.person("Siti Rahmawati"),
                ledger.names.organisation("RS Harapan"),
                "Tutor",
            ),
            draft=True,
        )
    )  # type: ignore[arg-type]
    with pytest.raises(
        ValidationError, match=f"entry {draft.id} on .* is draft and cannot become approved"
    ):
        ledger.approvals.approve([first.id, draft.id])
    assert _status(ledger, first.id) is EntryStatus.SUBMITTED
    with pytest.raises(ValidationError, match="no entry with id 999"):
        ledger.approvals.approve([first.id, 999])
    assert _status(ledger, first.id) is EntryStatus.SUBMITTED


def test_submit_then_approve_a_draft(ledger: Ledger) -> None:
    dual_role_person(ledger)
    draft = ledger.entries.log(
        LogEntry(
            ledger.names.person("Siti Rahmawati"),
            ledger.names.organisation("RS Harapan"),
            EntryInput(date=date(2026, 3, 3), hours=1),
            role=ledger.names.role(
                ledger.names.person("Siti Rahmawati"),
                ledger.names.organisation("RS Harapan"),
                "Tutor",
            ),
            draft=True,
        )
    )  # type: ignore[arg-type]
    assert ledger.approvals.submit([draft.id]) == 1
    assert ledger.approvals.approve([draft.id]) == 1


def test_selection_approves_only_submitted_entries_in_range(ledger: Ledger) -> None:
    dual_role_person(ledger)
    dual_role_person(ledger, "Budi Santoso")
    siti_march = log(ledger, date(2026, 3, 2), hours="1")
    siti_april = log(ledger, date(2026, 4, 2), hours="1")
    budi_march = log(ledger, date(2026, 3, 5), hours="1", person="Budi Santoso")
    ledger.approvals.reject([siti_april.id], "no")
    count = ledger.approvals.review_selection(
        ReviewSelection(
            ledger.names.organisation("RS Harapan"),
            ledger.names.person("Siti Rahmawati"),
            date(2026, 1, 1),
            date(2026, 12, 31),
        ),
    )
    assert count == 1
    assert _status(ledger, siti_march.id) is EntryStatus.APPROVED
    assert _status(ledger, siti_april.id) is EntryStatus.REJECTED
    assert _status(ledger, budi_march.id) is EntryStatus.SUBMITTED
    assert (
        ledger.approvals.review_selection(
            ReviewSelection(ledger.names.organisation("RS Harapan")),
            reject=True,
            note="Missing sheet",
        )
        == 1
    )
    assert _status(ledger, budi_march.id) is EntryStatus.REJECTED


def test_no_one_reviews_the_hours_of_the_person_their_login_is(ledger: Ledger) -> None:
    from okuvol_desktop.services.approvals import NotAllowedToReview

    dual_role_person(ledger)
    dual_role_person(ledger, "Budi Santoso")
    own = log(ledger, date(2026, 3, 2), hours="1")
    other = log(ledger, date(2026, 3, 3), hours="1", person="Budi Santoso")
    ledger.access.volunteer(
        ledger.ctx.user, ledger.names.person("Siti Rahmawati")
    )  # this login is Siti
    with pytest.raises(NotAllowedToReview, match="no one approves or rejects their own hours"):
        ledger.approvals.approve([other.id, own.id])
    with pytest.raises(NotAllowedToReview):
        ledger.approvals.reject([own.id], "no")
    with pytest.raises(NotAllowedToReview):
        ledger.approvals.review_selection(ReviewSelection(ledger.names.organisation("RS Harapan")))
    assert _status(ledger, own.id) is EntryStatus.SUBMITTED
    assert ledger.approvals.approve([other.id]) == 1


def test_a_rejected_entry_fixed_by_its_person_comes_back_with_what_changed(
    ledger: Ledger, clock: object
) -> None:
    from datetime import time
    from decimal import Decimal

    dual_role_person(ledger)
    entry = log(ledger, date(2026, 3, 2), start=time(9), end=time(12), description="Reading")
    ledger.approvals.reject([entry.id], "Wrong day: you were at the clinic on Monday")
    rejected = ledger.entries.get(entry.id)
    assert (rejected.status, rejected.review_note) == (
        EntryStatus.REJECTED, "Wrong day: you were at the clinic on Monday",
    )  # fmt: skip
    assert ledger.approvals.since_review(entry.id) is None  # nothing awaits a second look
    fixed = ledger.entries.edit(
        entry.id,
        EntryInput(date=date(2026, 3, 3), hours=Decimal("2.5"), description="Reading"),
        expected_version=rejected.version,
    )
    # Fixed, it goes back for review; the rejection stays readable until the next review.
    assert fixed.status is EntryStatus.SUBMITTED
    assert fixed.review_note == "Wrong day: you were at the clinic on Monday"
    since = ledger.approvals.since_review(entry.id)
    assert since is not None
    review, changes = since
    assert (review.status, review.note) == (EntryStatus.REJECTED, fixed.review_note)
    assert [(c.field, c.before, c.after) for c in changes] == [
        ("date", date(2026, 3, 2), date(2026, 3, 3)),
        ("start", time(9), None),
        ("end", time(12), None),
        ("minutes", 180, 150),
    ]
    ledger.approvals.approve([entry.id], "Thanks")
    history = ledger.approvals.history(entry.id)
    assert [(r.status, r.note, r.facts.minutes) for r in history] == [
        (EntryStatus.REJECTED, "Wrong day: you were at the clinic on Monday", 180),
        (EntryStatus.APPROVED, "Thanks", 150),
    ]
    # Undoing the approval brings the rejection back as the review that stands.
    ledger.approvals.withdraw_review([entry.id])
    again = ledger.entries.get(entry.id)
    assert (again.status, again.review_note) == (EntryStatus.SUBMITTED, fixed.review_note)
    assert len(ledger.approvals.history(entry.id)) == 1


def test_a_rejected_entry_is_resubmitted_deleted_or_approved_after_all(ledger: Ledger) -> None:
    dual_role_person(ledger)
    first, second, third = (log(ledger, date(2026, 3, d), hours="1") for d in (2, 3, 4))
    ledger.approvals.reject([first.id, second.id, third.id], "Which project?")
    assert ledger.approvals.submit([first.id]) == 1  # answered in words elsewhere
    assert _status(ledger, first.id) is EntryStatus.SUBMITTED
    ledger.entries.delete(second.id)  # it was logged by mistake
    with pytest.raises(NotFound):
        ledger.entries.get(second.id)
    assert ledger.approvals.approve([third.id]) == 1  # the reviewer changed their mind
    ledger.approvals.withdraw_review([third.id])  # and undid it: rejected, as it was
    again = ledger.entries.get(third.id)
    assert (again.status, again.review_note) == (EntryStatus.REJECTED, "Which project?")
    ledger.approvals.approve([third.id])
    with pytest.raises(ValidationError, match="kept as a record"):
        ledger.entries.delete(third.id)
    with pytest.raises(ValidationError, match="Already approved: entry"):
        ledger.approvals.submit([third.id])


def test_text_of_a_review_note_is_checked_like_any_text(ledger: Ledger) -> None:
    dual_role_person(ledger)
    entry = log(ledger, date(2026, 3, 2), hours="1")
    with pytest.raises(ValidationError, match="control character"):
        ledger.approvals.reject([entry.id], "Bad\x1b[31m")
    assert _status(ledger, entry.id) is EntryStatus.SUBMITTED


def test_the_queue_says_what_awaits_review_by_organisation_and_person(ledger: Ledger) -> None:
    dual_role_person(ledger)
    ledger.people.add("Budi Santoso")
    ledger.roles.add(
        ledger.names.person("Budi Santoso"),
        ledger.names.organisation("RS Harapan"),
        WorkKind.VOLUNTEER,
        RoleDetails(title="Companion"),
    )
    first = log(ledger, date(2026, 3, 2), hours="1")
    log(ledger, date(2026, 3, 9), hours="2.5")
    log(ledger, date(2026, 3, 4), hours="2", person="Budi Santoso")
    approved = log(ledger, date(2026, 3, 5), hours="4", person="Budi Santoso")
    ledger.approvals.approve([approved.id])
    ledger.approvals.reject([first.id], "Which ward?")
    ledger.approvals.submit([first.id])  # sent again as it was
    queue = ledger.approvals.queue()
    assert [(q.person_name, q.entries, q.minutes, q.resubmitted) for q in queue] == [
        ("Budi Santoso", 1, 120, 0),
        ("Siti Rahmawati", 2, 210, 1),
    ]
    siti = queue[1]
    assert (siti.organisation_name, siti.first_date, siti.last_date) == (
        "RS Harapan",
        date(2026, 3, 2),
        date(2026, 3, 9),
    )
    week = ReviewSelection(
        ledger.names.organisation("RS Harapan"),
        date_from=date(2026, 3, 2),
        date_to=date(2026, 3, 8),
    )
    assert len(ledger.approvals.awaiting(week)) == 2  # Siti's Monday and Budi's Wednesday
    start = ledger.approvals.queue_start(1)  # what a window lists of a long queue
    assert start.lines == (queue[0],)
    assert (start.entries, start.minutes, start.people, start.groups) == (3, 330, 2, 2)


def test_the_queue_is_read_a_few_lines_at_a_time_after_the_last_one_listed(
    ledger: Ledger,
) -> None:
    """Two people of one name keep their two lines; a line approved between two reads
    neither repeats a line nor skips one."""
    dual_role_person(ledger)
    harapan = ledger.names.organisation("RS Harapan")
    for name in ("Budi Santoso", "Ani", "Budi Santoso", "Dewi"):
        person = ledger.people.add(name)
        ledger.roles.add(person.id, harapan, WorkKind.VOLUNTEER, RoleDetails(title="Companion"))
        ledger.entries.log(
            LogEntry(person.id, harapan, EntryInput(date=date(2026, 3, 2), hours=Decimal(1)))
        )
    log(ledger, date(2026, 3, 3), hours="2")  # Siti
    everyone = ledger.approvals.queue()
    assert [line.person_name for line in everyone] == [
        "Ani",
        "Budi Santoso",
        "Budi Santoso",
        "Dewi",
        "Siti Rahmawati",
    ]
    first = ledger.approvals.queue_start(2)
    assert first.lines == tuple(everyone[:2]) and first.groups == 5
    assert ledger.approvals.queue_after(first.lines[-1], 2) == everyone[2:4]  # the other Budi
    dewi = everyone[3]
    ledger.approvals.approve(ledger.approvals.awaiting(ReviewSelection(harapan, dewi.person_id)))
    assert ledger.approvals.queue_after(first.lines[-1], 2) == [everyone[2], everyone[4]]
    assert ledger.approvals.queue_after(everyone[-1], 2) == []
