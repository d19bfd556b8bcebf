"""Dual-role people and weekly overload."""

from __future__ import annotations

from datetime import date, timedelta

from okuvol_desktop.domain.ids import OrganisationId, PersonId, RoleId
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.load import is_dual_role, overloaded_weeks, week_start, weekly_loads
from okuvol_desktop.domain.model import Role

P, V = WorkKind.PROFESSIONAL, WorkKind.VOLUNTEER


def _role(kind: WorkKind, start: date, end: date | None, archived: bool = False) -> Role:
    return Role(
        id=RoleId(0),
        person_id=PersonId(1),
        organisation_id=OrganisationId(1),
        kind=kind,
        title="t",
        start_date=start,
        end_date=end,
        archived=archived,
    )


def test_both_kinds_in_the_period_make_a_dual_role_person() -> None:
    roles = [_role(P, date(2025, 1, 1), None), _role(V, date(2026, 3, 1), date(2026, 4, 30))]
    assert is_dual_role(roles, date(2026, 1, 1), date(2026, 12, 31))


def test_roles_that_do_not_meet_the_period_do_not_count() -> None:
    roles = [_role(P, date(2025, 1, 1), None), _role(V, date(2024, 1, 1), date(2024, 12, 31))]
    assert not is_dual_role(roles, date(2026, 1, 1), date(2026, 12, 31))


def test_one_kind_twice_is_not_dual_role() -> None:
    roles = [_role(V, date(2025, 1, 1), None), _role(V, date(2025, 1, 1), None)]
    assert not is_dual_role(roles, date(2026, 1, 1), date(2026, 12, 31))


def test_archived_roles_do_not_count() -> None:
    roles = [_role(P, date(2025, 1, 1), None), _role(V, date(2025, 1, 1), None, archived=True)]
    assert not is_dual_role(roles, date(2026, 1, 1), date(2026, 12, 31))


def test_week_start_monday_and_sunday() -> None:
    saturday = date(2026, 11, 28)
    assert week_start(saturday) == date(2026, 11, 23)
    assert week_start(saturday, first_weekday=6) == date(2026, 11, 22)
    assert week_start(date(2026, 11, 23)) == date(2026, 11, 23)


def test_combined_week_over_48_hours_is_flagged() -> None:
    monday = date(2026, 11, 23)
    minutes = {(monday + timedelta(days=d), P): 8 * 60 for d in range(5)}  # 40 h paid
    minutes[(monday + timedelta(days=5), V)] = 8 * 60 + 1  # 8 h 1 min volunteer: 48:01
    minutes[(monday + timedelta(days=7), V)] = 60  # next week: 1 h
    loads = weekly_loads(minutes)
    assert [(w.week_start, w.total_minutes) for w in loads] == [
        (monday, 48 * 60 + 1),
        (monday + timedelta(days=7), 60),
    ]
    assert loads[0].professional_minutes == 40 * 60 and loads[0].volunteer_minutes == 481
    assert [w.week_start for w in overloaded_weeks(loads)] == [monday]


def test_exactly_the_limit_is_not_overload() -> None:
    loads = weekly_loads({(date(2026, 11, 23), P): 24 * 60, (date(2026, 11, 24), V): 24 * 60})
    assert not overloaded_weeks(loads)
    assert overloaded_weeks(weekly_loads({(date(2026, 11, 23), P): 600}, limit_minutes=599))
