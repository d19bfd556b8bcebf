"""access

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

Who may do what in a shared PostgreSQL ledger: database roles that coordinate an
organisation, and roles that are a volunteer (a person). Row level security policies read
these tables (okuvol grant installs them); on SQLite they stay empty.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('access_coordinator',
    sa.Column('role_name', sa.String(length=63), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_access_coordinator_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('role_name', 'organisation_id', name=op.f('pk_access_coordinator'))
    )
    op.create_table('access_volunteer',
    sa.Column('role_name', sa.String(length=63), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_access_volunteer_person_id_person')),
    sa.PrimaryKeyConstraint('role_name', 'person_id', name=op.f('pk_access_volunteer'))
    )


def downgrade() -> None:
    op.drop_table('access_volunteer')
    op.drop_table('access_coordinator')
