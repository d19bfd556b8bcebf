"""Award and requirement schemes, and where a person stands in each.

A scheme is data (a user adds, edits, imports and exports it; interchange/scheme_file.py reads
and writes it): an **award** gives tiers at hours reached in a period, possibly by age band
(the US President's Volunteer Service Award, an organisation's own bronze/silver/gold); a
**requirement** asks for hours or credits within a cycle of years, with minimums per field
(continuing education a nurse or a lawyer keeps for a licence). Only approved work counts;
what awaits review is shown beside.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from okuvol_desktop.domain.kinds import WorkKind


class SchemeKind(StrEnum):
    """An award (tiers to reach) or a requirement (a total to keep)."""

    AWARD = "award"
    REQUIREMENT = "requirement"


class Measure(StrEnum):
    """What a requirement counts."""

    HOURS = "hours"
    CREDITS = "credits"


class AwardPeriod(StrEnum):
    """The hours an award counts: those of one calendar year, or of a whole life."""

    YEAR = "year"
    LIFETIME = "lifetime"


@dataclass(frozen=True, slots=True)
class SchemeAbout:
    """Where a scheme comes from: its name, source and year, the region it belongs to, and
    whether its figures are an example to adjust rather than the official ones."""

    name: str
    source: str
    year: int | None = None
    region: str | None = None
    example: bool = False
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Tier:
    """A level of an award and the hours it needs."""

    name: str
    hours: Decimal


@dataclass(frozen=True, slots=True)
class AgeBand:
    """The tiers for people of some ages; both ends included, None for open."""

    name: str
    min_age: int | None
    max_age: int | None
    tiers: tuple[Tier, ...]

    def fits(self, age: int | None) -> bool:
        """Whether a person of ``age`` belongs here; an unknown age counts as an adult's
        (the band with no upper end)."""
        if age is None:
            return self.max_age is None
        return (self.min_age is None or age >= self.min_age) and (
            self.max_age is None or age <= self.max_age
        )


@dataclass(frozen=True, slots=True)
class AwardScheme:
    """Tiers of hours over a period, by age band (one band without ages fits everyone)."""

    about: SchemeAbout
    period: AwardPeriod
    counts: frozenset[WorkKind]
    bands: tuple[AgeBand, ...]

    @property
    def kind(self) -> SchemeKind:
        """SchemeKind.AWARD."""
        return SchemeKind.AWARD


@dataclass(frozen=True, slots=True)
class CategoryMinimum:
    """At least ``amount`` (hours or credits) in one field, by the field's key."""

    category: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class RequirementScheme:
    """A total of hours or credits within each cycle of ``cycle_years``, with minimums in
    some fields; only work of the kinds it ``counts``."""

    about: SchemeAbout
    measure: Measure
    cycle_years: int
    target: Decimal
    counts: frozenset[WorkKind]
    minimums: tuple[CategoryMinimum, ...] = ()

    @property
    def kind(self) -> SchemeKind:
        """SchemeKind.REQUIREMENT."""
        return SchemeKind.REQUIREMENT


Scheme = AwardScheme | RequirementScheme


def age_on(birth_date: date | None, day: date) -> int | None:
    """Whole years of age on ``day``."""
    if birth_date is None:
        return None
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


@dataclass(frozen=True, slots=True)
class AwardStanding:
    """Where a person stands in an award: the band that fits them, the tier reached, and
    what the next one needs (approved hours only; pending shown beside)."""

    scheme: str
    band: str | None
    reached: str | None
    next_tier: str | None
    minutes_to_next: int
    approved_minutes: int
    pending_minutes: int


def award_standing(
    scheme: AwardScheme, age: int | None, approved_minutes: int, pending_minutes: int = 0
) -> AwardStanding:
    """The tier ``approved_minutes`` reach for a person of ``age``; no band fits (a child
    younger than every band): nothing reached and nothing next."""
    band = next((b for b in scheme.bands if b.fits(age)), None)
    if band is None:
        return AwardStanding(
            scheme.about.name, None, None, None, 0, approved_minutes, pending_minutes
        )
    ladder = sorted(band.tiers, key=lambda t: t.hours)
    reached = [t for t in ladder if approved_minutes >= _minutes(t.hours)]
    ahead = [t for t in ladder if approved_minutes < _minutes(t.hours)]
    return AwardStanding(
        scheme.about.name,
        band.name,
        reached[-1].name if reached else None,
        ahead[0].name if ahead else None,
        _minutes(ahead[0].hours) - approved_minutes if ahead else 0,
        approved_minutes,
        pending_minutes,
    )


def _minutes(hours: Decimal) -> int:
    return int((hours * 60).to_integral_value())


def _years_after(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def cycle_around(starts_on: date, cycle_years: int, day: date) -> tuple[date, date]:
    """First and last day of the cycle (of ``cycle_years`` from ``starts_on``) that holds
    ``day``; a day before the first cycle gets the first."""
    start = starts_on
    while _years_after(start, cycle_years) <= day:
        start = _years_after(start, cycle_years)
    return start, _years_after(start, cycle_years) - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class MinimumStanding:
    """One field's minimum in a cycle: what it needs, and what is approved and pending."""

    category: str
    needed: Decimal
    approved: Decimal
    pending: Decimal

    @property
    def met(self) -> bool:
        """Whether the approved amount reaches the minimum."""
        return self.approved >= self.needed


@dataclass(frozen=True, slots=True)
class RequirementStanding:
    """A requirement in the cycle that holds the day asked about."""

    scheme: str
    measure: Measure
    cycle_start: date
    cycle_end: date
    target: Decimal
    approved: Decimal
    pending: Decimal
    minimums: tuple[MinimumStanding, ...]

    @property
    def met(self) -> bool:
        """The total and every minimum reached with approved work alone."""
        return self.approved >= self.target and all(m.met for m in self.minimums)

    @property
    def still_needed(self) -> Decimal:
        """What the total still lacks (0 once reached)."""
        return max(self.target - self.approved, Decimal(0))


def requirement_standing(
    scheme: RequirementScheme,
    cycle: tuple[date, date],
    approved: Mapping[str, Decimal],
    pending: Mapping[str, Decimal],
) -> RequirementStanding:
    """Where ``approved`` and ``pending`` amounts (by field key, in the scheme's measure, of
    the kinds it counts, within ``cycle``) leave a person."""
    return RequirementStanding(
        scheme.about.name,
        scheme.measure,
        cycle[0],
        cycle[1],
        scheme.target,
        sum(approved.values(), Decimal(0)),
        sum(pending.values(), Decimal(0)),
        tuple(
            MinimumStanding(
                m.category,
                m.amount,
                approved.get(m.category, Decimal(0)),
                pending.get(m.category, Decimal(0)),
            )
            for m in scheme.minimums
        ),
    )
