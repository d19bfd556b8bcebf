"""Where a person stands in an award and in a requirement: pure rules, no database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.schemes import (
    AgeBand,
    AwardPeriod,
    AwardScheme,
    CategoryMinimum,
    Measure,
    RequirementScheme,
    SchemeAbout,
    Tier,
    age_on,
    award_standing,
    cycle_around,
    requirement_standing,
)

D = Decimal
KIDS = AgeBand("Kids (5-10)", 5, 10, (Tier("Bronze", D(26)), Tier("Gold", D(75))))
ADULTS = AgeBand("Adults (26+)", 26, None, (Tier("Bronze", D(100)), Tier("Gold", D(500))))
AWARD = AwardScheme(
    SchemeAbout("Award", "test"), AwardPeriod.YEAR, frozenset({WorkKind.VOLUNTEER}), (KIDS, ADULTS)
)


@pytest.mark.parametrize(
    ("age", "minutes", "band", "reached", "next_tier", "to_next"),
    [
        (7, 26 * 60, "Kids (5-10)", "Bronze", "Gold", 49 * 60),  # a child's bronze at 26 h
        (7, 26 * 60 - 1, "Kids (5-10)", None, "Bronze", 1),  # one minute short
        (40, 26 * 60, "Adults (26+)", None, "Bronze", 74 * 60),  # an adult needs 100 h
        (None, 500 * 60, "Adults (26+)", "Gold", None, 0),  # unknown age: the open band
        (3, 500 * 60, None, None, None, 0),  # no band fits a three-year-old
        (18, 500 * 60, None, None, None, 0),  # nor an age between the bands
    ],
)
def test_award_by_age_band(
    age: int | None,
    minutes: int,
    band: str | None,
    reached: str | None,
    next_tier: str | None,
    to_next: int,
) -> None:
    standing = award_standing(AWARD, age, minutes, pending_minutes=90)
    assert (standing.band, standing.reached, standing.next_tier) == (band, reached, next_tier)
    assert standing.minutes_to_next == to_next
    assert (standing.approved_minutes, standing.pending_minutes) == (minutes, 90)


def test_age_is_counted_in_whole_years_on_the_day() -> None:
    assert age_on(date(2016, 11, 29), date(2026, 11, 28)) == 9  # the birthday is tomorrow
    assert age_on(date(2016, 11, 28), date(2026, 11, 28)) == 10
    assert age_on(None, date(2026, 11, 28)) is None


def test_cycles_of_five_years_from_the_first_day() -> None:
    start = date(2022, 3, 1)
    assert cycle_around(start, 5, date(2026, 11, 28)) == (date(2022, 3, 1), date(2027, 2, 28))
    assert cycle_around(start, 5, date(2027, 3, 1)) == (date(2027, 3, 1), date(2032, 2, 29))
    assert cycle_around(start, 5, date(2020, 1, 1)) == (date(2022, 3, 1), date(2027, 2, 28))
    # A cycle from 29 February runs to the day before its fifth anniversary, 28 February.
    assert cycle_around(date(2024, 2, 29), 5, date(2026, 1, 1))[1] == date(2029, 2, 27)


def test_a_requirement_is_met_by_its_total_and_every_minimum() -> None:
    scheme = RequirementScheme(
        SchemeAbout("CPD", "test"),
        Measure.CREDITS,
        5,
        D(20),
        frozenset(WorkKind),
        (CategoryMinimum("ethics", D(4)),),
    )
    cycle = (date(2022, 1, 1), date(2026, 12, 31))
    short_of_ethics = requirement_standing(scheme, cycle, {"education": D(20)}, {"ethics": D(4)})
    assert short_of_ethics.approved == 20 and not short_of_ethics.met
    (ethics,) = short_of_ethics.minimums
    assert (ethics.needed, ethics.approved, ethics.pending, ethics.met) == (4, 0, 4, False)
    met = requirement_standing(scheme, cycle, {"education": D(16), "ethics": D(4)}, {})
    assert met.met and met.still_needed == 0
    short = requirement_standing(scheme, cycle, {"ethics": D("19.99")}, {})
    assert not short.met and short.still_needed == D("0.01")
