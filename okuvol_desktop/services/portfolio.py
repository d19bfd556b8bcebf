"""A person's portfolio: their whole record of work as a signed PDF to bring to a job
application (skills by kind of work, organisations served, awards and requirements,
certificates).

Approved hours count; hours awaiting review are shown beside them, drafts and rejected hours
in neither (as in the yearly summaries, services/summaries.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.domain.ids import PersonId
from okuvol_desktop.domain.keys import LEDGER_HOLDER
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import Person
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.progress import Cancelled, NoProgress, Progress
from okuvol_desktop.domain.schemes import AwardPeriod, AwardScheme
from okuvol_desktop.interchange import scheme_file
from okuvol_desktop.reports.data import (
    AwardYearLine,
    CertificateLine,
    PortfolioData,
    RequirementLine,
    ReviewSplit,
    ServedLine,
)
from okuvol_desktop.reports.pdf_signature import SignatureDetails
from okuvol_desktop.services import schemes
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.files import check_output
from okuvol_desktop.services.signed_documents import write_signed
from okuvol_desktop.services.summaries import (
    REVIEWED,
    approved_and_pending,
    categories_of,
    check_language,
    reviewed_totals,
)
from okuvol_desktop.storage.aggregates import Details, EntryFilter
from okuvol_desktop.storage.certificates import CertificateRepo
from okuvol_desktop.storage.keys import KeyRepo
from okuvol_desktop.storage.repositories import PersonRepo
from okuvol_desktop.storage.schemes import SchemeRepo

# Bounds that hold every entry okuvol accepts: where the search for a person's first day starts.
_EVER = (date(1900, 1, 1), date(9999, 12, 31))
# What writing a portfolio reports as progress: gather, draw and sign, write.
_STEPS = 3


def _skills(details: Details, f: EntryFilter) -> tuple[ReviewSplit, ...]:
    """Approved and pending minutes of each kind per skill, most practised first."""
    found: dict[str, dict[tuple[WorkKind, bool], int]] = {}
    for skill in details.skill_minutes(f):
        approved = skill.status is EntryStatus.APPROVED
        per = found.setdefault(skill.name, {})
        per[(skill.kind, approved)] = per.get((skill.kind, approved), 0) + skill.minutes
    lines = [
        ReviewSplit(
            name,
            per.get((WorkKind.PROFESSIONAL, True), 0),
            per.get((WorkKind.PROFESSIONAL, False), 0),
            per.get((WorkKind.VOLUNTEER, True), 0),
            per.get((WorkKind.VOLUNTEER, False), 0),
        )
        for name, per in found.items()
    ]
    return tuple(sorted(lines, key=lambda k: (-k.approved, -k.pending, k.label.casefold())))


def _served(details: Details, f: EntryFilter) -> tuple[ServedLine, ...]:
    """Each role worked in, by organisation and then by the first day worked."""
    approved, pending = (
        {r.role_id: r for r in details.by_role(g)} for g in approved_and_pending(f)
    )
    lines = []
    for role_id in set(approved) | set(pending):
        a, p = approved.get(role_id), pending.get(role_id)
        both = [r for r in (a, p) if r is not None]
        lines.append(
            ServedLine(
                both[0].organisation,
                both[0].role_title,
                both[0].kind.value,
                min(r.first_day for r in both),
                max(r.last_day for r in both),
                a.minutes if a else 0,
                p.minutes if p else 0,
            )
        )
    return tuple(
        sorted(lines, key=lambda r: (r.organisation.casefold(), r.first_day, r.role.casefold()))
    )


def _schemes(
    s: Session, person: Person, period: Period, today: date
) -> tuple[tuple[AwardYearLine, ...], tuple[RequirementLine, ...]]:
    """Awards year by year over the period (a lifetime award once, up to the period's last
    year), and every requirement cycle the period touches."""
    lifetime = {
        stored.name
        for stored, _ in SchemeRepo(s).of_person(person.id)
        if isinstance(scheme := scheme_file.parse(stored.document), AwardScheme)
        and scheme.period is AwardPeriod.LIFETIME
    }
    awards: list[AwardYearLine] = []
    cycles: dict[tuple[str, date], RequirementLine] = {}
    last_year = period.end.year
    for year in range(period.start.year, last_year + 1):
        year_awards, requirements = schemes.standings(s, person, year, today)
        for award in year_awards:
            is_lifetime = award.scheme in lifetime
            counted = award.approved_minutes or award.pending_minutes
            # A year without work in it says nothing; a lifetime once, at its latest.
            if (is_lifetime and year == last_year) or (not is_lifetime and counted):
                awards.append(
                    AwardYearLine(
                        award.scheme,
                        year,
                        is_lifetime,
                        award.reached,
                        award.approved_minutes,
                        award.pending_minutes,
                    )
                )
        for r in requirements:
            cycles[(r.scheme, r.cycle_start)] = RequirementLine(
                r.scheme,
                r.measure.value,
                r.cycle_start,
                r.cycle_end,
                r.target,
                r.approved,
                r.pending,
                r.met,
            )
    awards.sort(key=lambda a: (a.scheme.casefold(), a.year))
    ordered = sorted(cycles.values(), key=lambda r: (r.scheme.casefold(), r.cycle_start))
    return tuple(awards), tuple(ordered)


class PortfolioService:
    """Use case: a person's portfolio as a signed PDF."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def data(
        self,
        person_id: PersonId,
        language: str = "en",
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> PortfolioData:
        """Everything a person's portfolio shows, read in one transaction: by default their
        whole history, from their first day with hours approved or awaiting review to today.

        Raises:
            NotFound: no such person.
            ValidationError: an unknown language, a period that ends before it starts, or
                nothing to show: a portfolio of no hours and no certificates would only
                mislead whoever it is handed to, so it is refused with the reason.
        """
        check_language(language)
        today = self._ctx.today()
        with self._ctx.reading() as s:
            person = PersonRepo(s).get(person_id)
            details = Details(s)
            ever = EntryFilter(*_EVER, REVIEWED, person_id=person.id)
            first, last, _days = details.days_served(ever)
            end = date_to or max(today, last or today)
            start = date_from or min(first or end, end)
            period = Period(start, end)
            f = replace(ever, date_from=period.start, date_to=period.end)
            issued = [
                c
                for c in CertificateRepo(s).newest_first(person_id=person.id)
                if c.period_start <= period.end and c.period_end >= period.start
            ]
            # Revoked certificates are left out: verify refuses them, so listing one would
            # invite a check that fails. The document says how many were left out.
            kept = [c for c in issued if c.revoked_at is None]
            totals = reviewed_totals(s, f)
            if not (totals.approved or totals.pending or kept):
                raise ValidationError(
                    "person",
                    "{person} has no hours approved or awaiting review and no certificates "
                    "from {start} to {end}: a portfolio would be empty.",
                    person=person.full_name,
                    start=period.start.isoformat(),
                    end=period.end.isoformat(),
                )
            awards, requirements = _schemes(s, person, period, today)
            return PortfolioData(
                person_name=person.full_name,
                language=language,
                period_start=period.start,
                period_end=period.end,
                totals=totals,
                skills=_skills(details, f),
                by_category=categories_of(s, f, language),
                served=_served(details, f),
                awards=awards,
                requirements=requirements,
                certificates=tuple(
                    CertificateLine(
                        c.number,
                        c.organisation_name,
                        c.period_start,
                        c.period_end,
                        c.minutes,
                        c.issue_date,
                    )
                    for c in sorted(kept, key=lambda c: (c.period_start, c.number))
                ),
                revoked_left_out=len(issued) - len(kept),
                generated=today,
            )

    def write(
        self,
        person_id: PersonId,
        out: Path,
        language: str = "en",
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        progress: Progress | None = None,
    ) -> PortfolioData:
        """A person's portfolio, signed with the ledger's key (as a person's yearly summary:
        it gathers the records of every organisation, and none of them wrote it) and written
        whole to ``out``, never over the ledger; returns what it shows.

        Raises:
            Cancelled: ``progress`` asked to stop; nothing was written.
        """
        from okuvol_desktop.reports.portfolio import build_portfolio

        progress = progress or NoProgress()
        check_output(out, self._ctx.ledger_files())  # before the work of gathering
        data = self.data(person_id, language, date_from, date_to)
        _step(progress, 1)
        with self._ctx.reading() as s:
            key = KeyRepo(s).current(None)
        details = SignatureDetails(
            signer_name=LEDGER_HOLDER,
            reason=f"Portfolio {data.period_start.isoformat()} to "
            f"{data.period_end.isoformat()}: {data.person_name}",
        )

        def build(target: BinaryIO) -> None:
            build_portfolio(data, target)
            _step(progress, 2)

        write_signed(out, build, key, details, self._ctx.ledger_files())
        progress.report(_STEPS, _STEPS)
        return data


def _step(progress: Progress, done: int) -> None:
    if progress.cancelled():
        raise Cancelled
    progress.report(done, _STEPS)
