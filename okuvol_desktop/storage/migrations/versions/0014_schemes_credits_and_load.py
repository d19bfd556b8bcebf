"""schemes, credits, evidence and the load of two roles

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30

Award and requirement schemes become data a user adds, exports and assigns (scheme,
scheme_assignment); the US President's Volunteer Service Award, which every ledger measured
everyone against, is now a preset nobody is assigned to, and its tiers leave the ledger. An
entry may carry credits towards a requirement and files that prove it. A rate records how
its value was measured. A person may set a weekly limit and a weekly volunteering budget.
The coordinator's queue gets an index of waiting totals by organisation and person.

A ledger with no entries yet also loses the two US rates that new ledgers were given: a new
ledger shows no value of time until its user picks a rate (a ledger in use keeps what it
showed).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from okuvol_desktop.storage.schema_snapshots import create_waiting_totals_index_0014

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

# The rates migration 0001 gave every new ledger.
_SHIPPED_RATES = (("33.49", "USD", "2023-01-01"), ("34.79", "USD", "2024-01-01"))


def upgrade() -> None:
    op.create_table(
        'scheme',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('document', sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('award', 'requirement')", name=op.f('ck_scheme_kind')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_scheme')),
        sa.UniqueConstraint('name', name=op.f('uq_scheme_name')),
    )
    op.create_table(
        'scheme_assignment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('scheme_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=True),
        sa.Column('organisation_id', sa.Integer(), nullable=True),
        sa.Column('starts_on', sa.Date(), nullable=True),
        sa.CheckConstraint(
            '(person_id IS NULL) <> (organisation_id IS NULL)',
            name=op.f('ck_scheme_assignment_person_or_organisation'),
        ),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'],
                                name=op.f('fk_scheme_assignment_organisation_id_organisation')),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'],
                                name=op.f('fk_scheme_assignment_person_id_person')),
        sa.ForeignKeyConstraint(['scheme_id'], ['scheme.id'],
                                name=op.f('fk_scheme_assignment_scheme_id_scheme'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_scheme_assignment')),
    )
    op.create_index(op.f('ix_scheme_assignment_person_id'), 'scheme_assignment', ['person_id'])
    op.create_index('uq_scheme_assignment_person', 'scheme_assignment',
                    ['scheme_id', 'person_id'], unique=True,
                    sqlite_where=sa.text('person_id IS NOT NULL'),
                    postgresql_where=sa.text('person_id IS NOT NULL'))
    op.create_index('uq_scheme_assignment_organisation', 'scheme_assignment',
                    ['scheme_id', 'organisation_id'], unique=True,
                    sqlite_where=sa.text('organisation_id IS NOT NULL'),
                    postgresql_where=sa.text('organisation_id IS NOT NULL'))
    op.create_table(
        'entry_credit',
        sa.Column('entry_id', sa.Integer(), nullable=False),
        sa.Column('credits', sa.Numeric(precision=8, scale=2), nullable=False),
        sa.CheckConstraint('credits > 0', name=op.f('ck_entry_credit_credits_positive')),
        sa.ForeignKeyConstraint(['entry_id'], ['entry.id'],
                                name=op.f('fk_entry_credit_entry_id_entry'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('entry_id', name=op.f('pk_entry_credit')),
    )
    op.create_table(
        'entry_evidence',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('entry_id', sa.Integer(), nullable=False),
        sa.Column('file_name', sa.String(length=200), nullable=False),
        sa.Column('media_type', sa.String(length=100), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.Column('added_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['entry_id'], ['entry.id'],
                                name=op.f('fk_entry_evidence_entry_id_entry'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_entry_evidence')),
    )
    op.create_index(op.f('ix_entry_evidence_entry_id'), 'entry_evidence', ['entry_id'])
    with op.batch_alter_table('valuation_rate') as batch:
        batch.add_column(sa.Column('method', sa.String(length=16), nullable=True))
    with op.batch_alter_table('person') as batch:
        batch.add_column(sa.Column('weekly_limit_minutes', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('weekly_volunteer_minutes', sa.Integer(), nullable=True))
    op.drop_table('award_tier')
    # The coordinator's queue groups waiting totals by organisation and person.
    create_waiting_totals_index_0014()
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT 1 FROM entry LIMIT 1")).first() is None:
        rate = sa.table('valuation_rate', sa.column('amount', sa.Numeric(12, 2)),
                        sa.column('currency', sa.String(3)), sa.column('valid_from', sa.Date))
        for amount, currency, valid_from in _SHIPPED_RATES:
            connection.execute(rate.delete().where(
                rate.c.amount == Decimal(amount), rate.c.currency == currency,
                rate.c.valid_from == date.fromisoformat(valid_from)))
    from okuvol_desktop.storage.access import install_policies_where_shared

    install_policies_where_shared(connection)


def downgrade() -> None:
    # The tiers come back as 0002 shipped them; schemes, credits and evidence are lost.
    from okuvol_desktop.storage.schema_snapshots import create_award_tier_table_0002

    create_award_tier_table_0002()
    op.drop_index('ix_person_year_total_status', table_name='person_year_total')
    with op.batch_alter_table('person') as batch:
        batch.drop_column('weekly_volunteer_minutes')
        batch.drop_column('weekly_limit_minutes')
    with op.batch_alter_table('valuation_rate') as batch:
        batch.drop_column('method')
    op.drop_index(op.f('ix_entry_evidence_entry_id'), table_name='entry_evidence')
    op.drop_table('entry_evidence')
    op.drop_table('entry_credit')
    op.drop_index('uq_scheme_assignment_organisation', table_name='scheme_assignment')
    op.drop_index('uq_scheme_assignment_person', table_name='scheme_assignment')
    op.drop_index(op.f('ix_scheme_assignment_person_id'), table_name='scheme_assignment')
    op.drop_table('scheme_assignment')
    op.drop_table('scheme')
