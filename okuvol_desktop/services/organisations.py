"""Adding, editing, archiving and listing organisations."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from okuvol_desktop.domain.errors import Conflict, ValidationError
from okuvol_desktop.domain.model import Organisation
from okuvol_desktop.domain.rules import check_text
from okuvol_desktop.domain.signing import new_key_pair
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.storage.repositories import EntryRepo, OrganisationRepo

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
    logo_path: str | None = None


def _check_logo(path: str | None) -> str | None:
    """A logo must be a PNG or JPEG file that exists; "" removes the logo."""
    if not path:
        return None
    logo = Path(path).expanduser()
    if not logo.is_file():
        raise ValidationError("logo_path", "The logo file {logo} does not exist.", logo=logo)
    with logo.open("rb") as handle:
        head = handle.read(8)
    if not (head.startswith(b"\x89PNG") or head.startswith(b"\xff\xd8")):
        raise ValidationError(
            "logo_path", "The logo {logo} must be a PNG or JPEG picture.", logo=logo
        )
    return str(logo.resolve())


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
    ) -> Organisation:
        """Record a new organisation; its name must not be taken yet."""
        fields = {
            "name": check_text("name", name, "The organisation's name"),
            "type": (type or "").strip() or None,
            "address": (address or "").strip() or None,
            "contact": (contact or "").strip() or None,
            "signatory_name": (signatory_name or "").strip() or None,
            "signatory_title": (signatory_title or "").strip() or None,
            "certificate_language": _check_language(certificate_language),
            "logo_path": _check_logo(logo_path),
        }
        with self._ctx.transaction() as s:
            return OrganisationRepo(s).add(new_key_pair(), **fields)

    def edit(self, ref: str, changes: OrganisationChanges) -> Organisation:
        """Change an organisation's details."""
        fields: dict[str, object] = {}
        if changes.name is not None:
            fields["name"] = check_text("name", changes.name, "The organisation's name")
        for name in ("type", "address", "contact", "signatory_name", "signatory_title"):
            value = getattr(changes, name)
            if value is not None:
                fields[name] = value.strip() or None
        if changes.certificate_language is not None:
            fields["certificate_language"] = _check_language(changes.certificate_language)
        if changes.logo_path is not None:
            fields["logo_path"] = _check_logo(changes.logo_path)
        with self._ctx.transaction() as s:
            repo = OrganisationRepo(s)
            return repo.update(repo.resolve(ref).id, **fields)

    def set_archived(self, ref: str, archived: bool = True) -> Organisation:
        """Archive an organisation (kept in every total), or bring it back."""
        with self._ctx.transaction() as s:
            repo = OrganisationRepo(s)
            return repo.update(repo.resolve(ref).id, archived=archived)

    def delete(self, ref: str) -> Organisation:
        """Delete an organisation without entries; one with entries can only be archived."""
        with self._ctx.transaction() as s:
            repo = OrganisationRepo(s)
            organisation = repo.resolve(ref)
            count = EntryRepo(s).count_for(organisation_id=organisation.id)
            if count:
                raise Conflict(
                    "{name} has {count} entries and cannot be deleted; archive it instead.",
                    name=organisation.name,
                    count=count,
                )
            repo.delete(organisation.id)
            return organisation

    def get(self, ref: str) -> Organisation:
        """An organisation by id or exact name."""
        with self._ctx.reading() as s:
            return OrganisationRepo(s).resolve(ref)

    def list(self, include_archived: bool = False) -> list[Organisation]:
        """Every organisation, by name."""
        with self._ctx.reading() as s:
            return OrganisationRepo(s).list(include_archived)
