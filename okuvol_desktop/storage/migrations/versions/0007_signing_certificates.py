"""signing certificates, revocation, logos in the ledger

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30

Documents get standard PDF signatures, which PDF readers check with ECDSA or RSA keys and
X.509 certificates. Each organisation gets a new ECDSA P-256 key with a self-signed
certificate; its Ed25519 key stays on record as a retired "legacy" key (public half only),
so that the codes it signed still verify. The ledger gets a key of its own for people's
summaries. Keys move into signing_key (public, readable by all) and private_key (the private
half of current keys). Certificates can be revoked. Logos move from files on disk into the
ledger (a logo whose file is gone is dropped: it could not be printed anyway).
"""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from okuvol_desktop.domain.keys import (
    LEDGER_HOLDER,
    LEGACY_ED25519,
    fingerprint,
    new_signing_key,
)

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def upgrade() -> None:
    op.create_table('picture',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('media_type', sa.String(length=32), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_picture'))
    )
    op.create_table('signing_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('fingerprint', sa.String(length=32), nullable=False),
    sa.Column('algorithm', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.Text(), nullable=False),
    sa.Column('certificate', sa.Text(), nullable=True),
    sa.Column('chain', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('retired_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_signing_key_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signing_key')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_signing_key_fingerprint'))
    )
    op.create_index(op.f('ix_signing_key_organisation_id'), 'signing_key', ['organisation_id'], unique=False)
    op.create_table('private_key',
    sa.Column('key_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('private_key', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['key_id'], ['signing_key.id'], name=op.f('fk_private_key_key_id_signing_key'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_private_key_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key_id', name=op.f('pk_private_key'))
    )
    op.create_index(op.f('ix_private_key_organisation_id'), 'private_key', ['organisation_id'], unique=False)
    with op.batch_alter_table('organisation') as batch:
        batch.add_column(sa.Column('logo_sha256', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('verify_url', sa.String(length=500), nullable=True))
        batch.add_column(sa.Column('key_fingerprint', sa.String(length=32), nullable=True))
        batch.create_foreign_key(op.f('fk_organisation_logo_sha256_picture'), 'picture', ['logo_sha256'], ['sha256'])
    with op.batch_alter_table('certificate') as batch:
        batch.add_column(sa.Column('revoked_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('revoked_reason', sa.Text(), nullable=True))
        batch.add_column(sa.Column('revoked_by', sa.String(length=200), nullable=True))

    _move_keys_and_logos()

    op.drop_table('organisation_key')
    with op.batch_alter_table('organisation') as batch:
        batch.drop_column('public_key')
        batch.drop_column('logo_path')
    _refresh_shared_ledger_policies()


def _move_keys_and_logos() -> None:
    connection = op.get_bind()
    now = datetime.now(UTC)
    stamp = now.replace(tzinfo=None)  # stored as naive UTC, as UTCDateTime does
    organisation = sa.table(
        'organisation', sa.column('id'), sa.column('name'), sa.column('public_key'),
        sa.column('created_at'), sa.column('logo_path'), sa.column('logo_sha256'),
        sa.column('key_fingerprint'),
    )
    signing_key = sa.table(
        'signing_key', sa.column('id'), sa.column('organisation_id'), sa.column('fingerprint'),
        sa.column('algorithm'), sa.column('public_key'), sa.column('certificate'),
        sa.column('created_at'), sa.column('retired_at'),
    )
    private_key = sa.table(
        'private_key', sa.column('key_id'), sa.column('organisation_id'),
        sa.column('private_key'),
    )
    picture = sa.table(
        'picture', sa.column('sha256'), sa.column('media_type'), sa.column('data'),
    )

    def add_current(organisation_id: int | None, holder: str) -> str:
        key = new_signing_key(holder, now)
        key_id = connection.execute(
            signing_key.insert().values(
                organisation_id=organisation_id, fingerprint=key.fingerprint,
                algorithm=key.algorithm, public_key=_b64(key.public_key),
                certificate=_b64(key.certificate), created_at=stamp,
            ).returning(signing_key.c.id)
        ).scalar_one()
        connection.execute(private_key.insert().values(
            key_id=key_id, organisation_id=organisation_id,
            private_key=_b64(key.private_key)))
        return key.fingerprint

    pictures: set[str] = set()
    rows = connection.execute(sa.select(
        organisation.c.id, organisation.c.name, organisation.c.public_key,
        organisation.c.created_at, organisation.c.logo_path,
    )).all()
    for org_id, name, legacy, created, logo_path in rows:
        if legacy:
            raw = base64.b64decode(legacy)
            connection.execute(signing_key.insert().values(
                organisation_id=org_id, fingerprint=fingerprint(raw),
                algorithm=LEGACY_ED25519, public_key=legacy,
                created_at=created or stamp, retired_at=stamp))
        values = {"key_fingerprint": add_current(org_id, name)}
        logo = _read_logo(logo_path)
        if logo is not None:
            digest = hashlib.sha256(logo[0]).hexdigest()
            if digest not in pictures:
                connection.execute(picture.insert().values(
                    sha256=digest, media_type=logo[1], data=logo[0]))
                pictures.add(digest)
            values["logo_sha256"] = digest
        connection.execute(
            organisation.update().where(organisation.c.id == org_id).values(**values))
    add_current(None, LEDGER_HOLDER)


def _read_logo(path: str | None) -> tuple[bytes, str] | None:
    if not path:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    if data.startswith(b"\x89PNG"):
        return data, "image/png"
    if data.startswith(b"\xff\xd8"):
        return data, "image/jpeg"
    return None


def _refresh_shared_ledger_policies() -> None:
    """A shared ledger whose owner granted access gets the grants and policies of the new
    tables (the old key table took its policy with it)."""
    connection = op.get_bind()
    from okuvol_desktop.storage.access import install_policies_where_shared

    install_policies_where_shared(connection)


def downgrade() -> None:
    connection = op.get_bind()
    with op.batch_alter_table('organisation') as batch:
        batch.add_column(sa.Column('public_key', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('logo_path', sa.String(length=500), nullable=True))
    op.create_table('organisation_key',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('signing_key', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_organisation_key_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('organisation_id', name=op.f('pk_organisation_key'))
    )
    # The earlier schema knew only Ed25519 keys: every organisation gets a new one (documents
    # signed since stay checkable only on a ledger of this version).
    from okuvol_desktop.storage.schema_snapshots import raw_key_pair_0002

    organisation = sa.table('organisation', sa.column('id'), sa.column('public_key'))
    old_keys = sa.table('organisation_key', sa.column('organisation_id'),
                        sa.column('signing_key'))
    for (org_id,) in connection.execute(sa.select(organisation.c.id)).all():
        private, public = raw_key_pair_0002()
        connection.execute(organisation.update().where(organisation.c.id == org_id).values(
            public_key=_b64(public)))
        connection.execute(old_keys.insert().values(organisation_id=org_id,
                                                    signing_key=_b64(private)))
    with op.batch_alter_table('organisation') as batch:
        batch.alter_column('public_key', existing_type=sa.String(64), nullable=False)
        batch.drop_constraint(op.f('fk_organisation_logo_sha256_picture'), type_='foreignkey')
        batch.drop_column('key_fingerprint')
        batch.drop_column('verify_url')
        batch.drop_column('logo_sha256')
    with op.batch_alter_table('certificate') as batch:
        batch.drop_column('revoked_by')
        batch.drop_column('revoked_reason')
        batch.drop_column('revoked_at')
    op.drop_index(op.f('ix_private_key_organisation_id'), table_name='private_key')
    op.drop_table('private_key')
    op.drop_index(op.f('ix_signing_key_organisation_id'), table_name='signing_key')
    op.drop_table('signing_key')
    op.drop_table('picture')
