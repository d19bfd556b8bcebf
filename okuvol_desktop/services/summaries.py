"""Yearly summaries of a person and of an organisation, as PDFs.

Every table of hours shows approved hours and hours awaiting review (submitted) apart;
drafts, not yet submitted, and rejected hours count in neither. The value of volunteer time,
awards and goals count approved hours only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.domain.ids import OrganisationId, PersonId
from okuvol_desktop.domain.keys import LEDGER_HOLDER
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.load import WeekLoad, is_dual_role, weekly_loads
from okuvol_desktop.domain.model import ValuationRate
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.valuation import in_currency, value_of_volunteer_time
from okuvol_desktop.reports.data import (
    AwardLine,
    EvidenceLine,
    GoalLine,
    KindSplit,
    OrganisationSummaryData,
    PersonSummaryData,
    ReviewSplit,
    RoleLine,
    ValueOfTime,
    VolunteerLine,
    WeekLine,
)
from okuvol_desktop.reports.pdf_signature import SignatureDetails
from okuvol_desktop.reports.texts import LANGUAGES
from okuvol_desktop.services import schemes
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.load import year_load_of
from okuvol_desktop.services.rates import CURRENCY_OF_LANGUAGE
from okuvol_desktop.services.signed_documents import write_signed
from okuvol_desktop.storage.aggregates import Aggregates, Details, EntryFilter, KindMinutes
from okuvol_desktop.storage.evidence import EvidenceRepo
from okuvol_desktop.storage.keys import KeyRepo
from okuvol_desktop.storage.repositories import (
    CategoryRepo,
    GoalRepo,
    OrganisationRepo,
    PersonRepo,
    RateRepo,
    RoleRepo,
)

APPROVED = (EntryStatus.APPROVED,)
# Awaiting review: submitted. A draft is not yet claimed by anyone, so it is not pending.
PENDING = (EntryStatus.SUBMITTED,)
# What a summary counts at all: approved or awaiting review.
REVIEWED = APPROVED + PENDING
_UNCATEGORISED = {"en": "Uncategorised", "id": "Tanpa kategori"}


def check_language(language: str) -> None:
    """Refuse a language the documents are not written in."""
    if language not in LANGUAGES:
        raise ValidationError(
            "language", "Summaries can be written in en or id, not '{language}'.", language=language
        )


def approved_and_pending(f: EntryFilter) -> tuple[EntryFilter, EntryFilter]:
    """``f`` over approved entries, and over entries awaiting review."""
    return replace(f, statuses=APPROVED), replace(f, statuses=PENDING)


def review_split(
    label: str, approved: KindMinutes | None, pending: KindMinutes | None
) -> ReviewSplit:
    """Approved and pending minutes of each kind under ``label`` (absent groups are zero)."""
    return ReviewSplit(
        label,
        approved.professional if approved else 0,
        pending.professional if pending else 0,
        approved.volunteer if approved else 0,
        pending.volunteer if pending else 0,
    )


def reviewed_totals(s: Session, f: EntryFilter) -> ReviewSplit:
    """Approved and pending minutes of each kind that ``f`` selects."""
    approved, pending = (
        KindMinutes("", m[WorkKind.PROFESSIONAL], m[WorkKind.VOLUNTEER])
        for m in (Aggregates(s).by_kind(g)[1] for g in approved_and_pending(f))
    )
    return review_split("", approved, pending)


def _reviewed_months(s: Session, f: EntryFilter) -> tuple[ReviewSplit, ...]:
    approved, pending = (Aggregates(s).by_month(g) for g in approved_and_pending(f))
    return tuple(
        review_split(str(m), approved.get((y, m)), pending.get((y, m)))
        for y, m in Period(f.date_from, f.date_to).months()
    )


def _busiest_weeks(s: Session, f: EntryFilter, count: int = 3) -> tuple[WeekLine, ...]:
    """The weeks with the most hours of both kinds (approved or awaiting review)."""

    def weeks(g: EntryFilter) -> dict[date, WeekLoad]:
        return {w.week_start: w for w in weekly_loads(Aggregates(s).minutes_by_day(g))}

    approved, pending = (weeks(g) for g in approved_and_pending(f))

    def split(start: date) -> ReviewSplit:
        a, p = approved.get(start), pending.get(start)
        return ReviewSplit(
            "",
            a.professional_minutes if a else 0,
            p.professional_minutes if p else 0,
            a.volunteer_minutes if a else 0,
            p.volunteer_minutes if p else 0,
        )

    lines = [WeekLine(start, split(start)) for start in set(approved) | set(pending)]
    lines.sort(key=lambda w: (-(w.minutes.approved + w.minutes.pending), w.week_start))
    return tuple(lines[:count])


def months_of(s: Session, f: EntryFilter) -> tuple[KindSplit, ...]:
    found = Aggregates(s).by_month(f)
    return tuple(
        KindSplit(str(m), found[(y, m)].professional, found[(y, m)].volunteer)
        if (y, m) in found
        else KindSplit(str(m), 0, 0)
        for y, m in Period(f.date_from, f.date_to).months()
    )


def categories_of(s: Session, f: EntryFilter, language: str) -> tuple[ReviewSplit, ...]:
    """Approved and pending minutes of each kind per field of service, most first."""
    names = {c.key: c.name(language) for c in CategoryRepo(s).every()}
    uncategorised = _UNCATEGORISED[language]
    approved, pending = (
        dict(Aggregates(s).by_category(g, uncategorised)) for g in approved_and_pending(f)
    )
    splits = []
    for key in set(approved) | set(pending):
        found = approved.get(key) or pending[key]
        label = names.get(key, found.label) if key else uncategorised
        splits.append(review_split(label, approved.get(key), pending.get(key)))
    return tuple(sorted(splits, key=lambda k: (-(k.approved + k.pending), k.label)))


def _roles(s: Session, f: EntryFilter) -> tuple[RoleLine, ...]:
    approved, pending = (
        {r.role_id: r for r in Details(s).by_role(g)} for g in approved_and_pending(f)
    )
    lines = []
    for role_id in set(approved) | set(pending):
        found = approved.get(role_id) or pending[role_id]
        a, p = approved.get(role_id), pending.get(role_id)
        lines.append(
            RoleLine(
                found.organisation,
                found.role_title,
                found.kind.value,
                a.minutes if a else 0,
                p.minutes if p else 0,
            )
        )
    return tuple(
        sorted(
            lines,
            key=lambda r: (-(r.approved_minutes + r.pending_minutes), r.organisation, r.role),
        )
    )


def value_of(s: Session, f: EntryFilter, currency: str | None = None) -> ValueOfTime | None:
    """Approved volunteer minutes valued at each day's rate, and the rate at the year's end;
    in ``currency`` (the user's) when the ledger has rates in it. None without a rate or
    without volunteer time: no "0.00" for a person who only works for pay."""
    approved = EntryFilter(
        f.date_from, f.date_to, APPROVED, f.person_id, f.organisation_id, WorkKind.VOLUNTEER
    )
    rates = RateRepo(s).oldest_first()
    chosen = in_currency(rates, currency)
    if chosen is None:
        return None
    # Minutes of each stretch between rate changes: every day of a stretch has one rate.
    stretches = Aggregates(s).minutes_by_stretch(approved, (r.valid_from for r in rates))
    if not any(stretches.values()):
        return None
    valued = value_of_volunteer_time(stretches, rates, chosen)
    if valued is None:
        return None
    amount, currency = valued
    rate = _rate_at(rates, currency, f.date_to)
    return ValueOfTime(float(amount), currency, float(rate.amount), rate.source or "")


def _rate_at(rates: list[ValuationRate], currency: str, day: date) -> ValuationRate:
    same = [r for r in rates if r.currency == currency]
    valid = [r for r in same if r.valid_from <= day]
    return (
        max(valid, key=lambda r: r.valid_from) if valid else min(same, key=lambda r: r.valid_from)
    )


class SummaryService:
    """Use cases: a person's year and an organisation's year as PDFs."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def person_data(
        self, person_id: PersonId, year: int, language: str = "en"
    ) -> PersonSummaryData:
        """Everything a person's yearly summary shows."""
        check_language(language)
        period = Period.year(year)
        with self._ctx.reading() as s:
            person = PersonRepo(s).get(person_id)
            f = EntryFilter(period.start, period.end, REVIEWED, person_id=person.id)
            aggregates, details = Aggregates(s), Details(s)
            approved = aggregates.by_kind(replace(f, statuses=APPROVED))[1]
            pending = aggregates.by_kind(replace(f, statuses=PENDING))[1]
            standings = schemes.standings(s, person, year, self._ctx.today())
            return PersonSummaryData(
                person_name=person.full_name,
                year=year,
                language=language,
                totals=reviewed_totals(s, f),
                by_role=_roles(s, f),
                by_category=categories_of(s, f, language),
                by_month=_reviewed_months(s, f),
                skills=tuple(details.skills(f)),
                beneficiaries=details.beneficiaries(f),
                goals=tuple(
                    GoalLine(g.kind.value, g.target_minutes, approved[g.kind], pending[g.kind])
                    for g in GoalRepo(s).of_year(person.id, year)
                ),
                awards=tuple(
                    AwardLine(a.scheme, a.band, a.reached, a.next_tier, a.minutes_to_next)
                    for a in standings[0]
                ),
                requirements=standings[1],
                evidence=tuple(
                    EvidenceLine(day, e.file_name, e.sha256, e.intact)
                    for day, e in EvidenceRepo(s).of_person(person.id, period.start, period.end)
                ),
                value=value_of(s, f, CURRENCY_OF_LANGUAGE.get(language)),
                dual_role=is_dual_role(
                    RoleRepo(s).held(person.id, include_archived=True), period.start, period.end
                ),
                busiest_weeks=_busiest_weeks(s, f),
                generated=self._ctx.today(),
                # Weeks as the rest of the summary counts hours: approved or awaiting review;
                # the document has no window preferences, so the person's limit or 48 h.
                load=year_load_of(s, person, year, self._ctx.today(), statuses=REVIEWED),
            )

    def organisation_data(
        self, organisation_id: OrganisationId, year: int, language: str | None = None
    ) -> OrganisationSummaryData:
        """Everything an organisation's yearly impact summary shows."""
        period = Period.year(year)
        with self._ctx.reading() as s:
            organisation = OrganisationRepo(s).get(organisation_id)
            language = language or organisation.certificate_language
            check_language(language)
            f = EntryFilter(period.start, period.end, REVIEWED, organisation_id=organisation.id)
            aggregates, details = Aggregates(s), Details(s)
            people = aggregates.people(f)

            def volunteer_minutes(statuses: tuple[EntryStatus, ...]) -> dict[int, int]:
                g = EntryFilter(
                    period.start,
                    period.end,
                    statuses,
                    organisation_id=organisation.id,
                    kind=WorkKind.VOLUNTEER,
                )
                return {p: k.get(WorkKind.VOLUNTEER, 0) for p, k in details.by_person(g).items()}

            approved, pending = volunteer_minutes(APPROVED), volunteer_minutes(PENDING)
            names: dict[int, str] = {
                p.id: p.full_name for p in PersonRepo(s).by_name(include_archived=True)
            }
            volunteers = sorted(
                (
                    VolunteerLine(names[p], approved.get(p, 0), pending.get(p, 0))
                    for p in set(approved) | set(pending)
                ),
                key=lambda v: (-v.approved_minutes, v.name),
            )
            return OrganisationSummaryData(
                organisation_name=organisation.name,
                year=year,
                language=language,
                volunteers=people.volunteer_only + people.dual_role,
                professionals=people.professional_only + people.dual_role,
                dual_role=people.dual_role,
                totals=reviewed_totals(s, f),
                value=value_of(s, f, CURRENCY_OF_LANGUAGE.get(language)),
                by_month=_reviewed_months(s, f),
                by_category=categories_of(s, f, language),
                beneficiaries=details.beneficiaries(f),
                volunteer_list=tuple(volunteers),
                generated=self._ctx.today(),
            )

    def write_person(self, person_id: PersonId, year: int, out: Path, language: str = "en") -> str:
        """A person's yearly summary, written whole to ``out``; returns the person's name."""
        from okuvol_desktop.reports.person_summary import build_person_summary

        data = self.person_data(person_id, year, language)
        with self._ctx.reading() as s:
            key = KeyRepo(s).current(None)  # the ledger's own key: anyone may make their year
        details = SignatureDetails(
            signer_name=LEDGER_HOLDER, reason=f"Yearly summary {year}: {data.person_name}"
        )
        write_signed(
            out,
            lambda path: build_person_summary(data, path),
            key,
            details,
            self._ctx.ledger_files(),
        )
        return data.person_name

    def write_organisation(
        self, organisation_id: OrganisationId, year: int, out: Path, language: str | None = None
    ) -> str:
        """An organisation's yearly impact summary, written whole to ``out``; returns its
        name."""
        from okuvol_desktop.reports.org_summary import build_organisation_summary

        data = self.organisation_data(organisation_id, year, language)
        with self._ctx.reading() as s:
            organisation = OrganisationRepo(s).get(organisation_id)
            key = KeyRepo(s).current(organisation.id)
        details = SignatureDetails(
            signer_name=organisation.name,
            reason=f"Yearly impact summary {year}: {organisation.name}",
            location=organisation.address,
            contact=organisation.contact,
        )
        write_signed(
            out,
            lambda path: build_organisation_summary(data, path),
            key,
            details,
            self._ctx.ledger_files(),
        )
        return organisation.name
