"""The keys that sign documents: publishing, rotating and importing them.

An organisation publishes a file with its certificates and its signed list of revoked
certificate numbers, so that anyone can check its certificates offline. Rotating a key makes
a new one sign from then on; what the old one signed still verifies, since its public half
stays on record. A key and certificate issued to the organisation by someone else can be
imported from a PKCS#12 file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from okuvol_desktop.domain import keys
from okuvol_desktop.domain.errors import OkuvolError, ValidationError
from okuvol_desktop.domain.ids import OrganisationId
from okuvol_desktop.domain.keys import (
    LEDGER_HOLDER,
    LEGACY_ED25519,
    KeyRecord,
    PublishedKeys,
    SigningKey,
    new_signing_key,
    revocation_list,
    signing_key_from_pkcs12,
)
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.files import check_output, write_file
from okuvol_desktop.storage.certificates import CertificateRepo
from okuvol_desktop.storage.keys import KeyRepo
from okuvol_desktop.storage.repositories import OrganisationRepo


def give_every_signer_a_key(s: Session, now: datetime, source: str) -> None:
    """After a whole ledger was loaded from ``source``: check the private keys it brought, and
    give a new key to every organisation (and to the ledger) that came without one.

    Raises:
        OkuvolError: a private key in the file is damaged or does not match its certificate.
    """
    repo = KeyRepo(s)
    damaged: list[KeyRecord | None]
    try:
        damaged = [record for record in repo.every() if not keys.is_sound(record)]
    except ValueError:
        damaged = [None]  # a key too damaged to say which
    if damaged:
        raise OkuvolError(
            "{file} cannot be loaded: the signing key {key} is damaged (its public key, "
            "fingerprint and certificate do not agree).",
            file=source,
            key=damaged[0].fingerprint if damaged[0] is not None else "-",
        )
    for record, private in repo.private_halves():
        try:
            matches = (
                record.certificate is not None
                and SigningKey(private, record.certificate).public_key == record.public_key
                and keys.signature_is_valid(
                    record.public_key, b"okuvol", keys.sign(private, b"okuvol")
                )
            )
        except ValueError:
            matches = False
        if not matches:
            raise OkuvolError(
                "{file} cannot be loaded: the private key of {holder} is damaged or belongs to "
                "another key.",
                file=source,
                holder=record.holder or record.fingerprint,
            )
    organisations = OrganisationRepo(s).by_name(include_archived=True)
    for organisation_id, holder in [(o.id, o.name) for o in organisations] + [
        (None, LEDGER_HOLDER)
    ]:
        if not repo.has_current(organisation_id):
            repo.add_current(organisation_id, new_signing_key(holder, now), now)


@dataclass(frozen=True, slots=True)
class KnownKey:
    """A key this ledger knows, and the organisation it belongs to (None: the ledger's)."""

    record: KeyRecord
    organisation_id: int | None
    organisation_name: str | None


class KeyService:
    """Use cases of signing keys."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def keys(self, organisation_id: OrganisationId) -> list[KeyRecord]:
        """Every key of an organisation, the current one first."""
        with self._ctx.reading() as s:
            organisation = OrganisationRepo(s).get(organisation_id)
            return KeyRepo(s).of(organisation.id)

    def published(self, organisation_id: OrganisationId) -> tuple[str, PublishedKeys]:
        """The organisation's name and what it publishes: its certificates, earlier keys and a
        revocation list signed with its current key.

        Raises:
            NotFound: the organisation, or (in a shared ledger) its key is not yours to use.
        """
        with self._ctx.reading() as s:
            organisation = OrganisationRepo(s).get(organisation_id)
            repo = KeyRepo(s)
            records = repo.of(organisation.id)
            current = repo.current(organisation.id)
            revoked = CertificateRepo(s).revocations(organisation.id)
        crl = revocation_list(current, revoked, self._ctx.clock())
        return organisation.name, PublishedKeys(
            tuple(r.certificate for r in records if r.certificate is not None),
            tuple(r.public_key for r in records if r.algorithm == LEGACY_ED25519),
            crl,
        )

    def publish(self, organisation_id: OrganisationId, out: Path) -> tuple[str, PublishedKeys]:
        """Write what the organisation publishes (published()) as a PEM file at ``out``."""
        protected = self._ctx.ledger_files()
        check_output(out, protected)
        holder, published = self.published(organisation_id)
        text = published.to_pem(holder)
        write_file(out, lambda path: path.write_text(text, encoding="utf-8"), protected)
        return holder, published

    def rotate(self, organisation_id: OrganisationId) -> KeyRecord:
        """A new key signs the organisation's documents from now on; the old one is retired
        (its private half deleted, its public half kept so its documents still verify)."""
        with self._ctx.transaction() as s:
            organisation = OrganisationRepo(s).get(organisation_id)
            now = self._ctx.clock()
            return KeyRepo(s).add_current(
                organisation.id, new_signing_key(organisation.name, now), now
            )

    def import_pkcs12(
        self, organisation_id: OrganisationId, data: bytes, password: bytes | None
    ) -> KeyRecord:
        """Make a key and certificate from a PKCS#12 file the organisation's current key.

        Raises:
            ValidationError: not a usable PKCS#12 file, a wrong password, or the key is known.
        """
        key = signing_key_from_pkcs12(data, password)
        with self._ctx.transaction() as s:
            organisation = OrganisationRepo(s).get(organisation_id)
            repo = KeyRepo(s)
            if repo.by_fingerprint(key.fingerprint) is not None:
                raise ValidationError(
                    "key",
                    "This key ({fingerprint}) is already known to the ledger.",
                    fingerprint=key.fingerprint,
                )
            return repo.add_current(organisation.id, key, self._ctx.clock())

    def known(self, fingerprint: str) -> KnownKey | None:
        """The key with this fingerprint, and whose it is, if this ledger knows it."""
        with self._ctx.reading() as s:
            record = KeyRepo(s).by_fingerprint(fingerprint)
            if record is None:
                return None
            if record.organisation_id is None:
                return KnownKey(record, None, None)
            organisation = OrganisationRepo(s).get(record.organisation_id)
            return KnownKey(record, organisation.id, organisation.name)
