"""What a new ledger starts with: fields of service in two languages, and a valuation rate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple


class DefaultCategory(NamedTuple):
    """A field of service shipped with the application; users may rename or add more."""

    key: str
    name_en: str
    name_id: str


DEFAULT_CATEGORIES: tuple[DefaultCategory, ...] = (
    DefaultCategory("health_care", "Health care", "Layanan kesehatan"),
    DefaultCategory("education", "Education", "Pendidikan"),
    DefaultCategory("legal_aid", "Legal aid", "Bantuan hukum"),
    DefaultCategory("social_services", "Social services", "Layanan sosial"),
    DefaultCategory("disaster_relief", "Disaster relief", "Penanggulangan bencana"),
    DefaultCategory("environment", "Environment", "Lingkungan hidup"),
    DefaultCategory("elderly_care", "Elderly care", "Perawatan lansia"),
    DefaultCategory("children_youth", "Children and youth", "Anak dan remaja"),
    DefaultCategory("community", "Community", "Kemasyarakatan"),
    DefaultCategory("other", "Other", "Lainnya"),
)


class DefaultRate(NamedTuple):
    """A published value of a volunteer hour."""

    amount: Decimal
    currency: str
    valid_from: date
    source: str


# Independent Sector's national estimate of the value of a US volunteer hour, by the year it
# measures. Users replace or extend these with their own (e.g. in rupiah).
DEFAULT_RATES: tuple[DefaultRate, ...] = (
    DefaultRate(
        Decimal("33.49"),
        "USD",
        date(2023, 1, 1),
        "Independent Sector, value of volunteer time 2023",
    ),
    DefaultRate(
        Decimal("34.79"),
        "USD",
        date(2024, 1, 1),
        "Independent Sector, value of volunteer time 2024",
    ),
)
