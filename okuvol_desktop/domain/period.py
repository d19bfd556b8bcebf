"""A span of calendar days that totals are counted over."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from okuvol_desktop.domain.errors import ValidationError


def check_in_order(start: date | None, end: date | None) -> None:
    """A span given by --from and --to (either may be open) does not end before it starts."""
    if start is not None and end is not None:
        Period(start, end)


@dataclass(frozen=True, slots=True)
class Period:
    """Calendar days from ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                "to",
                "The period ends ({end}) before it starts ({start}).",
                end=self.end.isoformat(),
                start=self.start.isoformat(),
            )

    @classmethod
    def year(cls, year: int) -> Period:
        """1 January to 31 December of ``year``."""
        if not 1900 <= year <= 9999:
            raise ValidationError("year", "{year} is not a year okuvol can count.", year=year)
        return cls(date(year, 1, 1), date(year, 12, 31))

    def months(self) -> Iterator[tuple[int, int]]:
        """Every (year, month) the period touches, in order."""
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            yield year, month
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
