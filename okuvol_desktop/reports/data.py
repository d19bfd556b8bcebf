"""What each document prints, as plain frozen data. Services build these; reports draw them."""

from __future__ import annotations

import datetime
import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from decimal import Decimal
from typing import Any

from okuvol_desktop.domain.load import YearLoad
from okuvol_desktop.domain.schemes import RequirementStanding

PAPER_SIZES = ("a4", "letter")


@dataclass(frozen=True, slots=True)
class ItemisedEntry:
    """One approved entry as a certificate lists it."""

    date: date
    role: str
    minutes: int
    approved_by: str | None
    approved_on: datetime.date | None  # `date` is the field above, in here


@dataclass(frozen=True, slots=True)
class CertificateData:
    """Everything a certificate shows. Stored as JSON with the issued certificate, so that a
    reprint is the same document even after the records have changed."""

    number: str
    person_name: str
    organisation_name: str
    role_titles: tuple[str, ...]
    period_start: date
    period_end: date
    approved_minutes: int
    categories: tuple[str, ...]
    skills: tuple[str, ...]
    beneficiaries: int | None
    signatory_name: str | None
    signatory_title: str | None
    issue_date: date
    language: str
    paper: str
    code: str
    key_fingerprint: str
    entries: tuple[ItemisedEntry, ...] = field(default=())
    organisation_address: str | None = None
    organisation_contact: str | None = None
    # The days actually served inside the period: the first, the last, and how many.
    served_first: date | None = None
    served_last: date | None = None
    served_days: int = 0
    # What the QR code holds for a phone: the code in words that say what it is, or the
    # organisation's own verification address with the code. Empty: the bare code.
    qr_text: str = ""
    # The logo is stored once in the ledger under its SHA-256; the snapshot names the hash and
    # the service hands the picture's bytes in ``logo`` (never written to JSON).
    logo_sha256: str | None = None
    logo: bytes | None = field(default=None, repr=False, compare=False)

    def to_json(self) -> str:
        """The data as JSON (dates as ISO text), without the logo's bytes."""
        raw = asdict(self)
        del raw["logo"]
        return json.dumps(raw, default=_iso, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> CertificateData:
        """The data stored by to_json (also by earlier versions, which named a logo file)."""
        raw: dict[str, Any] = json.loads(text)
        known = {f.name for f in fields(cls)}
        raw = {k: v for k, v in raw.items() if k in known}
        for key in ("period_start", "period_end", "issue_date", "served_first", "served_last"):
            if raw.get(key):
                raw[key] = date.fromisoformat(raw[key])
        for key in ("role_titles", "categories", "skills"):
            raw[key] = tuple(raw[key])
        raw["entries"] = tuple(
            ItemisedEntry(
                date.fromisoformat(e["date"]),
                e["role"],
                e["minutes"],
                e["approved_by"],
                date.fromisoformat(e["approved_on"]) if e["approved_on"] else None,
            )
            for e in raw["entries"]
        )
        return cls(**raw)


def _iso(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


@dataclass(frozen=True, slots=True)
class KindSplit:
    """Minutes of each kind under one label (a month, a category, an organisation)."""

    label: str
    professional: int
    volunteer: int


@dataclass(frozen=True, slots=True)
class ReviewSplit:
    """Minutes of each kind under one label (a month, a category, a week, the year), approved
    apart from those awaiting review.

    Awaiting review means submitted and not yet reviewed; drafts (not yet submitted) and
    rejected entries count in neither.
    """

    label: str
    professional_approved: int
    professional_pending: int
    volunteer_approved: int
    volunteer_pending: int

    @property
    def approved(self) -> int:
        """Approved minutes of both kinds."""
        return self.professional_approved + self.volunteer_approved

    @property
    def pending(self) -> int:
        """Minutes of both kinds awaiting review."""
        return self.professional_pending + self.volunteer_pending

    @property
    def professional(self) -> int:
        """Professional minutes, approved or awaiting review."""
        return self.professional_approved + self.professional_pending

    @property
    def volunteer(self) -> int:
        """Volunteer minutes, approved or awaiting review."""
        return self.volunteer_approved + self.volunteer_pending


@dataclass(frozen=True, slots=True)
class ValueOfTime:
    """What volunteer time was worth, and at which rate from which source."""

    amount: float
    currency: str
    rate: float
    source: str


@dataclass(frozen=True, slots=True)
class GoalLine:
    """A yearly goal: its kind (a label), target and the approved and pending minutes."""

    kind: str
    target_minutes: int
    approved_minutes: int
    pending_minutes: int


@dataclass(frozen=True, slots=True)
class AwardLine:
    """Where the person stands in an award scheme."""

    scheme: str
    age_band: str | None
    reached: str | None
    next_tier: str | None
    minutes_to_next: int


@dataclass(frozen=True, slots=True)
class RoleLine:
    """Minutes in one role at one organisation: approved, and awaiting review."""

    organisation: str
    role: str
    kind: str  # "professional" or "volunteer"
    approved_minutes: int
    pending_minutes: int


@dataclass(frozen=True, slots=True)
class WeekLine:
    """A week of work, both kinds (its ``minutes`` are labelled with nothing)."""

    week_start: date
    minutes: ReviewSplit


@dataclass(frozen=True, slots=True)
class PersonSummaryData:
    """A person's year: both kinds of work, where, on what, and towards which goals.

    Every split of hours keeps approved minutes apart from minutes awaiting review; drafts
    are in neither. Goals, awards and the value of time count approved minutes only.
    """

    person_name: str
    year: int
    language: str
    totals: ReviewSplit
    by_role: tuple[RoleLine, ...]
    by_category: tuple[ReviewSplit, ...]
    by_month: tuple[ReviewSplit, ...]  # labels "1".."12"
    skills: tuple[tuple[str, int], ...]
    beneficiaries: int
    goals: tuple[GoalLine, ...]
    awards: tuple[AwardLine, ...]
    value: ValueOfTime | None
    dual_role: bool
    busiest_weeks: tuple[WeekLine, ...]
    generated: date
    load: YearLoad | None = None  # every week of the year, for the calendar of weekly load
    requirements: tuple[RequirementStanding, ...] = ()
    evidence: tuple[EvidenceLine, ...] = ()


@dataclass(frozen=True, slots=True)
class EvidenceLine:
    """A file kept with one of the person's entries; ``intact`` when its bytes still have
    the SHA-256 recorded when it was kept."""

    work_date: date
    file_name: str
    sha256: str
    intact: bool


@dataclass(frozen=True, slots=True)
class VolunteerLine:
    """A volunteer of an organisation with approved and pending minutes."""

    name: str
    approved_minutes: int
    pending_minutes: int


@dataclass(frozen=True, slots=True)
class OrganisationSummaryData:
    """An organisation's year: who gave time, how much, on what, and what it was worth.

    As in PersonSummaryData, approved minutes and minutes awaiting review stay apart.
    """

    organisation_name: str
    year: int
    language: str
    volunteers: int
    professionals: int
    dual_role: int
    totals: ReviewSplit
    value: ValueOfTime | None
    by_month: tuple[ReviewSplit, ...]
    by_category: tuple[ReviewSplit, ...]
    beneficiaries: int
    volunteer_list: tuple[VolunteerLine, ...]
    generated: date


@dataclass(frozen=True, slots=True)
class ServedLine:
    """A role at an organisation: its kind, the first and last day worked, approved and
    pending minutes."""

    organisation: str
    role: str
    kind: str  # "professional" or "volunteer"
    first_day: date
    last_day: date
    approved_minutes: int
    pending_minutes: int


@dataclass(frozen=True, slots=True)
class AwardYearLine:
    """An award's standing over one stretch: a calendar year, or a lifetime up to a year's
    end (``lifetime``)."""

    scheme: str
    year: int
    lifetime: bool
    reached: str | None
    approved_minutes: int
    pending_minutes: int


@dataclass(frozen=True, slots=True)
class RequirementLine:
    """A requirement in one cycle: its target, what is approved and pending, and whether
    approved work alone meets it (every field's minimum too). Amounts are hours or credits
    (``measure``)."""

    scheme: str
    measure: str  # "hours" or "credits"
    cycle_start: date
    cycle_end: date
    target: Decimal
    approved: Decimal
    pending: Decimal
    met: bool


@dataclass(frozen=True, slots=True)
class CertificateLine:
    """A certificate issued to the person and not revoked."""

    number: str
    organisation: str
    period_start: date
    period_end: date
    minutes: int
    issue_date: date


@dataclass(frozen=True, slots=True)
class PortfolioData:
    """A person's whole record of work to bring to a job application: skills by kind of
    work, organisations served, awards and requirements, certificates.

    Approved minutes count; minutes awaiting review stay beside them, drafts in neither.
    """

    person_name: str
    language: str
    period_start: date
    period_end: date
    totals: ReviewSplit
    skills: tuple[ReviewSplit, ...]  # labelled with the skill's name
    by_category: tuple[ReviewSplit, ...]
    served: tuple[ServedLine, ...]
    awards: tuple[AwardYearLine, ...]
    requirements: tuple[RequirementLine, ...]
    certificates: tuple[CertificateLine, ...]
    revoked_left_out: int
    generated: date
