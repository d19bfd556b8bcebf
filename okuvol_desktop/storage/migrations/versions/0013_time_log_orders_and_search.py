"""time log orders and search

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30

The time log pages through a million entries sorted by any column from the last line shown
(storage/listing.py): each order needs an index that holds its entries in that order, the
entry id last (SQLite appends the rowid to every index; PostgreSQL gets it written out).
Sorting by a person, an organisation, a role or a category walks that table's names and each
one's entries by id.

The coordinator's queue finds each group's first and last waiting day with one seek each, and
the entries sent back after a review through a partial index of their own.

Search looks for any three letters or more inside descriptions and places: on SQLite a
trigram full-text index (FTS5) kept by triggers, on PostgreSQL trigram GIN indexes (pg_trgm)
that serve ILIKE '%...%' directly, when the server lets the ledger's owner create that
extension; without it, search reads every entry as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from okuvol_desktop.storage.schema_snapshots import create_resubmitted_index_0013

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

# (index name, column): the entry id ends each, which keeps one order per index.
_ORDERS = (
    ("ix_entry_person", "person_id"),
    ("ix_entry_organisation", "organisation_id"),
    ("ix_entry_kind", "kind"),
    ("ix_entry_minutes", "minutes"),
    ("ix_entry_start_time", "start_time"),
    ("ix_entry_category", "category_id"),
    ("ix_entry_description", "description"),
)

_SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE entry_search USING fts5(description, location, content='entry', "
    "content_rowid='id', tokenize='trigram')",
    "INSERT INTO entry_search(entry_search) VALUES ('rebuild')",
    "CREATE TRIGGER entry_search_insert AFTER INSERT ON entry BEGIN "
    "INSERT INTO entry_search(rowid, description, location) "
    "VALUES (NEW.id, NEW.description, NEW.location); END",
    "CREATE TRIGGER entry_search_delete AFTER DELETE ON entry BEGIN "
    "INSERT INTO entry_search(entry_search, rowid, description, location) "
    "VALUES ('delete', OLD.id, OLD.description, OLD.location); END",
    "CREATE TRIGGER entry_search_update AFTER UPDATE OF description, location ON entry BEGIN "
    "INSERT INTO entry_search(entry_search, rowid, description, location) "
    "VALUES ('delete', OLD.id, OLD.description, OLD.location); "
    "INSERT INTO entry_search(rowid, description, location) "
    "VALUES (NEW.id, NEW.description, NEW.location); END",
)

_POSTGRESQL_SEARCH = """
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX ix_entry_description_trgm ON entry USING gin (description gin_trgm_ops);
    CREATE INDEX ix_entry_location_trgm ON entry USING gin (location gin_trgm_ops);
EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
    RAISE NOTICE 'okuvol: pg_trgm is not available; search reads every entry';
END $$
"""


def upgrade() -> None:
    for name, column in _ORDERS:
        op.create_index(name, "entry", [column, "id"])
    # The status order was there, without the id PostgreSQL needs written out.
    op.drop_index("ix_entry_status", "entry")
    op.create_index("ix_entry_status", "entry", ["status", "id"])
    op.create_index("ix_role_title", "role", ["title"])
    op.create_index("ix_category_name_en", "category", ["name_en"])
    waiting = sa.text("status = 'submitted'")
    op.create_index(
        "ix_entry_awaiting",
        "entry",
        ["organisation_id", "person_id", "work_date"],
        sqlite_where=waiting,
        postgresql_where=waiting,
    )
    create_resubmitted_index_0013()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_POSTGRESQL_SEARCH)
    else:
        for statement in _SQLITE_SEARCH:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_entry_description_trgm")
        op.execute("DROP INDEX IF EXISTS ix_entry_location_trgm")
    else:
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS entry_search_{name}")
        op.execute("DROP TABLE IF EXISTS entry_search")
    op.drop_index("ix_entry_resubmitted", "entry")
    op.drop_index("ix_entry_awaiting", "entry")
    op.drop_index("ix_category_name_en", "category")
    op.drop_index("ix_role_title", "role")
    op.drop_index("ix_entry_status", "entry")
    op.create_index("ix_entry_status", "entry", ["status"])
    for name, _column in reversed(_ORDERS):
        op.drop_index(name, "entry")
