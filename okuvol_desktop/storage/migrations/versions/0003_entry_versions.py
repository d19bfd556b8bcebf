"""entry versions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

Optimistic locking for ledgers several coordinators share: every entry carries a version
that each change raises, and who made the last change. A save based on an older version is
refused instead of silently overwriting another person's work.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('entry', sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.add_column('entry', sa.Column('updated_by', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('entry') as batch:
        batch.drop_column('updated_by')
        batch.drop_column('version')
