"""Adding, editing, archiving and listing organisations."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from okuvol_desktop.domain.errors import Conflict, ValidationError
from okuvol_desktop.domain.ids import OrganisationId
from okuvol_desktop.domain.keys import new_signing_key
from okuvol_desktop.domain.model import Organisation, OrganisationDetails
from okuvol_desktop.domain.rules import check_text
from okuvol_desktop.domain.text import edited_text, trimmed
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.roles import refuse_while_timing
from okuvol_desktop.storage.keys import KeyRepo
from okuvol_desktop.storage.pictures import PictureRepo
from okuvol_desktop.storage.repositories import (
    EntryRepo,
    OrganisationRepo,
    RoleRepo,
)

CERTIFICATE_LANGUAGES = ("en", "id")


def _check_language(language: str) -> str:
    if language not in CERTIFICATE_LANGUAGES:
        raise ValidationError(
            "certificate_language",
            ("Certificates can be printed in English (en) or Indonesian (id), not '{language}'."),
            language=language,
        )
    return language


@dataclass(frozen=True, slots=True)
class OrganisationChanges:
    """Fields to change on an organisation; None leaves a field as it is, "" clears a text."""

    name: str | None = None
    type: str | None = None
    address: str | None = None
    contact: str | None = None
    signatory_name: str | None = None
    signatory_title: str | None = None
    certificate_language: str | None = None
    logo_path: str | None = None  # a picture file to keep in the ledger; "" removes the logo
    verify_url: str | None = None


_MAX_LOGO_BYTES = 2_000_000


def _read_logo(path: str) -> tuple[bytes, str]:
    """A logo's bytes and media type: a PNG or JPEG file of at most 2 MB."""
    logo = Path(path).expanduser()
    try:
        if logo.stat().st_size > _MAX_LOGO_BYTES:  # told before a film is read whole
            raise ValidationError(
                "logo_path",
                "The logo {logo} is larger than 2 MB; take a smaller picture.",
                logo=logo,
            )
        data = logo.read_bytes()
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        raise ValidationError(
            "logo_path",
            "The logo file {logo} cannot be read: {reason}.",
            logo=logo,
            reason=exc.strerror if isinstance(exc, OSError) and exc.strerror else exc,
        ) from exc
    if data.startswith(b"\x89PNG"):
        media_type = "image/png"
    elif data.startswith(b"\xff\xd8"):
        media_type = "image/jpeg"
    else:
        raise ValidationError(
            "logo_path", "The logo {logo} must be a PNG or JPEG picture.", logo=logo
        )
    if len(data) > _MAX_LOGO_BYTES:
        raise ValidationError(
            "logo_path", "The logo {logo} is larger than 2 MB; take a smaller picture.", logo=logo
        )
    return data, media_type


def _logo_field(s: Session, path: str | None) -> str | None:
    """The hash of the logo kept in the ledger from ``path``; None for no logo."""
    if not path:
        return None
    return PictureRepo(s).put(*_read_logo(path))


def _check_url(url: str | None) -> str | None:
    text = (url or "").strip()
    if not text:
        return None
    if not text.startswith(("https://", "http://")):
        raise ValidationError(
            "verify_url",
            "The verification address must start with https:// (it is put in the QR code).",
        )
    return text


def record_organisation(s: Session, now: datetime, details: OrganisationDetails) -> Organisation:
    """A new organisation with a signing key of its own, in the caller's transaction."""
    organisation = OrganisationRepo(s).add(details)
    KeyRepo(s).add_current(organisation.id, new_signing_key(organisation.name, now), now)
    return OrganisationRepo(s).get(organisation.id)


def _edited(details: OrganisationDetails, changes: OrganisationChanges) -> OrganisationDetails:
    """``details`` with ``changes`` checked and made (None keeps a field as it is); the logo
    is read by the caller, in its transaction."""
    c = changes
    return replace(
        details,
        name=details.name
        if c.name is None
        else check_text("name", c.name, "The organisation's name"),
        type=edited_text(details.type, c.type),
        address=edited_text(details.address, c.address),
        contact=edited_text(details.contact, c.contact),
        signatory_name=edited_text(details.signatory_name, c.signatory_name),
        signatory_title=edited_text(details.signatory_title, c.signatory_title),
        certificate_language=details.certificate_language
        if c.certificate_language is None
        else _check_language(c.certificate_language),
        verify_url=details.verify_url if c.verify_url is None else _check_url(c.verify_url),
    )


class OrganisationService:
    """Use cases about organisations."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def add(
        self,
        name: str,
        *,
        type: str | None = None,
        address: str | None = None,
        contact: str | None = None,
        signatory_name: str | None = None,
        signatory_title: str | None = None,
        certificate_language: str = "en",
        logo_path: str | None = None,
        verify_url: str | None = None,
    ) -> Organisation:
        """Record a new organisation; its name must not be taken yet."""
        checked = OrganisationDetails(
            name=check_text("name", name, "The organisation's name"),
            type=trimmed(type),
            address=trimmed(address),
            contact=trimmed(contact),
            signatory_name=trimmed(signatory_name),
            signatory_title=trimmed(signatory_title),
            certificate_language=_check_language(certificate_language),
            verify_url=_check_url(verify_url),
        )
        with self._ctx.transaction() as s:
            details = replace(checked, logo_sha256=_logo_field(s, logo_path))
            return record_organisation(s, self._ctx.clock(), details)

    def edit(self, organisation_id: OrganisationId, changes: OrganisationChanges) -> Organisation:
        """Change an organisation's details."""
        with self._ctx.transaction() as s:
            repo = OrganisationRepo(s)
            details = _edited(repo.get(organisation_id).details, changes)
            if changes.logo_path is not None:
                details = replace(details, logo_sha256=_logo_field(s, changes.logo_path))
            return repo.update(organisation_id, details)

    def set_archived(self, organisation_id: OrganisationId, archived: bool = True) -> Organisation:
        """Archive an organisation (kept in every total), or bring it back."""
        with self._ctx.transaction() as s:
            return OrganisationRepo(s).set_archived(organisation_id, archived)

    def delete(self, organisation_id: OrganisationId) -> Organisation:
        """Delete an organisation without entries; one with entries can only be archived."""
        with self._ctx.transaction() as s:
            repo = OrganisationRepo(s)
            organisation = repo.get(organisation_id)
            count = EntryRepo(s).count_for(organisation_id=organisation.id)
            if count:
                raise Conflict(
                    "{name} has {count} entries and cannot be deleted; archive it instead.",
                    name=organisation.name,
                    count=count,
                )
            roles = RoleRepo(s).held(organisation_id=organisation.id, include_archived=True)
            refuse_while_timing(s, [r.id for r in roles])
            repo.delete(organisation.id)
            return organisation

    def logo(self, organisation_id: OrganisationId) -> bytes | None:
        """The organisation's logo picture, if it has one."""
        with self._ctx.reading() as s:
            organisation = OrganisationRepo(s).get(organisation_id)
            if organisation.logo_sha256 is None:
                return None
            return PictureRepo(s).get(organisation.logo_sha256)

    def get(self, organisation_id: OrganisationId) -> Organisation:
        """One organisation."""
        with self._ctx.reading() as s:
            return OrganisationRepo(s).get(organisation_id)

    def by_name(self, include_archived: bool = False) -> list[Organisation]:
        """Every organisation, by name."""
        with self._ctx.reading() as s:
            return OrganisationRepo(s).by_name(include_archived)
