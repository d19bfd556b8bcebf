"""Award schemes: tiers of approved volunteer hours, by age band (e.g. the US PVSA)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class AwardTier:
    """One tier of a scheme: the approved minutes needed in the period, for an age band."""

    scheme: str
    age_band: str
    min_age: int | None
    max_age: int | None
    tier: str
    min_minutes: int

    def fits(self, age: int | None) -> bool:
        """Whether a person of ``age`` belongs to this tier's band (unknown age: adults)."""
        if age is None:
            return self.max_age is None
        return (self.min_age is None or age >= self.min_age) and (
            self.max_age is None or age <= self.max_age
        )


@dataclass(frozen=True, slots=True)
class AwardProgress:
    """Where a person stands in a scheme: the tier reached and what the next one needs."""

    scheme: str
    age_band: str
    reached: str | None
    next_tier: str | None
    minutes_to_next: int


def age_on(birth_date: date | None, day: date) -> int | None:
    """Whole years of age on ``day``."""
    if birth_date is None:
        return None
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


def award_progress(
    tiers: Sequence[AwardTier], age: int | None, approved_minutes: int
) -> list[AwardProgress]:
    """Progress in each scheme that has a band for this age."""
    schemes: dict[str, list[AwardTier]] = {}
    for tier in tiers:
        if tier.fits(age):
            schemes.setdefault(tier.scheme, []).append(tier)
    progress = []
    for scheme, band in sorted(schemes.items()):
        ladder = sorted(band, key=lambda t: t.min_minutes)
        reached = [t for t in ladder if approved_minutes >= t.min_minutes]
        ahead = [t for t in ladder if approved_minutes < t.min_minutes]
        progress.append(
            AwardProgress(
                scheme,
                ladder[0].age_band,
                reached[-1].tier if reached else None,
                ahead[0].tier if ahead else None,
                ahead[0].min_minutes - approved_minutes if ahead else 0,
            )
        )
    return progress
