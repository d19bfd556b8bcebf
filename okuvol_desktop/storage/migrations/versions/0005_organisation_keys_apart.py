"""organisation keys apart

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28

The private key that signs an organisation's certificates moves out of the organisation row
into a table of its own, so that a shared ledger can let everyone read organisations while
only their coordinators read their key (row level security cannot hide one column).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('organisation_key',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('signing_key', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_organisation_key_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('organisation_id', name=op.f('pk_organisation_key'))
    )
    op.execute(
        "INSERT INTO organisation_key (organisation_id, signing_key) "
        "SELECT id, signing_key FROM organisation"
    )
    with op.batch_alter_table('organisation') as batch:
        batch.drop_column('signing_key')


def downgrade() -> None:
    with op.batch_alter_table('organisation') as batch:
        batch.add_column(sa.Column('signing_key', sa.String(length=64), nullable=True))
    op.execute(
        "UPDATE organisation SET signing_key = (SELECT signing_key FROM organisation_key "
        "WHERE organisation_key.organisation_id = organisation.id)"
    )
    op.drop_table('organisation_key')
