"""time log order index

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

The time log lists entries newest date first and, within a date, newest entry first. The date
index it used also holds kind, status and minutes (for the totals), so the entries of the
latest days came out of it in the wrong order and were sorted on every page: 5 ms at a million
entries. An index on (work_date, id) gives the order itself.
"""

from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_entry_date_id', 'entry', ['work_date', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_entry_date_id', table_name='entry')
