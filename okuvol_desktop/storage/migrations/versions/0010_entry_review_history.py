"""entry review history

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30

A rejected entry that its person fixes goes back for review; the coordinator then wants to
see what changed since the rejection, and the ledger keeps who reviewed what and when. Each
approval or rejection now adds a row to entry_review with the entry as it was reviewed. On a
shared ledger the rows follow their entries' row level security.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'entry_review',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('entry_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('status_before', sa.String(length=16), server_default='submitted', nullable=False),
        sa.Column('reviewer', sa.String(length=200), nullable=True),
        sa.Column('reviewed_at', sa.DateTime(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('role_id', sa.Integer(), nullable=False),
        sa.Column('work_date', sa.Date(), nullable=False),
        sa.Column('start_time', sa.Time(), nullable=True),
        sa.Column('end_time', sa.Time(), nullable=True),
        sa.Column('minutes', sa.Integer(), nullable=False),
        sa.Column('category_id', sa.Integer(), nullable=True),
        sa.Column('description', sa.Text(), nullable=True),
        sa.Column('location', sa.String(length=200), nullable=True),
        sa.Column('beneficiaries', sa.Integer(), nullable=True),
        sa.CheckConstraint("status IN ('approved', 'rejected')", name=op.f('ck_entry_review_status')),
        sa.ForeignKeyConstraint(['entry_id'], ['entry.id'], name=op.f('fk_entry_review_entry_id_entry'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_entry_review')),
    )
    op.create_index('ix_entry_review_entry', 'entry_review', ['entry_id', 'id'], unique=False)
    # Entries reviewed before this revision get their last review as their history.
    op.execute(
        "INSERT INTO entry_review (entry_id, status, reviewer, reviewed_at, note, role_id, "
        "work_date, start_time, end_time, minutes, category_id, description, location, "
        "beneficiaries) SELECT id, status, reviewer, reviewed_at, review_note, role_id, "
        "work_date, start_time, end_time, minutes, category_id, description, location, "
        "beneficiaries FROM entry WHERE status IN ('approved', 'rejected') "
        "AND reviewed_at IS NOT NULL ORDER BY id"
    )
    connection = op.get_bind()
    from okuvol_desktop.storage.access import install_policies_where_shared

    install_policies_where_shared(connection)


def downgrade() -> None:
    op.drop_index('ix_entry_review_entry', table_name='entry_review')
    op.drop_table('entry_review')
