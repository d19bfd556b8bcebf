"""Issuing, previewing, reprinting and revoking volunteer certificates.

A certificate counts only approved volunteer minutes. Its facts are signed with the
organisation's key as a short code (for paper), and the PDF carries a standard PDF signature
made with the same organisation's key and certificate. The same facts give the same
certificate: issuing again returns the one in force, unless a reissue is asked for. The record
kept holds the document's full data, so a reprint shows exactly what was issued. Each PDF is
written to a temporary file beside its final name and renamed into place only after the
record is committed: no half-written certificate ever carries the final name.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from okuvol_desktop.domain import signing
from okuvol_desktop.domain.errors import Conflict, ValidationError
from okuvol_desktop.domain.ids import OrganisationId, PersonId
from okuvol_desktop.domain.keys import SigningKey
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import CertificateRecord, IssuedCertificate, Organisation, Person
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.progress import Cancelled, NoProgress, Progress
from okuvol_desktop.domain.rules import check_text
from okuvol_desktop.reports.data import PAPER_SIZES, CertificateData, ItemisedEntry
from okuvol_desktop.reports.pdf_signature import SignatureDetails
from okuvol_desktop.reports.texts import LANGUAGES
from okuvol_desktop.reports.verification_text import qr_text
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.files import check_folder, check_output, place, write_file
from okuvol_desktop.services.signed_documents import place_signed, signed_pdf
from okuvol_desktop.storage.aggregates import Details, EntryFilter
from okuvol_desktop.storage.certificates import CertificateRepo
from okuvol_desktop.storage.keys import KeyRepo
from okuvol_desktop.storage.pictures import PictureRepo
from okuvol_desktop.storage.repositories import OrganisationRepo, PersonRepo

APPROVED = (EntryStatus.APPROVED,)
PREVIEW_NUMBER = "PREVIEW"


@dataclass(frozen=True, slots=True)
class CertificateRequest:
    """One certificate: whose, from which organisation, for which period, and how to print it.

    ``reissue`` asks for a new number even when a certificate of the same facts is in force.
    """

    person: PersonId
    organisation: OrganisationId
    period: Period
    language: str | None = None  # None: the organisation's certificate language
    paper: str = "a4"
    itemised: bool = False
    reissue: bool = False


@dataclass(frozen=True, slots=True)
class Issued:
    """A certificate handed out: newly issued, or the one already in force for these facts."""

    certificate: IssuedCertificate
    reused: bool


@dataclass(frozen=True, slots=True)
class CertificatePreview:
    """What issuing would give, before anything is recorded.

    ``already`` is the certificate in force for the same facts (issuing then gives it again,
    with its number); otherwise ``pdf`` shows the new certificate with PREVIEW for a number.
    """

    pdf: bytes
    period: Period
    minutes: int
    already: IssuedCertificate | None


def _check_choices(language: str | None, paper: str) -> None:
    if language is not None and language not in LANGUAGES:
        raise ValidationError(
            "language",
            "Certificates can be printed in en or id, not '{language}'.",
            language=language,
        )
    if paper not in PAPER_SIZES:
        raise ValidationError("paper", "Paper can be a4 or letter, not '{paper}'.", paper=paper)


def _prefix(name: str) -> str:
    """Initials of an organisation's name for its certificate numbers (RS Harapan -> RSH)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z0-9]+", ascii_name)).upper()
    return initials[:6] or "OKV"


def _number_prefix(s: Session, organisation: Organisation) -> str:
    """The prefix of an organisation's certificate numbers: its initials, followed by its id
    when an older organisation has the same initials ("RS Harapan" RH, "Rumah Hijau" RH7),
    so that no two organisations can ever reach the same number."""
    initials = _prefix(organisation.name)
    older = [
        o.id
        for o in OrganisationRepo(s).by_name(include_archived=True)
        if o.id < organisation.id and _prefix(o.name) == initials
    ]
    return f"{initials}{organisation.id}" if older else initials


def file_name(issued_number: str, person_name: str) -> str:
    """A safe file name: number and name, without characters file systems refuse."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", person_name).strip() or "certificate"
    return f"{issued_number} {cleaned[:100]}.pdf"


def _certified_period(period: Period, today: date) -> Period:
    """The period a certificate may state: it cannot end after the day it is issued."""
    if period.start > today:
        raise ValidationError(
            "from",
            "The period starts on {start}, after today; a certificate can only state hours "
            "already given.",
            start=period.start.isoformat(),
        )
    return Period(period.start, min(period.end, today))


@dataclass(frozen=True, slots=True)
class _Facts:
    """What a certificate of a request would state, read in one transaction."""

    person: Person
    organisation: Organisation
    period: Period
    filter: EntryFilter
    minutes: int


class CertificateService:
    """Use cases of certificates."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def day_of(self, instant: datetime) -> date:
        """The date an instant (a revocation, say) fell on where the user is."""
        return self._ctx.day_of(instant)

    # --- reading the facts ---------------------------------------------------------------

    def _facts(self, s: Session, request: CertificateRequest) -> _Facts:
        person = PersonRepo(s).get(request.person)
        organisation = OrganisationRepo(s).get(request.organisation)
        period = _certified_period(request.period, self._ctx.today())
        f = EntryFilter(
            period.start, period.end, APPROVED, person.id, organisation.id, WorkKind.VOLUNTEER
        )
        minutes = sum(r.minutes for r in Details(s).by_role(f))
        if minutes == 0:
            raise ValidationError(
                "person",
                (
                    "{person} has no approved volunteer hours at {organisation} from {start} to "
                    "{end}; there is nothing to certify."
                ),
                person=person.full_name,
                organisation=organisation.name,
                start=period.start.isoformat(),
                end=period.end.isoformat(),
            )
        return _Facts(person, organisation, period, f, minutes)

    def _in_force(self, s: Session, facts: _Facts) -> IssuedCertificate | None:
        """A certificate in force that certifies exactly these facts: same person and
        organisation, the same start, and all the approved hours of the period, none of its
        own withdrawn since (its end may be earlier when nothing was approved after it)."""
        for issued in CertificateRepo(s).same_facts(
            facts.person.id, facts.organisation.id, facts.period.start, facts.period.end
        ):
            if issued.minutes == facts.minutes and self._approved_minutes(s, issued) == (
                issued.minutes
            ):
                return issued
        return None

    @staticmethod
    def _approved_minutes(s: Session, issued: IssuedCertificate) -> int:
        f = EntryFilter(
            issued.period_start,
            issued.period_end,
            APPROVED,
            issued.person_id,
            issued.organisation_id,
            WorkKind.VOLUNTEER,
        )
        return sum(r.minutes for r in Details(s).by_role(f))

    def _data(
        self,
        s: Session,
        facts: _Facts,
        request: CertificateRequest,
        number: str,
        key: SigningKey,
    ) -> CertificateData:
        organisation = facts.organisation
        issue_date = self._ctx.today()
        language = request.language or organisation.certificate_language
        details = Details(s)
        certified = signing.CertifiedFacts(
            number,
            facts.person.full_name,
            organisation.name,
            facts.period.start,
            facts.period.end,
            facts.minutes,
            issue_date,
            key.fingerprint,
        )
        code = signing.sign(certified, key.private_key)
        first, last, days = details.days_served(facts.filter)
        entries = (
            tuple(ItemisedEntry(*row) for row in details.itemised(facts.filter))
            if request.itemised
            else ()
        )
        return CertificateData(
            number=number,
            person_name=facts.person.full_name,
            organisation_name=organisation.name,
            role_titles=tuple(r.role_title for r in details.by_role(facts.filter)),
            period_start=facts.period.start,
            period_end=facts.period.end,
            approved_minutes=facts.minutes,
            categories=tuple(
                en if language == "en" else id_ for en, id_, _ in details.categories(facts.filter)
            ),
            skills=tuple(name for name, _ in details.skills(facts.filter)),
            beneficiaries=details.beneficiaries(facts.filter) or None,
            signatory_name=organisation.signatory_name,
            signatory_title=organisation.signatory_title,
            issue_date=issue_date,
            language=language,
            paper=request.paper,
            code=code,
            key_fingerprint=key.fingerprint,
            entries=entries,
            organisation_address=organisation.address,
            organisation_contact=organisation.contact,
            served_first=first,
            served_last=last,
            served_days=days,
            qr_text=qr_text(
                language=language, number=number, code=code, verify_url=organisation.verify_url
            ),
            logo_sha256=organisation.logo_sha256,
            logo=PictureRepo(s).get(organisation.logo_sha256) if organisation.logo_sha256 else None,
        )

    # --- documents -----------------------------------------------------------------------

    @staticmethod
    def _signed_pdf(data: CertificateData, key: SigningKey) -> bytes:
        from okuvol_desktop.reports.certificate import build_certificate

        details = SignatureDetails(
            signer_name=data.organisation_name,
            reason=f"Certificate of volunteer service {data.number}: "
            f"{data.person_name}, {data.period_start.isoformat()} to "
            f"{data.period_end.isoformat()}",
            location=data.organisation_address,
            contact=data.organisation_contact,
        )
        return signed_pdf(lambda out: build_certificate(data, out), key, details)

    def _snapshot_data(self, s: Session, issued: IssuedCertificate) -> CertificateData:
        data = CertificateData.from_json(issued.snapshot)
        if data.logo_sha256:
            data = replace(data, logo=PictureRepo(s).get(data.logo_sha256))
        return data

    # --- use cases -----------------------------------------------------------------------

    def preview(self, request: CertificateRequest) -> CertificatePreview:
        """The certificate a request would give, as a PDF to look at; nothing is recorded.

        Raises:
            ValidationError: nothing to certify, or a choice that is not offered.
        """
        _check_choices(request.language, request.paper)
        from okuvol_desktop.reports.certificate import build_certificate

        with self._ctx.reading() as s:
            facts = self._facts(s, request)
            already = None if request.reissue else self._in_force(s, facts)
            if already is not None:
                data = self._snapshot_data(s, already)
            else:
                key = KeyRepo(s).current(facts.organisation.id)
                data = self._data(s, facts, request, PREVIEW_NUMBER, key)
        pdf = io.BytesIO()
        build_certificate(data, pdf)
        return CertificatePreview(pdf.getvalue(), facts.period, facts.minutes, already)

    def issue(self, request: CertificateRequest, out: Path) -> Issued:
        """Issue one certificate (or give the one in force for the same facts) into ``out``.

        Raises:
            ValidationError: the person has no approved volunteer hours there in the period,
                the period starts after today, or a choice is not offered. Nothing is kept then.
        """
        return self._issue(request, lambda _data: out)

    def _issue(
        self, request: CertificateRequest, destination: Callable[[CertificateData], Path]
    ) -> Issued:
        _check_choices(request.language, request.paper)
        protected = self._ctx.ledger_files()
        temporary: Path | None = None
        try:
            with self._ctx.transaction() as s:
                facts = self._facts(s, request)
                key = KeyRepo(s).current(facts.organisation.id)
                already = None if request.reissue else self._in_force(s, facts)
                if already is not None:
                    data = self._snapshot_data(s, already)
                else:
                    repo = CertificateRepo(s)
                    number = repo.next_number(
                        facts.organisation.id,
                        _number_prefix(s, facts.organisation),
                        self._ctx.today().year,
                    )
                    data = self._data(s, facts, request, number, key)
                    repo.add(
                        CertificateRecord(
                            number=data.number,
                            person_id=facts.person.id,
                            organisation_id=facts.organisation.id,
                            period_start=data.period_start,
                            period_end=data.period_end,
                            minutes=data.approved_minutes,
                            issue_date=data.issue_date,
                            language=data.language,
                            paper=data.paper,
                            code=data.code,
                            snapshot=data.to_json(),
                        )
                    )
                out = destination(data)
                check_output(out, protected)  # before signing: nothing is kept if refused
                pdf = self._signed_pdf(data, key)
                temporary = place_signed(out, pdf, protected)
            place(temporary, out)
            temporary = None
            with self._ctx.reading() as s:
                return Issued(CertificateRepo(s).get(data.number), already is not None)
        finally:
            if temporary is not None:  # the record was not committed: no file either
                temporary.unlink(missing_ok=True)

    def issue_batch(
        self,
        organisation_id: OrganisationId,
        year: int,
        min_hours: float,
        out_dir: Path,
        *,
        language: str | None = None,
        paper: str = "a4",
        progress: Progress | None = None,
    ) -> list[Issued]:
        """A certificate for every volunteer with at least ``min_hours`` approved in the year.

        Each certificate is issued whole (record and file) before the next begins; a cancel
        stops between two of them and keeps those already issued. Running it again gives the
        certificates already in force for the same facts, not new numbers.
        """
        _check_choices(language, paper)
        check_folder(out_dir, self._ctx.ledger_files())
        if min_hours < 0:
            raise ValidationError("min_hours", "The minimum of hours cannot be negative.")
        progress = progress or NoProgress()
        period = _certified_period(Period.year(year), self._ctx.today())
        with self._ctx.reading() as s:
            organisation = OrganisationRepo(s).get(organisation_id)
            f = EntryFilter(
                period.start,
                period.end,
                APPROVED,
                organisation_id=organisation.id,
                kind=WorkKind.VOLUNTEER,
            )
            qualifying = sorted(
                person_id
                for person_id, per_kind in Details(s).by_person(f).items()
                if per_kind.get(WorkKind.VOLUNTEER, 0) >= max(min_hours * 60, 1)
            )
        issued: list[Issued] = []
        progress.report(0, len(qualifying))
        for person_id in qualifying:
            if progress.cancelled():
                raise Cancelled(
                    f"Stopped after {len(issued)} of {len(qualifying)} "
                    "certificates; those are kept."
                )
            request = CertificateRequest(
                PersonId(person_id), organisation.id, period, language, paper
            )
            issued.append(
                self._issue(
                    request, lambda data: out_dir / file_name(data.number, data.person_name)
                )
            )
            progress.report(len(issued), len(qualifying))
        return issued

    def reprint(self, number: str, out: Path) -> IssuedCertificate:
        """Write an issued certificate again, showing exactly what was issued; the PDF is
        signed anew with the organisation's current key.

        Raises:
            NotFound: no certificate has the number.
            Conflict: it was revoked.
        """
        with self._ctx.reading() as s:
            issued = CertificateRepo(s).get(number)
            if issued.revoked_at is not None:
                raise Conflict(
                    "Certificate {number} was revoked on {day} ({reason}); it is not printed "
                    "again.",
                    number=number,
                    day=self._ctx.day_of(issued.revoked_at).isoformat(),
                    reason=issued.revoked_reason or "",
                )
            data = self._snapshot_data(s, issued)
            key = KeyRepo(s).current(issued.organisation_id)
        protected = self._ctx.ledger_files()
        check_output(out, protected)
        pdf = self._signed_pdf(data, key)
        write_file(out, lambda path: path.write_bytes(pdf), protected)
        return issued

    def revoke(self, number: str, reason: str) -> IssuedCertificate:
        """Withdraw a certificate: verify refuses it from now on, saying when and why.

        Raises:
            ValidationError: no reason given.
            NotFound: no certificate has the number.
            Conflict: it was revoked before.
        """
        why = check_text("reason", reason, "The reason")
        with self._ctx.transaction() as s:
            return CertificateRepo(s).revoke(number, self._ctx.clock(), why, self._ctx.user)

    def newest_first(
        self,
        organisation_id: OrganisationId | None = None,
        person_id: PersonId | None = None,
    ) -> list[IssuedCertificate]:
        """Issued certificates, newest first."""
        with self._ctx.reading() as s:
            return CertificateRepo(s).newest_first(organisation_id, person_id)

    def current_minutes(self, issued: IssuedCertificate) -> int:
        """Approved volunteer minutes the records hold today for an issued certificate."""
        with self._ctx.reading() as s:
            return self._approved_minutes(s, issued)

    def issued(self, number: str) -> IssuedCertificate | None:
        """The record of a certificate number, if this ledger issued it."""
        with self._ctx.reading() as s:
            return CertificateRepo(s).by_number(number)
