"""Review: submit, approve, reject; all of a selection or none of it."""

from __future__ import annotations

from datetime import date

import pytest

from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.domain.kinds import EntryStatus
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
            "Siti Rahmawati",
            "RS Harapan",
            EntryInput(date=date(2026, 3, 3), hours=1),
            role="Tutor",
            draft=True,
        )
    )  # type: ignore[arg-type]
    with pytest.raises(
        ValidationError, match=f"Entry {draft.id} is draft and cannot become approved"
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
            "Siti Rahmawati",
            "RS Harapan",
            EntryInput(date=date(2026, 3, 3), hours=1),
            role="Tutor",
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
        ReviewSelection("RS Harapan", "Siti Rahmawati", date(2026, 1, 1), date(2026, 12, 31)),
    )
    assert count == 1
    assert _status(ledger, siti_march.id) is EntryStatus.APPROVED
    assert _status(ledger, siti_april.id) is EntryStatus.REJECTED
    assert _status(ledger, budi_march.id) is EntryStatus.SUBMITTED
    assert (
        ledger.approvals.review_selection(
            ReviewSelection("RS Harapan"), reject=True, note="Missing sheet"
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
    ledger.access.volunteer(ledger.ctx.user, "Siti Rahmawati")  # this login is Siti
    with pytest.raises(NotAllowedToReview, match="no one approves or rejects their own hours"):
        ledger.approvals.approve([other.id, own.id])
    with pytest.raises(NotAllowedToReview):
        ledger.approvals.reject([own.id], "no")
    with pytest.raises(NotAllowedToReview):
        ledger.approvals.review_selection(ReviewSelection("RS Harapan"))
    assert _status(ledger, own.id) is EntryStatus.SUBMITTED
    assert ledger.approvals.approve([other.id]) == 1
