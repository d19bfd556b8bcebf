"""waiting lines

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01

The coordinator's queue reads one kept row a line: waiting_line holds, for each person and
organisation with submitted entries, how many there are, their minutes, how many came back
after a review, and the first and last day among them. Before, the queue grouped the waiting
rows of person_year_total and sought each line's first day, last day and sent-back entries in
the entry table: three index seeks a line, which made the dashboard for everyone grow with the
number of lines (1.39x at 200,000 entries on PostgreSQL, against a target of 1.3x). The two
indexes that served that reading go: ix_entry_resubmitted and ix_person_year_total_status.

Kept by triggers on the entry table, as migration 0012's totals are, whoever writes. Counts and
minutes are sums. The days are not: an added entry moves a day outwards (min/max), and an
entry that leaves the queue on its line's first or last day makes the trigger seek the new one
in ix_entry_awaiting. On PostgreSQL the statement triggers first add every change in key order,
which locks the lines a statement touches, and only then seek the days: a statement run after
taking the lock sees every writer that held it before (READ COMMITTED), so two writers of one
line cannot leave a day that only one of them saw. Under REPEATABLE READ or SERIALIZABLE the
lock itself refuses a line another transaction changed (a serialization failure: nothing is
written, and the writer tries again).

The SQLite triggers are named kept_totals_waiting_*: a bulk write sets every kept_totals_
trigger aside and adds its rows with one GROUP BY (storage/upkeep.py). SQLite also refuses an
entry whose minutes or people served are not whole numbers, or whose date is not a plain day
(sqlite3 could store 1.1, whose sums drift from what check adds up, or '2024-12-23 00:00:00');
such dates already there become plain days first.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from okuvol_desktop.storage.schema_snapshots import (
    create_resubmitted_index_0013,
    create_waiting_totals_index_0014,
)

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_KEY = ("organisation_id", "person_id")
_COLUMNS = (*_KEY, "entries", "minutes", "resubmitted", "first_day", "last_day")
# The literal, not a parameter: the partial index ix_entry_awaiting serves only queries that
# say so in its own words.
_WAITING = "status = 'submitted'"
# The columns a line depends on: an UPDATE of any other leaves the lines as they were.
_WATCHED = ("organisation_id", "person_id", "work_date", "status", "minutes", "reviewed_at")


def _seek(row: str, aggregate: str) -> str:
    """The first (min) or last (max) day still waiting on the line of ``row``."""
    return (
        f"(SELECT {aggregate}(e.work_date) FROM entry e WHERE e.{_WAITING} "
        f"AND e.organisation_id = {row}.organisation_id AND e.person_id = {row}.person_id)"
    )


def _sqlite_add(row: str) -> str:
    """Put the entry ``row`` on its line when it waits."""
    return (
        f"INSERT INTO waiting_line ({', '.join(_COLUMNS)}) "
        f"SELECT {row}.organisation_id, {row}.person_id, 1, {row}.minutes, "
        f"{row}.reviewed_at IS NOT NULL, {row}.work_date, {row}.work_date "
        f"WHERE {row}.{_WAITING} "
        "ON CONFLICT (organisation_id, person_id) DO UPDATE SET "
        "entries = waiting_line.entries + 1, "
        "minutes = waiting_line.minutes + excluded.minutes, "
        "resubmitted = waiting_line.resubmitted + excluded.resubmitted, "
        "first_day = min(waiting_line.first_day, excluded.first_day), "
        "last_day = max(waiting_line.last_day, excluded.last_day);"
    )


def _sqlite_remove(row: str) -> str:
    """Take the entry ``row`` off its line when it waited; an emptied line goes. The table
    already holds the statement's change, so the seek finds the day that is left."""
    line = f"organisation_id = {row}.organisation_id AND person_id = {row}.person_id"
    return (
        f"UPDATE waiting_line SET entries = entries - 1, minutes = minutes - {row}.minutes, "
        f"resubmitted = resubmitted - ({row}.reviewed_at IS NOT NULL), "
        f"first_day = CASE WHEN {row}.work_date = first_day "
        f"THEN coalesce({_seek(row, 'min')}, first_day) ELSE first_day END, "
        f"last_day = CASE WHEN {row}.work_date = last_day "
        f"THEN coalesce({_seek(row, 'max')}, last_day) ELSE last_day END "
        f"WHERE {line} AND {row}.{_WAITING};"
        f"DELETE FROM waiting_line WHERE {line} AND entries = 0;"
    )


def _sqlite_triggers() -> list[str]:
    either = f"(OLD.{_WAITING} OR NEW.{_WAITING})"
    changed = " OR ".join(
        [f"OLD.{c} IS NOT NEW.{c}" for c in _WATCHED if c != "reviewed_at"]
        + ["(OLD.reviewed_at IS NULL) IS NOT (NEW.reviewed_at IS NULL)"]
    )
    return [
        "CREATE TRIGGER kept_totals_waiting_insert AFTER INSERT ON entry "
        f"WHEN NEW.{_WAITING} BEGIN {_sqlite_add('NEW')} END",
        "CREATE TRIGGER kept_totals_waiting_delete AFTER DELETE ON entry "
        f"WHEN OLD.{_WAITING} BEGIN {_sqlite_remove('OLD')} END",
        f"CREATE TRIGGER kept_totals_waiting_update AFTER UPDATE OF {', '.join(_WATCHED)} "
        f"ON entry WHEN {either} AND ({changed}) "
        f"BEGIN {_sqlite_remove('OLD')} {_sqlite_add('NEW')} END",
    ]


# SQLite keeps what it is given: 1.1 in an INTEGER column stays a REAL ('60' becomes 60), and
# sums of REALs drift (1.1 + 0.1 + 0.9 + 0.7 - 0.1 - 0.7 is not 2.0), so kept sums would stop
# agreeing with the entries; a day written '2024-12-23 00:00:00' is no day a total can be read
# back as. What an entry is summed and grouped by must be plain: whole numbers, a day as
# YYYY-MM-DD (PostgreSQL's INTEGER and DATE columns see to it themselves).
_NOT_PLAIN = (
    "typeof(NEW.minutes) <> 'integer' "
    "OR (NEW.beneficiaries IS NOT NULL AND typeof(NEW.beneficiaries) <> 'integer') "
    "OR NEW.work_date IS NOT date(NEW.work_date)"
)
_REFUSED = (
    "okuvol: an entry''s minutes and people served are whole numbers and its date a day "
    "(YYYY-MM-DD)"
)


def _sqlite_plain_values() -> list[str]:
    return [
        f"CREATE TRIGGER entry_plain_values_insert BEFORE INSERT ON entry WHEN {_NOT_PLAIN} "
        f"BEGIN SELECT RAISE(ABORT, '{_REFUSED}'); END",
        "CREATE TRIGGER entry_plain_values_update BEFORE UPDATE OF minutes, beneficiaries, "
        f"work_date ON entry WHEN {_NOT_PLAIN} BEGIN SELECT RAISE(ABORT, '{_REFUSED}'); END",
    ]


def _pg_changed(source: str, other: str | None) -> str:
    """The waiting rows of the transition table ``source`` that the line cares about: for an
    UPDATE, those whose row in ``other`` differed in a watched column (an edit of a waiting
    entry's description leaves its line alone)."""
    rows = f"SELECT r.* FROM {source} r WHERE r.{_WAITING}"
    if other is None:
        return rows
    same = " AND ".join(
        [f"o.{c} IS NOT DISTINCT FROM r.{c}" for c in _WATCHED if c != "reviewed_at"]
        + ["(o.reviewed_at IS NULL) = (r.reviewed_at IS NULL)"]
    )
    return f"{rows} AND NOT EXISTS (SELECT 1 FROM {other} o WHERE o.id = r.id AND {same})"


def _pg_body(added: str | None, removed: str | None) -> str:
    """What one statement's added and removed waiting rows do to the lines."""
    parts = []
    if added is not None:
        parts.append(
            "SELECT organisation_id, person_id, 1 AS entries, minutes, "
            "(reviewed_at IS NOT NULL)::int AS resubmitted, work_date AS day "
            f"FROM ({added}) a"
        )
    if removed is not None:
        parts.append(
            "SELECT organisation_id, person_id, -1 AS entries, -minutes AS minutes, "
            "-(reviewed_at IS NOT NULL)::int AS resubmitted, NULL::date AS day "
            f"FROM ({removed}) g"
        )
    # Added first, in key order (this locks the lines); the days of a line that lost an entry
    # on one of them are sought after, by a statement that sees every writer that held it. A
    # seek that finds nothing keeps the day: one statement (a MERGE, a writing WITH) may have
    # deleted the line's other entries, whose own trigger empties the line next.
    # A line that only lost entries proposes infinite days, which least() and greatest() pass
    # over: PostgreSQL checks NOT NULL on the proposed row before it finds the conflict.
    body = f"""
    INSERT INTO waiting_line AS w ({", ".join(_COLUMNS)})
    SELECT organisation_id, person_id, sum(entries), sum(minutes), sum(resubmitted),
        coalesce(min(day), 'infinity'), coalesce(max(day), '-infinity')
    FROM ({" UNION ALL ".join(parts)}) c
    GROUP BY organisation_id, person_id ORDER BY organisation_id, person_id
    ON CONFLICT (organisation_id, person_id) DO UPDATE SET
        entries = w.entries + excluded.entries,
        minutes = w.minutes + excluded.minutes,
        resubmitted = w.resubmitted + excluded.resubmitted,
        first_day = least(w.first_day, excluded.first_day),
        last_day = greatest(w.last_day, excluded.last_day);
    """
    if removed is not None:
        body += f"""
    UPDATE waiting_line w SET first_day = coalesce({_seek("w", "min")}, w.first_day),
        last_day = coalesce({_seek("w", "max")}, w.last_day)
    WHERE w.entries > 0 AND EXISTS (SELECT 1 FROM ({removed}) g
        WHERE g.organisation_id = w.organisation_id AND g.person_id = w.person_id
        AND g.work_date IN (w.first_day, w.last_day));
    DELETE FROM waiting_line w WHERE w.entries = 0 AND EXISTS (SELECT 1 FROM ({removed}) g
        WHERE g.organisation_id = w.organisation_id AND g.person_id = w.person_id);
    """
    return body


def _postgresql_triggers() -> list[str]:
    events = {
        "insert": ("INSERT", "REFERENCING NEW TABLE AS new_rows",
                   _pg_changed("new_rows", None), None),
        "delete": ("DELETE", "REFERENCING OLD TABLE AS old_rows",
                   None, _pg_changed("old_rows", None)),
        "update": ("UPDATE", "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
                   _pg_changed("new_rows", "old_rows"), _pg_changed("old_rows", "new_rows")),
    }  # fmt: skip
    statements = []
    for name, (event, referencing, added, removed) in events.items():
        statements += [
            f"""
CREATE OR REPLACE FUNCTION okuvol_waiting_lines_{name}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    {_pg_body(added, removed)}
    RETURN NULL;
END $$
""",
            f"CREATE TRIGGER okuvol_waiting_lines_{name} AFTER {event} ON entry {referencing} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION okuvol_waiting_lines_{name}()",
        ]
    statements += [
        """
CREATE OR REPLACE FUNCTION okuvol_waiting_lines_truncate() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    TRUNCATE waiting_line;
    RETURN NULL;
END $$
""",
        "CREATE TRIGGER okuvol_waiting_lines_truncate AFTER TRUNCATE ON entry "
        "FOR EACH STATEMENT EXECUTE FUNCTION okuvol_waiting_lines_truncate()",
    ]
    return statements


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":  # days sqlite3 wrote with a time of day, made plain days (and so
        # readable); the triggers of 0012 move their kept totals with them
        op.execute(
            "UPDATE entry SET work_date = date(work_date) "
            "WHERE date(work_date) IS NOT NULL AND work_date IS NOT date(work_date)"
        )
    op.create_table(
        "waiting_line",
        *(sa.Column(c, sa.Integer(), nullable=False) for c in _COLUMNS[:5]),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint(*_KEY, name=op.f("pk_waiting_line")),
        sqlite_with_rowid=False,
    )
    op.execute(
        f"INSERT INTO waiting_line ({', '.join(_COLUMNS)}) "
        "SELECT organisation_id, person_id, count(*), sum(minutes), count(reviewed_at), "
        f"min(work_date), max(work_date) FROM entry WHERE {_WAITING} "
        "GROUP BY organisation_id, person_id"
    )
    sqlite = [*_sqlite_triggers(), *_sqlite_plain_values()]
    for statement in _postgresql_triggers() if dialect == "postgresql" else sqlite:
        op.execute(statement)
    # What the queue read before, and nothing else reads: writes no longer keep them up.
    op.drop_index("ix_entry_resubmitted", "entry")
    op.drop_index("ix_person_year_total_status", "person_year_total")


def downgrade() -> None:
    create_waiting_totals_index_0014()
    create_resubmitted_index_0013()
    if op.get_bind().dialect.name == "postgresql":
        for name in ("insert", "delete", "update", "truncate"):
            op.execute(f"DROP TRIGGER IF EXISTS okuvol_waiting_lines_{name} ON entry")
            op.execute(f"DROP FUNCTION IF EXISTS okuvol_waiting_lines_{name}()")
    else:
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS kept_totals_waiting_{name}")
        for name in ("insert", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS entry_plain_values_{name}")
    op.drop_table("waiting_line")
