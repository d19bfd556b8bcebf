"""Signing keys: the public record of every key an organisation (or the ledger) signed with,
and the private half of the current one."""

from __future__ import annotations

import base64
from datetime import datetime

from sqlalchemy import ColumnElement, delete, select, update

from okuvol_desktop.domain.errors import NotFound
from okuvol_desktop.domain.keys import KeyRecord, SigningKey
from okuvol_desktop.storage.orm import OrganisationRow, PrivateKeyRow, SigningKeyRow
from okuvol_desktop.storage.repositories.base import Repository


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _record(row: SigningKeyRow) -> KeyRecord:
    return KeyRecord(
        id=row.id,
        organisation_id=row.organisation_id,
        fingerprint=row.fingerprint,
        algorithm=row.algorithm,
        public_key=base64.b64decode(row.public_key),
        certificate=base64.b64decode(row.certificate) if row.certificate else None,
        chain=tuple(base64.b64decode(c) for c in (row.chain or "").split()),
        created_at=row.created_at,
        retired_at=row.retired_at,
    )


def _owner(organisation_id: int | None) -> ColumnElement[bool]:
    column = SigningKeyRow.organisation_id
    return column.is_(None) if organisation_id is None else column == organisation_id


class KeyRepo(Repository):
    """Signing keys of organisations and of the ledger (organisation None)."""

    def add_current(self, organisation_id: int | None, key: SigningKey, now: datetime) -> KeyRecord:
        """Make ``key`` the one that signs from now on; the one before is retired and its
        private half deleted (what it signed still verifies with its public half)."""
        current = self._s.scalars(
            select(SigningKeyRow).where(_owner(organisation_id), SigningKeyRow.retired_at.is_(None))
        ).all()
        for row in current:
            row.retired_at = now
            self._s.execute(delete(PrivateKeyRow).where(PrivateKeyRow.key_id == row.id))
        row = SigningKeyRow(
            organisation_id=organisation_id,
            fingerprint=key.fingerprint,
            algorithm=key.algorithm,
            public_key=_b64(key.public_key),
            certificate=_b64(key.certificate),
            chain=" ".join(_b64(c) for c in key.chain) or None,
            created_at=now,
        )
        self._s.add(row)
        self._s.flush()
        self._s.add(
            PrivateKeyRow(
                key_id=row.id, organisation_id=organisation_id, private_key=_b64(key.private_key)
            )
        )
        if organisation_id is not None:
            self._s.execute(
                update(OrganisationRow)
                .where(OrganisationRow.id == organisation_id)
                .values(key_fingerprint=key.fingerprint)
            )
        self._s.flush()
        return _record(row)

    def current(self, organisation_id: int | None) -> SigningKey:
        """The key that signs for an organisation (or the ledger) now.

        Raises:
            NotFound: there is none, or (in a shared ledger) it is not yours to use.
        """
        found = self._s.execute(
            select(SigningKeyRow, PrivateKeyRow)
            .join(PrivateKeyRow, PrivateKeyRow.key_id == SigningKeyRow.id)
            .where(_owner(organisation_id), SigningKeyRow.retired_at.is_(None))
        ).first()
        public, private = found if found is not None else (None, None)
        if public is None or private is None or public.certificate is None:
            if organisation_id is None:
                raise NotFound("This ledger has no key to sign summaries with.")
            raise NotFound(
                "The signing key of organisation {organisation_id} is not available to you.",
                organisation_id=organisation_id,
            )
        return SigningKey(
            base64.b64decode(private.private_key),
            base64.b64decode(public.certificate),
            _record(public).chain,
        )

    def has_current(self, organisation_id: int | None) -> bool:
        """Whether a current key with its private half is on record (and readable)."""
        return (
            self._s.scalar(
                select(PrivateKeyRow.key_id)
                .join(SigningKeyRow, PrivateKeyRow.key_id == SigningKeyRow.id)
                .where(_owner(organisation_id), SigningKeyRow.retired_at.is_(None))
            )
            is not None
        )

    def private_halves(self) -> list[tuple[KeyRecord, bytes]]:
        """Every key with its private half (PKCS#8 DER) that this session may read."""
        rows = self._s.execute(
            select(SigningKeyRow, PrivateKeyRow.private_key).join(
                PrivateKeyRow, PrivateKeyRow.key_id == SigningKeyRow.id
            )
        )
        return [(_record(key), base64.b64decode(private)) for key, private in rows]

    def every(self) -> list[KeyRecord]:
        """Every key on record, by id.

        Raises:
            ValueError: a key's text is not base64 (a damaged or forged ledger document).
        """
        return [
            _record(r) for r in self._s.scalars(select(SigningKeyRow).order_by(SigningKeyRow.id))
        ]

    def by_fingerprint(self, fingerprint: str) -> KeyRecord | None:
        """The key with this fingerprint, current or retired."""
        row = self._s.scalar(select(SigningKeyRow).where(SigningKeyRow.fingerprint == fingerprint))
        return None if row is None else _record(row)

    def of(self, organisation_id: int | None) -> list[KeyRecord]:
        """Every key of an organisation (or of the ledger), the current one first."""
        rows = self._s.scalars(
            select(SigningKeyRow)
            .where(_owner(organisation_id))
            .order_by(SigningKeyRow.retired_at.is_not(None), SigningKeyRow.id.desc())
        )
        return [_record(r) for r in rows]
