"""The load of two roles: a person's weekly limit and volunteering budget, the week an entry
would bring past the limit, and the year of weekly loads (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.services.entries import EntryInput, LogEntry
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.people import PersonChanges
from tests.services.helpers import dual_role_person, log

P, V = WorkKind.PROFESSIONAL, WorkKind.VOLUNTEER


def test_a_limit_and_a_budget_are_kept_read_back_and_cleared(ledger: Ledger) -> None:
    added = ledger.people.add(
        "Siti", weekly_limit_hours=Decimal("40"), weekly_budget_hours=Decimal("7.5")
    )
    assert (added.weekly_limit_minutes, added.weekly_volunteer_minutes) == (2400, 450)
    assert ledger.people.get(ledger.names.person("Siti")) == added
    # None leaves a choice as it is; 0 clears it back to "not chosen".
    kept = ledger.people.edit(ledger.names.person("Siti"), PersonChanges(notes="nurse"))
    assert (kept.weekly_limit_minutes, kept.weekly_volunteer_minutes) == (2400, 450)
    cleared = ledger.people.edit(
        ledger.names.person("Siti"), PersonChanges(weekly_limit_hours=Decimal(0))
    )
    assert (cleared.weekly_limit_minutes, cleared.weekly_volunteer_minutes) == (None, 450)
    assert ledger.people.by_name()[0].weekly_limit_minutes is None


@pytest.mark.parametrize(
    ("limit", "budget", "field", "words"),
    [
        ("0.5", None, "weekly_limit", "weekly limit must be between 1 and 168 hours (got 0.5"),
        ("169", None, "weekly_limit", "between 1 and 168 hours (got 169 hours)"),
        ("-3", None, "weekly_limit", "between 1 and 168"),
        ("NaN", None, "weekly_limit", "between 1 and 168"),
        (None, "200", "weekly_budget", "volunteering budget must be between 1 and 168"),
        ("40", "41", "weekly_budget", "budget (41 hours) cannot be above the weekly limit (40"),
    ],
)
def test_limits_out_of_range_are_refused_naming_the_field(
    ledger: Ledger, limit: str | None, budget: str | None, field: str, words: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(words)) as refused:
        ledger.people.add(
            "Siti",
            weekly_limit_hours=Decimal(limit) if limit else None,
            weekly_budget_hours=Decimal(budget) if budget else None,
        )
    assert refused.value.field == field
    assert ledger.people.by_name() == []


def test_an_edit_checks_the_budget_against_the_limit_it_keeps(ledger: Ledger) -> None:
    ledger.people.add("Siti", weekly_limit_hours=Decimal(10))
    with pytest.raises(ValidationError, match="cannot be above the weekly limit") as refused:
        ledger.people.edit(
            ledger.names.person("Siti"), PersonChanges(weekly_budget_hours=Decimal(12))
        )
    assert refused.value.field == "weekly_budget"
    lowered = ledger.people.edit(
        ledger.names.person("Siti"), PersonChanges(weekly_budget_hours=Decimal(8))
    )
    assert lowered.weekly_volunteer_minutes == 480
    with pytest.raises(ValidationError, match="cannot be above"):
        ledger.people.edit(
            ledger.names.person("Siti"), PersonChanges(weekly_limit_hours=Decimal(6))
        )
    assert ledger.people.get(ledger.names.person("Siti")).weekly_limit_minutes == 600


def _tutoring(ledger: Ledger, day: date, hours: str) -> LogEntry:
    return LogEntry(
        ledger.names.person("Siti Rahmawati"),
        ledger.names.organisation("RS Harapan"),
        EntryInput(date=day, hours=Decimal(hours)),
        kind=V,
    )


def test_the_week_an_entry_would_bring_past_the_limit(ledger: Ledger) -> None:
    dual_role_person(ledger)
    ledger.people.edit(
        ledger.names.person("Siti Rahmawati"), PersonChanges(weekly_limit_hours=Decimal(48))
    )
    for day in (23, 24, 25, 26, 27):  # a 45-hour working week, Monday 23 November to Friday
        log(ledger, date(2026, 11, day), kind=P, hours="9")
    log(ledger, date(2026, 11, 16), kind=V, hours="10")  # the week before does not count
    change = ledger.entries.week_after(_tutoring(ledger, date(2026, 11, 28), "3"))
    assert change.before.total_minutes == 45 * 60
    assert (change.after.week_start, change.after.total_minutes) == (date(2026, 11, 23), 48 * 60)
    assert not change.crosses_limit  # exactly the limit is still fine
    change = ledger.entries.week_after(_tutoring(ledger, date(2026, 11, 28), "6"))
    assert (change.after.professional_minutes, change.after.volunteer_minutes) == (2700, 360)
    assert change.crosses_limit and change.after.limit_minutes == 48 * 60
    # Without a limit of their own, the caller's (the window's preference) counts.
    ledger.people.edit(
        ledger.names.person("Siti Rahmawati"), PersonChanges(weekly_limit_hours=Decimal(0))
    )
    relaxed = ledger.entries.week_after(
        _tutoring(ledger, date(2026, 11, 28), "6"), fallback_limit_minutes=60 * 60
    )
    assert not relaxed.crosses_limit and relaxed.after.limit_minutes == 3600
    # Weeks starting on Sunday put Saturday 28 November with Sunday 22 to Friday 27.
    sunday = ledger.entries.week_after(_tutoring(ledger, date(2026, 11, 28), "6"), first_weekday=6)
    assert sunday.after.week_start == date(2026, 11, 22)


def test_editing_an_entry_counts_its_new_length_instead_of_its_old(ledger: Ledger) -> None:
    dual_role_person(ledger)
    ledger.people.edit(
        ledger.names.person("Siti Rahmawati"), PersonChanges(weekly_limit_hours=Decimal(10))
    )
    entry = log(ledger, date(2026, 11, 24), kind=V, hours="8")
    same = ledger.entries.week_after(_tutoring(ledger, date(2026, 11, 24), "8"), entry.id)
    assert same.after.total_minutes == 8 * 60 and not same.crosses_limit
    longer = ledger.entries.week_after(_tutoring(ledger, date(2026, 11, 24), "11"), entry.id)
    assert longer.after.total_minutes == 11 * 60 and longer.crosses_limit
    # An edit that adds nothing to a week already over the limit is not asked about.
    log(ledger, date(2026, 11, 25), kind=P, hours="5")
    unchanged = ledger.entries.week_after(_tutoring(ledger, date(2026, 11, 24), "8"), entry.id)
    assert unchanged.after.overloaded and not unchanged.crosses_limit


def test_a_refused_entry_has_no_week_to_weigh(ledger: Ledger) -> None:
    dual_role_person(ledger)
    with pytest.raises(ValidationError, match="future"):
        ledger.entries.week_after(_tutoring(ledger, date(2026, 12, 2), "2"))


def test_the_dashboard_year_marks_weeks_over_the_limit_past_the_budget_and_at_rest(
    ledger: Ledger,
) -> None:
    dual_role_person(ledger)
    ledger.people.edit(
        ledger.names.person("Siti Rahmawati"),
        PersonChanges(weekly_limit_hours=Decimal(20), weekly_budget_hours=Decimal(4)),
    )
    log(ledger, date(2026, 11, 23), kind=P, hours="18")  # week of 23 Nov: 18 + 5 = 23 h
    log(ledger, date(2026, 11, 24), kind=V, hours="5")
    log(ledger, date(2026, 11, 16), kind=V, hours="3")  # week of 16 Nov: within both
    log(ledger, date(2026, 1, 1), kind=V, hours="2")  # Thursday: the week of 29 Dec 2025
    data = ledger.dashboard.dashboard(ledger.names.person("Siti Rahmawati"), 2026)
    year = data.load
    assert year is not None and year.limit_minutes == 20 * 60 and year.budget_minutes == 240
    assert len(year.weeks) == 53 and year.weeks[0].week_start == date(2025, 12, 29)
    assert [w.week_start for w in year.over_limit()] == [date(2026, 11, 23)]
    assert [w.week_start for w in year.past_budget()] == [date(2026, 11, 23)]
    rest = year.rest_weeks()
    # Every week begun by 28 November without work rests; December's weeks are still to come.
    assert len(rest) == 48 - 3 and date(2026, 11, 9) in [w.week_start for w in rest]
    assert year.is_to_come(year.weeks[-1]) and year.weeks[-1] not in rest
    assert ledger.dashboard.dashboard(None, 2026).load is None  # everyone: no one's limit
