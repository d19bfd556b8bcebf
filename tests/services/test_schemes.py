"""Schemes through the services, on SQLite and PostgreSQL: none by default, presets taken in
when assigned, awards by age band, requirements over cycles with credits and field minimums,
files that read back the same, evidence checked against its hash."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from okuvol_desktop.domain.errors import Conflict, NotFound, ValidationError
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.people import PersonChanges
from tests.services.helpers import dual_role_person, log

PVSA = "President's Volunteer Service Award (US)"
V, P = WorkKind.VOLUNTEER, WorkKind.PROFESSIONAL


def test_a_new_ledger_gives_nobody_a_scheme_and_has_no_rate(ledger: Ledger) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 11, 2), hours="3")
    assert all(not x.in_ledger for x in ledger.schemes.listings())  # presets only
    progress = ledger.schemes.progress(ledger.names.person("Siti Rahmawati"), 2026)
    assert progress.awards == () and progress.requirements == ()
    assert ledger.rates.oldest_first() == []
    assert ledger.dashboard.dashboard(ledger.names.person("Siti Rahmawati"), 2026).value is None


def test_an_award_counts_approved_volunteer_hours_by_age_band(ledger: Ledger) -> None:
    dual_role_person(ledger)
    ledger.people.edit(
        ledger.names.person("Siti Rahmawati"), PersonChanges(birth_date=date(2012, 5, 1))
    )  # a teen
    approved = [log(ledger, date(2026, m, 3), hours="10") for m in range(1, 6)]  # 50 h
    log(ledger, date(2026, 6, 3), hours="4")  # waiting
    log(ledger, date(2026, 6, 4), kind=P, hours="8")  # paid work is no volunteer award
    log(ledger, date(2025, 6, 4), hours="20")  # last year
    ledger.approvals.approve([e.id for e in approved])
    assert ledger.schemes.assign(PVSA, person=ledger.names.person("Siti Rahmawati"))
    assert not ledger.schemes.assign(
        PVSA, person=ledger.names.person("Siti Rahmawati")
    )  # had it already
    (award,) = ledger.schemes.progress(ledger.names.person("Siti Rahmawati"), 2026).awards
    assert (award.band, award.reached, award.next_tier) == ("Teens (11-15)", "Bronze", "Silver")
    assert (award.approved_minutes, award.pending_minutes) == (50 * 60, 4 * 60)
    assert award.minutes_to_next == 25 * 60
    listing = next(x for x in ledger.schemes.listings() if x.scheme.about.name == PVSA)
    assert listing.in_ledger and [p.full_name for p in listing.people] == ["Siti Rahmawati"]
    ledger.schemes.unassign(PVSA, person=ledger.names.person("Siti Rahmawati"))
    assert ledger.schemes.progress(ledger.names.person("Siti Rahmawati"), 2026).awards == ()
    with pytest.raises(NotFound, match="does not have"):
        ledger.schemes.unassign(PVSA, person=ledger.names.person("Siti Rahmawati"))


def test_an_organisations_scheme_counts_its_volunteers_hours_there(ledger: Ledger) -> None:
    dual_role_person(ledger)
    ledger.organisations.add("Yayasan Lain")
    ledger.roles.add(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("Yayasan Lain"),
        V,
        _terms("Cook"),
    )
    here = [log(ledger, date(2026, 3, d), hours="10") for d in range(2, 8)]  # 60 h
    there = [log(ledger, date(2026, 4, d), hours="10", org="Yayasan Lain") for d in range(2, 6)]
    ledger.approvals.approve([e.id for e in here + there])
    ledger.schemes.assign(
        "Organisation's own award (example)", organisation=ledger.names.organisation("RS Harapan")
    )
    (award,) = ledger.schemes.progress(ledger.names.person("Siti Rahmawati"), 2026).awards
    assert (award.reached, award.approved_minutes) == ("Bronze", 60 * 60)  # not the 40 h


def _terms(title: str) -> object:
    from okuvol_desktop.domain.model import RoleDetails

    return RoleDetails(title=title, start_date=date(2024, 1, 1))


def _requirement(tmp_path: Path) -> Path:
    """20 credits in each five years, 4 of them in ethics."""
    path = tmp_path / "cpd.json"
    path.write_text(
        json.dumps(
            {
                "format": "okuvol-scheme",
                "version": 1,
                "name": "Nursing CPD",
                "type": "requirement",
                "source": "test board",
                "measure": "credits",
                "cycle_years": 5,
                "target": 20,
                "counts": ["professional", "volunteer"],
                "minimums": [{"category": "ethics", "amount": 4}],
            }
        ),
        encoding="utf-8",
    )
    return path


def test_a_requirement_is_reached_exactly_on_an_entrys_approval(
    ledger: Ledger, tmp_path: Path
) -> None:
    dual_role_person(ledger)
    ledger.schemes.add_file(_requirement(tmp_path))
    ledger.schemes.assign(
        "nursing cpd", person=ledger.names.person("Siti Rahmawati"), starts_on=date(2024, 3, 1)
    )
    before_cycle = log(ledger, date(2024, 2, 28), kind=P, hours="8", credits=Decimal(10))
    courses = [
        log(ledger, date(2025, 5, 2), kind=P, hours="8", credits=Decimal(8)),
        log(ledger, date(2024, 5, 2), hours="3", credits=Decimal("7.5")),  # volunteer counts
    ]
    ethics = log(ledger, date(2026, 11, 2), kind=P, hours="4", credits=Decimal("4.5"))
    _with_field(ledger, ethics.id, "ethics")
    ledger.approvals.approve([before_cycle.id, *[c.id for c in courses]])
    (need,) = ledger.schemes.progress(ledger.names.person("Siti Rahmawati"), 2026).requirements
    assert (need.cycle_start, need.cycle_end) == (date(2024, 3, 1), date(2029, 2, 28))
    assert (need.approved, need.pending, need.met) == (Decimal("15.5"), Decimal("4.5"), False)
    (minimum,) = need.minimums
    assert (minimum.approved, minimum.pending, minimum.met) == (0, Decimal("4.5"), False)
    ledger.approvals.approve([ethics.id])  # 15.5 + 4.5 = 20, ethics 4.5 >= 4
    (need,) = ledger.schemes.progress(ledger.names.person("Siti Rahmawati"), 2026).requirements
    assert (need.approved, need.still_needed, need.met) == (20, 0, True)
    # The next cycle starts afresh.
    (later,) = ledger.schemes.progress(ledger.names.person("Siti Rahmawati"), 2029).requirements
    assert (later.cycle_start, later.approved, later.met) == (date(2029, 3, 1), 0, False)


def _with_field(ledger: Ledger, entry_id: int, key: str) -> None:
    """Put an entry in a field of its own, as a coordinator's category would."""
    with ledger.ctx.sessions.begin() as s:
        s.execute(
            text("INSERT INTO category (key, name_en, name_id) VALUES (:k, :k, :k)"), {"k": key}
        )
        s.execute(
            text(
                "UPDATE entry SET category_id = (SELECT id FROM category WHERE key = :k) "
                "WHERE id = :id"
            ),
            {"k": key, "id": entry_id},
        )


def test_a_scheme_file_goes_out_and_comes_back_the_same(ledger: Ledger, tmp_path: Path) -> None:
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    ledger.schemes.export(PVSA, first)
    edited = json.loads(first.read_text(encoding="utf-8"))
    edited["name"] = "Penghargaan Relawan Yayasan"
    edited["region"] = "ID"
    edited["bands"][3]["tiers"][0]["hours"] = 80.5
    first.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    ledger.schemes.add_file(first)
    ledger.schemes.export("Penghargaan Relawan Yayasan", second)
    assert json.loads(second.read_text(encoding="utf-8")) == edited
    with pytest.raises(Conflict, match="--replace"):
        ledger.schemes.add_file(second)
    ledger.schemes.add_file(second, replace=True)
    for ledger_file in ledger.ctx.ledger_files():  # SQLite: never over the ledger
        with pytest.raises(ValidationError, match="ledger itself"):
            ledger.schemes.export(PVSA, ledger_file)


def test_a_broken_scheme_file_changes_nothing(ledger: Ledger, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"\xff\xfe not text")
    with pytest.raises(ValidationError, match="UTF-8"):
        ledger.schemes.add_file(broken)
    broken.write_text('{"format": "okuvol-scheme", "version": 1, "type": "award"}')
    with pytest.raises(ValidationError, match="name is missing"):
        ledger.schemes.add_file(broken)
    assert not any(x.in_ledger for x in ledger.schemes.listings())


def test_evidence_is_kept_with_its_hash_and_a_change_is_reported(
    ledger: Ledger, tmp_path: Path
) -> None:
    dual_role_person(ledger)
    scan = tmp_path / "sertifikat pelatihan.pdf"
    scan.write_bytes(b"%PDF-1.7 training certificate")
    entry = log(ledger, date(2026, 11, 2), hours="2", credits=Decimal(2), evidence=(scan,))
    (kept,) = ledger.entries.evidence(entry.id)
    assert (kept.file_name, kept.media_type, kept.intact) == (scan.name, "application/pdf", True)
    assert ledger.entries.credits(entry.id) == 2
    out = tmp_path / "back.pdf"
    ledger.entries.save_evidence(kept.id, out)
    assert out.read_bytes() == scan.read_bytes()
    with ledger.ctx.sessions.begin() as s:  # changed behind okuvol's back (psql, a bad disk)
        s.execute(text("UPDATE entry_evidence SET data = :d"), {"d": b"%PDF-1.7 forged"})
    (kept,) = ledger.entries.evidence(entry.id)
    assert not kept.intact
    with pytest.raises(Exception, match="has changed since it was kept"):
        ledger.entries.save_evidence(kept.id, tmp_path / "forged.pdf")
    assert not (tmp_path / "forged.pdf").exists()


def test_an_invalid_credit_or_a_missing_file_logs_nothing(ledger: Ledger, tmp_path: Path) -> None:
    dual_role_person(ledger)
    with pytest.raises(ValidationError, match="two decimal places"):
        log(ledger, date(2026, 11, 2), hours="2", credits=Decimal("1.005"))
    with pytest.raises(ValidationError, match="cannot be read"):
        log(ledger, date(2026, 11, 2), hours="2", evidence=(tmp_path / "nowhere.pdf",))
    with ledger.ctx.sessions() as s:
        assert s.execute(text("SELECT count(*) FROM entry")).scalar_one() == 0


def test_indonesian_starts_with_the_rupiah_preset_and_english_with_none(ledger: Ledger) -> None:
    assert ledger.rates.start_in_language("en") is None
    rate = ledger.rates.start_in_language("id")
    assert rate is not None and (rate.currency, rate.method) == ("IDR", "replacement")
    assert ledger.rates.start_in_language("id") is None  # only into a ledger without rates
    dual_role_person(ledger)
    approved = log(ledger, date(2026, 3, 2), hours="2")
    ledger.approvals.approve([approved.id])
    ledger.rates.add_preset("us-independent-sector-2024")
    in_rupiah = ledger.summaries.person_data(
        ledger.names.person("Siti Rahmawati"), 2026, "id"
    ).value
    in_english = ledger.summaries.person_data(
        ledger.names.person("Siti Rahmawati"), 2026, "en"
    ).value
    assert in_rupiah is not None and in_rupiah.currency == "IDR"
    assert in_rupiah.amount == pytest.approx(2 * 42831)
    assert in_english is not None  # the newest rate's currency
    paid_only = ledger.dashboard.dashboard(
        ledger.names.person("Siti Rahmawati"), 2025, currency="IDR"
    )
    assert paid_only.value is None  # no volunteer time in 2025: no "0.00"
