"""ledger change notice

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30

A window open on a shared PostgreSQL ledger learns that someone else changed it: every
statement that writes to a table of the ledger sends NOTIFY okuvol_ledger (delivered when its
transaction commits, once per transaction and table), which the window LISTENs for. A SQLite
file needs nothing: the window reads PRAGMA data_version, which any commit by another
connection changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

_NOTICE = """
CREATE OR REPLACE FUNCTION okuvol_ledger_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('okuvol_ledger', TG_TABLE_NAME);
    RETURN NULL;
END $$
"""


def _tables() -> list[str]:
    names = sa.inspect(op.get_bind()).get_table_names()
    return sorted(name for name in names if name != "alembic_version")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_NOTICE)
    for table in _tables():
        op.execute(
            f"CREATE TRIGGER okuvol_ledger_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION okuvol_ledger_changed()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _tables():
        op.execute(f"DROP TRIGGER IF EXISTS okuvol_ledger_changed ON {table}")
    op.execute("DROP FUNCTION IF EXISTS okuvol_ledger_changed()")
