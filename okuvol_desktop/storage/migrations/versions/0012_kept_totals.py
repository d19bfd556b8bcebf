"""kept totals

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30

Totals over everyone read a few rows a month instead of every entry. Four tables hold entries,
minutes (and beneficiaries) per group:

- day_total: day x organisation x kind x category x status
- month_total: month x organisation x kind x category x status
- person_month_total: month x person x organisation x kind x status
- person_year_total: year x person x organisation x kind x status

kept by triggers on the entry table in the writing transaction, on both databases and whoever
writes (okuvol, an import, a restore, psql). A reader takes whole years and months from the
coarse tables and only the days around them from the fine ones. No table has a person and a
day: a person rarely logs two entries in one day, so that grain would be as large as the
entries themselves. Filled here from the entries already there; `okuvol check` recomputes
them and reports any difference.

On PostgreSQL statement triggers total what each statement changed (transition tables) and
add it in the order of each table's key, so that two writers lock shared rows in the same
order; the functions run as the ledger's owner (SECURITY DEFINER): people whose row security
hides other organisations' entries write the totals of their own entries without any right
on the totals tables, and read their totals from the entries they may see.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# The columns an entry's totals depend on: an UPDATE of any other leaves them as they were.
_COUNTED = (
    "person_id", "organisation_id", "kind", "work_date", "category_id", "status", "minutes",
    "beneficiaries",
)  # fmt: skip
_PLACE = ("organisation_id", "kind", "category_id", "status")
_WHO = ("person_id", "organisation_id", "kind", "status")
_WITH_BENEFICIARIES = ("entries", "minutes", "beneficiaries")
# Each table: its key and its sums.
_ROLLUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "day_total": (("work_date", *_PLACE), _WITH_BENEFICIARIES),
    "month_total": (("month", *_PLACE), _WITH_BENEFICIARIES),
    "person_month_total": (("month", *_WHO), ("entries", "minutes")),
    "person_year_total": (("year", *_WHO), ("entries", "minutes")),
}


def _values(row: str, dialect: str) -> dict[str, str]:
    """What each key and sum column takes from one entry row."""
    if dialect == "postgresql":
        month = f"date_trunc('month', {row}.work_date)::date"
        year = f"date_trunc('year', {row}.work_date)::date"
    else:
        month = f"date({row}.work_date, 'start of month')"
        year = f"date({row}.work_date, 'start of year')"
    return {
        "work_date": f"{row}.work_date",
        "month": month,
        "year": year,
        "person_id": f"{row}.person_id",
        "organisation_id": f"{row}.organisation_id",
        "kind": f"{row}.kind",
        "category_id": f"coalesce({row}.category_id, 0)",
        "status": f"{row}.status",
        "entries": "1",
        "minutes": f"{row}.minutes",
        "beneficiaries": f"coalesce({row}.beneficiaries, 0)",
    }


def _add(row: str) -> str:
    """SQLite statements adding one entry (NEW) to every table."""
    values = _values(row, "sqlite")
    statements = []
    for table, (key, sums) in _ROLLUPS.items():
        columns = (*key, *sums)
        statements.append(
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join(values[c] for c in columns)}) "
            f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET "
            + ", ".join(f"{s} = {table}.{s} + excluded.{s}" for s in sums)
            + ";"
        )
    return "\n".join(statements)


def _remove(row: str) -> str:
    """SQLite statements taking one entry (OLD) out of every table; an emptied group goes."""
    values = _values(row, "sqlite")
    statements = []
    for table, (key, sums) in _ROLLUPS.items():
        where = " AND ".join(f"{c} = {values[c]}" for c in key)
        taken = ", ".join(f"{s} = {s} - {values[s]}" for s in sums)
        statements.append(f"UPDATE {table} SET {taken} WHERE {where};")
        statements.append(f"DELETE FROM {table} WHERE {where} AND entries = 0;")
    return "\n".join(statements)


def _fill(dialect: str) -> list[str]:
    values = _values("entry", dialect)
    statements = []
    for table, (key, sums) in _ROLLUPS.items():
        grouped = ", ".join(values[c] for c in key)
        totals = ", ".join(f"sum({values[s]})" for s in sums)
        statements.append(
            f"INSERT INTO {table} ({', '.join((*key, *sums))}) "
            f"SELECT {grouped}, {totals} FROM entry GROUP BY {grouped}"
        )
    return statements


def _sqlite_triggers() -> list[str]:
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _COUNTED)
    return [
        f"CREATE TRIGGER kept_totals_insert AFTER INSERT ON entry BEGIN {_add('NEW')} END",
        f"CREATE TRIGGER kept_totals_delete AFTER DELETE ON entry BEGIN {_remove('OLD')} END",
        f"CREATE TRIGGER kept_totals_update AFTER UPDATE OF {', '.join(_COUNTED)} ON entry "
        f"WHEN {changed} BEGIN {_remove('OLD')} {_add('NEW')} END",
    ]


def _pg_apply(table: str, sources: dict[str, str]) -> str:
    """Statements adding to ``table`` what a statement changed: its entries' rows (+ for
    new_rows, - for old_rows) summed per key, groups that did not change left out, in the
    order of the key; then removing the groups it emptied."""
    key, sums = _ROLLUPS[table]
    values = _values("r", "postgresql")
    selects = " UNION ALL ".join(
        f"SELECT {', '.join(f'{values[c]} AS {c}' for c in key)}, "
        f"{', '.join(f'{sign}{values[s]} AS {s}' for s in sums)} FROM {source} r"
        for source, sign in sources.items()
    )
    changes = (
        f"SELECT {', '.join(key)}, {', '.join(f'sum({s}) AS {s}' for s in sums)} "
        f"FROM ({selects}) c GROUP BY {', '.join(key)} "
        f"HAVING {' OR '.join(f'sum({s}) <> 0' for s in sums)}"
    )
    columns = ", ".join((*key, *sums))
    return f"""
    INSERT INTO {table} AS t ({columns})
    SELECT {columns} FROM ({changes}) d ORDER BY {", ".join(key)}
    ON CONFLICT ({", ".join(key)}) DO UPDATE SET
        {", ".join(f"{s} = t.{s} + excluded.{s}" for s in sums)};
    DELETE FROM {table} WHERE entries = 0 AND ({", ".join(key)}) IN
        (SELECT {", ".join(key)} FROM ({changes}) d);
    """


def _postgresql_triggers() -> list[str]:
    events = {
        "insert": ("INSERT", "REFERENCING NEW TABLE AS new_rows", {"new_rows": ""}),
        "delete": ("DELETE", "REFERENCING OLD TABLE AS old_rows", {"old_rows": "-"}),
        "update": (
            "UPDATE",
            "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
            {"new_rows": "", "old_rows": "-"},
        ),
    }
    statements = []
    for name, (event, referencing, sources) in events.items():
        body = "".join(_pg_apply(table, sources) for table in _ROLLUPS)
        statements += [
            f"""
CREATE OR REPLACE FUNCTION okuvol_kept_totals_{name}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    {body}
    RETURN NULL;
END $$
""",
            f"CREATE TRIGGER okuvol_kept_totals_{name} AFTER {event} ON entry {referencing} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION okuvol_kept_totals_{name}()",
        ]
    statements += [
        f"""
CREATE OR REPLACE FUNCTION okuvol_kept_totals_truncate() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    TRUNCATE {", ".join(_ROLLUPS)};
    RETURN NULL;
END $$
""",
        "CREATE TRIGGER okuvol_kept_totals_truncate AFTER TRUNCATE ON entry "
        "FOR EACH STATEMENT EXECUTE FUNCTION okuvol_kept_totals_truncate()",
    ]
    return statements


_TYPES: dict[str, Any] = {"work_date": sa.Date, "month": sa.Date, "year": sa.Date, "kind": sa.String(16),
          "status": sa.String(16)}  # fmt: skip


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, (key, sums) in _ROLLUPS.items():
        op.create_table(
            table,
            *(sa.Column(c, _TYPES.get(c, sa.Integer()), nullable=False) for c in (*key, *sums)),
            sa.PrimaryKeyConstraint(*key, name=op.f(f"pk_{table}")),
            sqlite_with_rowid=False,
        )
    for statement in _fill(dialect):
        op.execute(statement)
    triggers = _postgresql_triggers() if dialect == "postgresql" else _sqlite_triggers()
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in ("insert", "delete", "update", "truncate"):
            op.execute(f"DROP TRIGGER IF EXISTS okuvol_kept_totals_{name} ON entry")
            op.execute(f"DROP FUNCTION IF EXISTS okuvol_kept_totals_{name}()")
    else:
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS kept_totals_{name}")
    for table in reversed(_ROLLUPS):
        op.drop_table(table)
