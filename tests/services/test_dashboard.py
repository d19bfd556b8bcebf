"""The dashboard's figures for one person and for everyone."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.services.ledger import Ledger
from tests.services.helpers import dual_role_person, log

P, V = WorkKind.PROFESSIONAL, WorkKind.VOLUNTEER


def test_this_week_month_and_year_with_overload(ledger: Ledger) -> None:
    dual_role_person(ledger)
    for day in (23, 24, 25, 26, 27):  # the week of the fixed clock's Saturday 28 November
        log(ledger, date(2026, 11, day), kind=P, hours="9")
    log(ledger, date(2026, 11, 28), kind=V, hours="4")
    log(ledger, date(2026, 11, 2), kind=V, hours="2")
    log(ledger, date(2026, 2, 2), kind=V, hours="1")
    ledger.goals.put(ledger.names.person("Siti Rahmawati"), 2026, V, Decimal(10))
    data = ledger.dashboard.dashboard(ledger.names.person("Siti Rahmawati"), 2026)
    assert (data.week.professional, data.week.volunteer) == (45 * 60, 4 * 60)
    assert data.week.start == date(2026, 11, 23)
    assert (data.month.professional, data.month.volunteer) == (45 * 60, 6 * 60)
    assert data.whole_year.total == 45 * 60 + 7 * 60
    assert data.this_week is not None and data.this_week.overloaded
    assert [w.week_start for w in data.overloaded_weeks] == [date(2026, 11, 23)]
    assert data.dual_role
    assert data.by_month[10].professional == 45 * 60  # November
    (goal,) = data.goals
    assert (goal.target_minutes, goal.approved_minutes, goal.pending_minutes) == (600, 0, 420)
    assert data.awards == ()  # no award is anyone's until it is assigned
    ledger.schemes.assign(
        "President's Volunteer Service Award (US)", person=ledger.names.person("Siti Rahmawati")
    )
    (award,) = ledger.dashboard.dashboard(ledger.names.person("Siti Rahmawati"), 2026).awards
    assert (award.age_band, award.reached, award.next_tier) == ("Adults (26+)", None, "Bronze")
    assert award.minutes_to_next == 100 * 60  # only approved hours count; 7 h still wait


def test_everyone_and_a_week_starting_on_sunday(ledger: Ledger) -> None:
    dual_role_person(ledger)
    dual_role_person(ledger, "Budi Santoso")
    log(ledger, date(2026, 11, 22), kind=V, hours="3")  # a Sunday
    log(ledger, date(2026, 11, 24), kind=P, hours="5", person="Budi Santoso")
    data = ledger.dashboard.dashboard(None, 2026, week_start_day=6)
    assert data.week.start == date(2026, 11, 22)
    assert data.week.total == 8 * 60
    assert data.people.total == 2
    assert data.goals == () and data.this_week is None


def test_directory_of_people_and_organisations(ledger: Ledger) -> None:
    dual_role_person(ledger)
    ledger.people.add("Budi Santoso")
    log(ledger, date(2026, 3, 2), kind=P, hours="8")
    log(ledger, date(2026, 3, 3), kind=V, hours="2")
    siti, budi = sorted(
        ledger.directory.people(2026), key=lambda line: line.person.full_name, reverse=True
    )
    assert (siti.person.full_name, siti.dual_role, len(siti.roles)) == ("Siti Rahmawati", True, 2)
    assert (siti.professional_minutes, siti.volunteer_minutes) == (480, 120)
    assert (budi.dual_role, budi.roles) == (False, ())
    (org,) = ledger.directory.organisations(2026)
    assert (org.professionals, org.volunteers, org.professional_minutes) == (1, 1, 480)
    assert len(org.key_fingerprint) == 19
