"""Adding, editing, archiving and listing organisations."""

from __future__ import annotations

from dataclasses import dataclass

from okuvol_desktop.domain.errors import Conflict, ValidationError
from okuvol_desktop.domain.model import Organisation
from okuvol_desktop.domain.rules import check_text
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.storage.repositories import EntryRepo, OrganisationRepo

CERTIFICATE_LANGUAGES = ("en", "id")


def _check_language(language: str) -> str:
    if language not in CERTIFICATE_LANGUAGES:
        raise ValidationError(
            "certificate_language",
            f"Certificates can be printed in English (en) or Indonesian (id), not '{language}'.",
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
        }
        with self._ctx.transaction() as s:
            return OrganisationRepo(s).add(**fields)

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
                    f"{organisation.name} has {count} entries and cannot be deleted; "
                    "archive it instead."
                )
            repo.delete(organisation.id)
            return organisation

    def get(self, ref: str) -> Organisation:
        """An organisation by id or exact name."""
        with self._ctx.transaction() as s:
            return OrganisationRepo(s).resolve(ref)

    def list(self, include_archived: bool = False) -> list[Organisation]:
        """Every organisation, by name."""
        with self._ctx.transaction() as s:
            return OrganisationRepo(s).list(include_archived)
