"""kept totals

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30

Totals over everyone read a few rows a day instead of every entry: day_total (day x
organisation x kind x category x status) and person_month_total (month x person x
organisation x kind x status) hold entries, minutes and beneficiaries, kept by triggers on the
entry table in the writing transaction, on both databases and whoever writes (okuvol, an
import, a restore, psql). Filled here from the entries already there; `okuvol check`
recomputes them and reports any difference.

On PostgreSQL the trigger function runs as the ledger's owner (SECURITY DEFINER): people whose
row security hides other organisations' entries write the totals of their own entries without
any right on the totals tables, and read their totals from the entries they may see.
"""

from __future__ import annotations

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
_DAY_KEY = ("work_date", "organisation_id", "kind", "category_id", "status")
_MONTH_KEY = ("month", "person_id", "organisation_id", "kind", "status")


def _month(row: str, dialect: str) -> str:
    if dialect == "postgresql":
        return f"date_trunc('month', {row}.work_date)::date"
    return f"date({row}.work_date, 'start of month')"


def _key_values(row: str, dialect: str) -> dict[str, str]:
    return {
        "work_date": f"{row}.work_date",
        "month": _month(row, dialect),
        "person_id": f"{row}.person_id",
        "organisation_id": f"{row}.organisation_id",
        "kind": f"{row}.kind",
        "category_id": f"coalesce({row}.category_id, 0)",
        "status": f"{row}.status",
    }


def _add(row: str, dialect: str) -> str:
    """Statements adding one entry (NEW) to both tables."""
    values = _key_values(row, dialect)
    day = ", ".join(values[c] for c in _DAY_KEY)
    month = ", ".join(values[c] for c in _MONTH_KEY)
    return f"""
    INSERT INTO day_total ({", ".join(_DAY_KEY)}, entries, minutes, beneficiaries)
    VALUES ({day}, 1, {row}.minutes, coalesce({row}.beneficiaries, 0))
    ON CONFLICT ({", ".join(_DAY_KEY)}) DO UPDATE SET
        entries = day_total.entries + 1,
        minutes = day_total.minutes + excluded.minutes,
        beneficiaries = day_total.beneficiaries + excluded.beneficiaries;
    INSERT INTO person_month_total ({", ".join(_MONTH_KEY)}, entries, minutes)
    VALUES ({month}, 1, {row}.minutes)
    ON CONFLICT ({", ".join(_MONTH_KEY)}) DO UPDATE SET
        entries = person_month_total.entries + 1,
        minutes = person_month_total.minutes + excluded.minutes;
    """


def _remove(row: str, dialect: str) -> str:
    """Statements taking one entry (OLD) out of both tables; a group left empty goes."""
    values = _key_values(row, dialect)
    day = " AND ".join(f"{c} = {values[c]}" for c in _DAY_KEY)
    month = " AND ".join(f"{c} = {values[c]}" for c in _MONTH_KEY)
    return f"""
    UPDATE day_total SET entries = entries - 1, minutes = minutes - {row}.minutes,
        beneficiaries = beneficiaries - coalesce({row}.beneficiaries, 0)
    WHERE {day};
    DELETE FROM day_total WHERE {day} AND entries = 0;
    UPDATE person_month_total SET entries = entries - 1, minutes = minutes - {row}.minutes
    WHERE {month};
    DELETE FROM person_month_total WHERE {month} AND entries = 0;
    """


def _fill(dialect: str) -> list[str]:
    month = _month("entry", dialect)
    return [
        f"INSERT INTO day_total ({', '.join(_DAY_KEY)}, entries, minutes, beneficiaries) "
        "SELECT work_date, organisation_id, kind, coalesce(category_id, 0), status, count(*), "
        "sum(minutes), sum(coalesce(beneficiaries, 0)) FROM entry "
        "GROUP BY work_date, organisation_id, kind, coalesce(category_id, 0), status",
        f"INSERT INTO person_month_total ({', '.join(_MONTH_KEY)}, entries, minutes) "
        f"SELECT {month}, person_id, organisation_id, kind, status, count(*), sum(minutes) "
        f"FROM entry GROUP BY {month}, person_id, organisation_id, kind, status",
    ]


def _sqlite_triggers() -> list[str]:
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _COUNTED)
    return [
        f"CREATE TRIGGER kept_totals_insert AFTER INSERT ON entry BEGIN "
        f"{_add('NEW', 'sqlite')} END",
        f"CREATE TRIGGER kept_totals_delete AFTER DELETE ON entry BEGIN "
        f"{_remove('OLD', 'sqlite')} END",
        f"CREATE TRIGGER kept_totals_update AFTER UPDATE OF {', '.join(_COUNTED)} ON entry "
        f"WHEN {changed} BEGIN {_remove('OLD', 'sqlite')} {_add('NEW', 'sqlite')} END",
    ]


def _pg_changes(sources: dict[str, str], key: tuple[str, ...], sums: dict[str, str]) -> str:
    """A query of the changes a statement made to one table's totals: its entries' rows
    (+ for new_rows, - for old_rows), summed per key, groups that did not change left out."""
    values = _key_values("r", "postgresql")
    selects = [
        f"SELECT {', '.join(f'{values[c]} AS {c}' for c in key)}, "
        f"{', '.join(f'{sign}{expression} AS {name}' for name, expression in sums.items())} "
        f"FROM {table} r"
        for table, sign in sources.items()
    ]
    totals = ", ".join(f"sum({name}) AS {name}" for name in sums)
    changed = " OR ".join(f"sum({name}) <> 0" for name in sums)
    return (
        f"SELECT {', '.join(key)}, {totals} FROM ({' UNION ALL '.join(selects)}) c "
        f"GROUP BY {', '.join(key)} HAVING {changed}"
    )


def _pg_apply(table: str, changes: str, key: tuple[str, ...], sums: dict[str, str]) -> str:
    """Statements adding ``changes`` to ``table`` in the order of its key, so that two
    transactions lock the rows they share in the same order, and removing emptied groups."""
    columns = ", ".join((*key, *sums))
    added = ", ".join(f"{name} = t.{name} + excluded.{name}" for name in sums)
    emptied = ", ".join(key)
    return f"""
    INSERT INTO {table} AS t ({columns})
    SELECT {columns} FROM ({changes}) d ORDER BY {", ".join(key)}
    ON CONFLICT ({", ".join(key)}) DO UPDATE SET {added};
    DELETE FROM {table} WHERE entries = 0 AND ({emptied}) IN
        (SELECT {emptied} FROM ({changes}) d);
    """


def _postgresql_triggers() -> list[str]:
    """Statement triggers over the rows a statement changed (transition tables): one
    statement approving a thousand entries updates each total once, in key order."""
    day_sums = {
        "entries": "1",
        "minutes": "r.minutes",
        "beneficiaries": "coalesce(r.beneficiaries, 0)",
    }
    month_sums = {"entries": "1", "minutes": "r.minutes"}
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
        body = _pg_apply(
            "day_total", _pg_changes(sources, _DAY_KEY, day_sums), _DAY_KEY, day_sums
        ) + _pg_apply(
            "person_month_total",
            _pg_changes(sources, _MONTH_KEY, month_sums),
            _MONTH_KEY,
            month_sums,
        )
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
        """
CREATE OR REPLACE FUNCTION okuvol_kept_totals_truncate() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    TRUNCATE day_total, person_month_total;
    RETURN NULL;
END $$
""",
        "CREATE TRIGGER okuvol_kept_totals_truncate AFTER TRUNCATE ON entry "
        "FOR EACH STATEMENT EXECUTE FUNCTION okuvol_kept_totals_truncate()",
    ]
    return statements


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "day_total",
        sa.Column("work_date", sa.Date(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("beneficiaries", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*_DAY_KEY, name=op.f("pk_day_total")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "person_month_total",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*_MONTH_KEY, name=op.f("pk_person_month_total")),
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
    op.drop_table("person_month_total")
    op.drop_table("day_total")
