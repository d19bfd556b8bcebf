"""Totals of a period against figures computed by hand."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.domain.period import Period
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.stats import StatsQuery, stats_document
from tests.services.helpers import dual_role_person, log, us_rates

P, V = WorkKind.PROFESSIONAL, WorkKind.VOLUNTEER


def _ledger_with_three_people(ledger: Ledger) -> dict[str, int]:
    dual_role_person(ledger)  # Siti: nurse + tutor at RS Harapan
    ledger.organisations.add("Sekolah Alam")
    ledger.people.add("Budi Santoso")  # volunteer only
    ledger.roles.add(
        ledger.names.person("Budi Santoso"),
        ledger.names.organisation("Sekolah Alam"),
        V,
        RoleDetails(title="Reading tutor"),
    )
    ledger.people.add("Dewi Lestari")  # professional only
    ledger.roles.add(
        ledger.names.person("Dewi Lestari"),
        ledger.names.organisation("Sekolah Alam"),
        P,
        RoleDetails(title="Teacher"),
    )
    us_rates(ledger)
    ids = {
        "night": log(ledger, date(2026, 1, 31), kind=P, start=time(22), end=time(6, 30)).id,
        "tutor": log(ledger, date(2026, 2, 1), kind=V, hours="1.5", category="education").id,
        "budi": log(
            ledger, date(2026, 2, 3), person="Budi Santoso", org="Sekolah Alam", hours="2.25"
        ).id,
        "dewi": log(
            ledger, date(2026, 3, 10), kind=P, person="Dewi Lestari", org="Sekolah Alam", hours="7"
        ).id,
        "rejected": log(
            ledger, date(2026, 3, 11), person="Budi Santoso", org="Sekolah Alam", hours="3"
        ).id,
        "last_year": log(ledger, date(2025, 12, 31), kind=P, hours="4").id,
    }
    ledger.approvals.reject([ids["rejected"]], "Double")
    ledger.approvals.approve([ids["tutor"], ids["dewi"]])
    return ids


def test_year_totals(ledger: Ledger) -> None:
    _ledger_with_three_people(ledger)
    doc = stats_document(ledger.stats.stats(StatsQuery(Period.year(2026))))
    # professional: night 8:30 + Dewi 7:00 = 15.5 h; volunteer: 1.5 + 2.25 = 3.75 h
    assert doc["entries"] == 4
    assert doc["hours"] == {"professional": 15.5, "volunteer": 3.75, "total": 19.25}
    assert doc["people"] == {
        "total": 3,
        "professional_only": 1,
        "volunteer_only": 1,
        "dual_role": 1,
    }
    assert doc["by_organisation"] == [
        {"organisation": "RS Harapan", "professional": 8.5, "volunteer": 1.5},
        {"organisation": "Sekolah Alam", "professional": 7.0, "volunteer": 2.25},
    ]
    assert doc["by_category"] == [
        {"category": "Uncategorised", "professional": 15.5, "volunteer": 2.25},
        {"category": "Education", "professional": 0.0, "volunteer": 1.5},
    ]
    assert [m["month"] for m in doc["by_month"]] == [f"2026-{m:02d}" for m in range(1, 13)]
    assert doc["by_month"][0] == {"month": "2026-01", "professional": 8.5, "volunteer": 0.0}
    assert doc["by_month"][1] == {"month": "2026-02", "professional": 0.0, "volunteer": 3.75}
    assert doc["by_month"][2] == {"month": "2026-03", "professional": 7.0, "volunteer": 0.0}
    # 3.75 volunteer hours at the 2024 estimate of 34.79 USD
    assert doc["volunteer_value"] == {"amount": 130.46, "currency": "USD"}


def test_approved_only_and_filters(ledger: Ledger) -> None:
    _ledger_with_three_people(ledger)
    approved = stats_document(ledger.stats.stats(StatsQuery(Period.year(2026), approved_only=True)))
    assert approved["hours"] == {"professional": 7.0, "volunteer": 1.5, "total": 8.5}
    assert approved["people"]["dual_role"] == 0
    siti = stats_document(
        ledger.stats.stats(
            StatsQuery(Period.year(2026), person=ledger.names.person("Siti Rahmawati"))
        )
    )
    assert siti["hours"]["total"] == 10.0
    school = stats_document(
        ledger.stats.stats(
            StatsQuery(Period.year(2026), organisation=ledger.names.organisation("Sekolah Alam"))
        )
    )
    assert school["people"] == {
        "total": 2,
        "professional_only": 1,
        "volunteer_only": 1,
        "dual_role": 0,
    }


def test_own_rate_in_rupiah_replaces_the_default(ledger: Ledger) -> None:
    _ledger_with_three_people(ledger)
    ledger.rates.add(Decimal(50000), "idr", date(2026, 1, 1), "Our own estimate")
    doc = stats_document(ledger.stats.stats(StatsQuery(Period.year(2026))))
    assert doc["volunteer_value"] == {"amount": 187500.0, "currency": "IDR"}


def test_empty_period(ledger: Ledger) -> None:
    doc = stats_document(
        ledger.stats.stats(StatsQuery(Period(date(2026, 2, 1), date(2026, 2, 28))))
    )
    assert doc["entries"] == 0
    assert doc["people"]["total"] == 0
    assert doc["by_month"] == [{"month": "2026-02", "professional": 0.0, "volunteer": 0.0}]
    assert doc["volunteer_value"] is None  # no volunteer time is worth no "0.00"


def test_week_loads_flag_overload_for_a_dual_role_person(ledger: Ledger) -> None:
    dual_role_person(ledger)
    for day in range(2, 7):  # Monday 2 to Friday 6 March: 5 x 9 h paid
        log(ledger, date(2026, 3, day), kind=P, hours="9")
    log(ledger, date(2026, 3, 7), kind=V, hours="3.5")  # Saturday: 48.5 h in all
    loads = ledger.stats.week_loads(
        ledger.names.person("Siti Rahmawati"), Period(date(2026, 3, 1), date(2026, 3, 31))
    )
    flagged = [w for w in loads if w.overloaded]
    assert [(w.week_start, w.total_minutes) for w in flagged] == [(date(2026, 3, 2), 2910)]


def test_goal_progress_counts_approved_and_pending(ledger: Ledger) -> None:
    _ledger_with_three_people(ledger)
    ledger.goals.put(ledger.names.person("Siti Rahmawati"), 2026, V, Decimal(10))
    (progress,) = ledger.goals.progress(ledger.names.person("Siti Rahmawati"), 2026)
    assert (progress.approved_minutes, progress.pending_minutes) == (90, 0)
    assert progress.fraction == 0.15
