"""Issuing, reprinting and verifying volunteer certificates.

A certificate counts only approved volunteer minutes. Its facts are signed with the
organisation's key; the record kept holds the document's full data, so a reprint is identical.
Each PDF is written to a temporary file beside its final name and renamed into place only
after the record is committed: no half-written certificate ever carries the final name.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from okuvol_desktop.domain import signing
from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import IssuedCertificate, Organisation, Person
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.progress import Cancelled, NoProgress, Progress
from okuvol_desktop.reports.data import PAPER_SIZES, CertificateData, ItemisedEntry
from okuvol_desktop.reports.texts import LANGUAGES
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.files import write_atomically, write_file
from okuvol_desktop.storage.aggregates import Details, EntryFilter
from okuvol_desktop.storage.certificates import CertificateRepo
from okuvol_desktop.storage.repositories import OrganisationRepo, PersonRepo

APPROVED = (EntryStatus.APPROVED,)


@dataclass(frozen=True, slots=True)
class CertificateRequest:
    """One certificate: whose, from which organisation, for which period, and how to print it."""

    person: str
    organisation: str
    period: Period
    language: str | None = None  # None: the organisation's certificate language
    paper: str = "a4"
    itemised: bool = False


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


def file_name(issued_number: str, person_name: str) -> str:
    """A safe file name: number and name, without characters file systems refuse."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", person_name).strip() or "certificate"
    return f"{issued_number} {cleaned}.pdf"


def _logo_bytes(path: str | None) -> bytes | None:
    if not path:
        return None
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(
            "logo",
            "The logo file {path} cannot be found; choose another file or remove the logo.",
            path=path,
        ) from exc


class CertificateService:
    """Use cases of certificates."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _data(
        self,
        s: Session,
        person: Person,
        organisation: Organisation,
        request: CertificateRequest,
        issue_date: date,
    ) -> CertificateData:
        period = request.period
        f = EntryFilter(
            period.start, period.end, APPROVED, person.id, organisation.id, WorkKind.VOLUNTEER
        )
        details = Details(s)
        roles = details.by_role(f)
        minutes = sum(r.minutes for r in roles)
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
        language = request.language or organisation.certificate_language
        number = CertificateRepo(s).next_number(
            organisation.id, _prefix(organisation.name), issue_date.year
        )
        private_key = OrganisationRepo(s).signing_key(organisation.id)
        fingerprint = signing.fingerprint(organisation.public_key)
        facts = signing.CertifiedFacts(
            number,
            person.full_name,
            organisation.name,
            period.start,
            period.end,
            minutes,
            issue_date,
            fingerprint,
        )
        entries = (
            tuple(ItemisedEntry(*row) for row in details.itemised(f)) if request.itemised else ()
        )
        return CertificateData(
            number=number,
            person_name=person.full_name,
            organisation_name=organisation.name,
            role_titles=tuple(r.role_title for r in roles),
            period_start=period.start,
            period_end=period.end,
            approved_minutes=minutes,
            categories=tuple(
                en if language == "en" else id_ for en, id_, _ in details.categories(f)
            ),
            skills=tuple(name for name, _ in details.skills(f)),
            beneficiaries=details.beneficiaries(f) or None,
            signatory_name=organisation.signatory_name,
            signatory_title=organisation.signatory_title,
            issue_date=issue_date,
            language=language,
            paper=request.paper,
            code=signing.sign(facts, private_key),
            key_fingerprint=fingerprint,
            logo=_logo_bytes(organisation.logo_path),
            entries=entries,
        )

    def issue(self, request: CertificateRequest, out: Path) -> IssuedCertificate:
        """Issue one certificate and write it to ``out``.

        Raises:
            ValidationError: the person has no approved volunteer hours there in the period, a
                choice is not offered, or the logo file is missing. Nothing is kept then.
        """
        return self._issue(request, lambda _data: out)

    def _issue(
        self, request: CertificateRequest, place: Callable[[CertificateData], Path]
    ) -> IssuedCertificate:
        _check_choices(request.language, request.paper)
        from okuvol_desktop.reports.certificate import build_certificate

        temporary: Path | None = None
        try:
            with self._ctx.transaction() as s:
                person = PersonRepo(s).resolve(request.person)
                organisation = OrganisationRepo(s).resolve(request.organisation)
                data = self._data(s, person, organisation, request, self._ctx.today())
                CertificateRepo(s).add(
                    number=data.number,
                    person_id=person.id,
                    organisation_id=organisation.id,
                    period_start=data.period_start,
                    period_end=data.period_end,
                    minutes=data.approved_minutes,
                    issue_date=data.issue_date,
                    language=data.language,
                    paper=data.paper,
                    code=data.code,
                    snapshot=data.to_json(),
                )
                out = place(data)
                temporary = write_atomically(out, lambda path: build_certificate(data, path))
            os.replace(temporary, out)
            temporary = None
            with self._ctx.transaction() as s:
                return CertificateRepo(s).get(data.number)
        finally:
            if temporary is not None:  # the record was not committed: no file either
                temporary.unlink(missing_ok=True)

    def issue_batch(
        self,
        organisation_ref: str,
        year: int,
        min_hours: float,
        out_dir: Path,
        *,
        language: str | None = None,
        paper: str = "a4",
        progress: Progress | None = None,
    ) -> list[IssuedCertificate]:
        """A certificate for every volunteer with at least ``min_hours`` approved in the year.

        Each certificate is issued whole (record and file) before the next begins; a cancel
        stops between two of them and keeps those already issued.
        """
        _check_choices(language, paper)
        if min_hours < 0:
            raise ValidationError("min_hours", "The minimum of hours cannot be negative.")
        progress = progress or NoProgress()
        period = Period.year(year)
        with self._ctx.transaction() as s:
            organisation = OrganisationRepo(s).resolve(organisation_ref)
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
        issued: list[IssuedCertificate] = []
        progress.report(0, len(qualifying))
        for person_id in qualifying:
            if progress.cancelled():
                raise Cancelled(
                    f"Stopped after {len(issued)} of {len(qualifying)} "
                    "certificates; those are kept."
                )
            request = CertificateRequest(
                str(person_id), str(organisation.id), period, language, paper
            )
            issued.append(
                self._issue(
                    request, lambda data: out_dir / file_name(data.number, data.person_name)
                )
            )
            progress.report(len(issued), len(qualifying))
        return issued

    def reprint(self, number: str, out: Path) -> IssuedCertificate:
        """Write an issued certificate again, exactly as it was issued."""
        from okuvol_desktop.reports.certificate import build_certificate

        with self._ctx.transaction() as s:
            issued = CertificateRepo(s).get(number)
        data = CertificateData.from_json(issued.snapshot)
        write_file(out, lambda path: build_certificate(data, path))
        return issued

    def list(
        self, organisation_ref: str | None = None, person_ref: str | None = None
    ) -> list[IssuedCertificate]:
        """Issued certificates, newest first."""
        with self._ctx.transaction() as s:
            org_id = OrganisationRepo(s).resolve(organisation_ref).id if organisation_ref else None
            person_id = PersonRepo(s).resolve(person_ref).id if person_ref else None
            return CertificateRepo(s).list(org_id, person_id)

    def public_key_pem(self, organisation_ref: str) -> str:
        """The organisation's public key as PEM, to publish for verifiers."""
        with self._ctx.reading() as s:
            organisation = OrganisationRepo(s).resolve(organisation_ref)
        return signing.public_key_pem(organisation.public_key)

    def known_public_key(self, key_fingerprint: str) -> tuple[bytes, str] | None:
        """The public key and organisation name for a fingerprint, if this ledger has it."""
        with self._ctx.reading() as s:
            organisation = OrganisationRepo(s).by_fingerprint(key_fingerprint)
        if organisation is None:
            return None
        return organisation.public_key, organisation.name

    def current_minutes(self, issued: IssuedCertificate) -> int:
        """Approved volunteer minutes the records hold today for an issued certificate."""
        with self._ctx.reading() as s:
            f = EntryFilter(
                issued.period_start,
                issued.period_end,
                APPROVED,
                issued.person_id,
                issued.organisation_id,
                WorkKind.VOLUNTEER,
            )
            return sum(r.minutes for r in Details(s).by_role(f))

    def issued(self, number: str) -> IssuedCertificate | None:
        """The record of a certificate number, if this ledger issued it."""
        with self._ctx.reading() as s:
            return CertificateRepo(s).by_number(number)
