"""Small builders for service tests."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import Entry, RoleDetails
from okuvol_desktop.services.entries import EntryInput, LogEntry
from okuvol_desktop.services.ledger import Ledger


def dual_role_person(ledger: Ledger, name: str = "Siti Rahmawati") -> None:
    """A nurse at RS Harapan who also tutors there as a volunteer."""
    ledger.people.add(name)
    if not any(o.name == "RS Harapan" for o in ledger.organisations.by_name()):
        ledger.organisations.add("RS Harapan", type="Hospital")
    ledger.roles.add(
        ledger.names.person(name),
        ledger.names.organisation("RS Harapan"),
        WorkKind.PROFESSIONAL,
        RoleDetails(title="Nurse", start_date=date(2024, 1, 1)),
    )
    ledger.roles.add(
        ledger.names.person(name),
        ledger.names.organisation("RS Harapan"),
        WorkKind.VOLUNTEER,
        RoleDetails(title="Tutor", start_date=date(2024, 1, 1)),
    )


def us_rates(ledger: Ledger) -> None:
    """The Independent Sector values of a US volunteer hour (2023, 2024), which a ledger has
    only when its user takes them from the presets."""
    for preset in ("us-independent-sector-2023", "us-independent-sector-2024"):
        ledger.rates.add_preset(preset)


def log(
    ledger: Ledger,
    day: date,
    *,
    kind: WorkKind = WorkKind.VOLUNTEER,
    hours: str | None = None,
    start: time | None = None,
    end: time | None = None,
    person: str = "Siti Rahmawati",
    org: str = "RS Harapan",
    category: str | None = None,
    **extra: object,
) -> Entry:
    """Log an entry for a person and organisation named as a user names them (the category
    too: an id, key or name)."""
    details = EntryInput(
        date=day,
        hours=Decimal(hours) if hours else None,
        start=start,
        end=end,
        category=None if category is None else ledger.names.category(category),
        **extra,  # type: ignore[arg-type]
    )
    return ledger.entries.log(
        LogEntry(ledger.names.person(person), ledger.names.organisation(org), details, kind=kind)
    )
