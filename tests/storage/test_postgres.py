"""PostgreSQL as a shared ledger: the schema made on an empty database, the same figures as
SQLite, ids that continue after bulk writes."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from okuvol_desktop.cli.main import run
from okuvol_desktop.domain.model import PersonDetails
from okuvol_desktop.services.context import ConnectionLost
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.storage.repositories import PersonRepo
from tests.dbstate import count
from tests.services.helpers import log

BACKENDS = ("postgresql",)


def _okuvol(location: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", location, *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def _empty_database(location: str, name: str) -> str:
    admin = create_engine(location, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return (
        location.rsplit("/", 1)[0]
        + f"/{name}"
        + ("?" + location.split("?", 1)[1] if "?" in location else "")
    )


def test_init_db_makes_the_schema_on_an_empty_database(db_location: str) -> None:
    import uuid

    fresh = _empty_database(db_location, f"okuvol_init_{uuid.uuid4().hex[:8]}")
    code, out, err = _okuvol(fresh, "init-db")
    assert code == 0, err
    assert "holds an okuvol ledger" in out
    assert _okuvol(fresh, "person", "add", "Ani")[0] == 0
    assert _okuvol(fresh, "init-db")[0] == 0  # again: nothing to do, nothing lost
    assert "Ani" in _okuvol(fresh, "person", "list")[1]


def test_a_database_of_another_application_is_refused(db_location: str) -> None:
    import uuid

    other = _empty_database(db_location, f"okuvol_other_{uuid.uuid4().hex[:8]}")
    engine = create_engine(other)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id int)"))
    engine.dispose()
    code, _out, err = _okuvol(other, "init-db")
    assert code == 1 and "another application" in err


def test_ids_continue_after_demo_data(ledger: Ledger) -> None:
    ledger.demo.fill(people=8, entries=300, seed=2)
    person = ledger.people.by_name()[0]
    role = next(r for r in ledger.roles.held() if r.person_id == person.id)
    organisation = next(o for o in ledger.organisations.by_name() if o.id == role.organisation_id)
    entry = log(
        ledger, date(2026, 11, 2), kind=role.kind, hours="1", person=person.full_name,
        org=organisation.name,
    )  # fmt: skip
    assert entry.id == 301


def test_a_large_demo_leaves_its_totals_compact_and_its_tables_vacuumed(
    ledger: Ledger, db_location: str
) -> None:
    # Past the size at which the writer settles the tables after committing.
    ledger.demo.fill(people=40, entries=12_000, seed=3)
    engine = create_engine(db_location)
    try:
        with engine.begin() as connection:
            for table in ("month_total", "person_year_total", "day_total"):
                connection.execute(text(f"CREATE TEMP TABLE compact AS SELECT * FROM {table}"))
                pages, compact = connection.execute(
                    text(
                        f"SELECT pg_relation_size('{table}') / 8192, "
                        "pg_relation_size('compact') / 8192"
                    )
                ).one()
                # Updated once per batch, it was many times its size before VACUUM FULL.
                assert pages <= compact + 1, (table, pages, compact)
                connection.execute(text("DROP TABLE compact"))
            visible = connection.execute(
                text("SELECT relallvisible, relpages FROM pg_class WHERE relname = 'entry'")
            ).one()
            assert visible[0] >= visible[1] > 0  # index-only scans need not read the rows
    finally:
        engine.dispose()


def test_stats_json_is_the_same_byte_for_byte_as_on_sqlite(
    db_location: str, template_db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "source.sqlite3"
    source.write_bytes(template_db.read_bytes())
    assert _okuvol(str(source), "demo", "--entries", "3000", "--seed", "11")[0] == 0
    exported = tmp_path / "entries.csv"
    assert _okuvol(str(source), "export", "--format", "csv", "--out", str(exported))[0] == 0
    sqlite_copy = tmp_path / "copy.sqlite3"
    sqlite_copy.write_bytes(template_db.read_bytes())
    outputs = []
    for location in (str(sqlite_copy), db_location):
        code, _out, err = _okuvol(location, "import", str(exported), "--format", "okuvol-csv")
        assert code == 0, err
        for argv in (["--year", "2026"], ["--year", "2025", "--status", "approved"]):
            code, out, err = _okuvol(location, "stats", *argv, "--json")
            assert code == 0, err
            outputs.append(out)
    assert outputs[:2] == outputs[2:]
    assert '"entries": ' in outputs[0]


def _terminate(db_location: str, where: str, **params: object) -> None:
    admin = create_engine(db_location, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(
            text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE {where}"), params
        )
    admin.dispose()


def test_connections_dropped_between_use_cases_are_renewed(
    ledger: Ledger, db_location: str
) -> None:
    ledger.people.add("Ani")  # a pooled connection now exists
    database = db_location.rsplit("/", 1)[1].split("?", 1)[0]
    _terminate(db_location, "datname = :db AND pid <> pg_backend_pid()", db=database)
    ledger.people.add("Budi")  # the pool notices the dead connection and opens another
    assert count(db_location, "person") == 2


def test_a_connection_lost_in_the_middle_says_so_and_changes_nothing(
    ledger: Ledger, db_location: str
) -> None:
    with (
        pytest.raises(ConnectionLost, match="nothing was changed"),
        ledger.ctx.transaction() as s,
    ):
        PersonRepo(s).add(PersonDetails(full_name="Ani"))
        pid = s.execute(text("SELECT pg_backend_pid()")).scalar_one()
        _terminate(db_location, "pid = :pid", pid=pid)  # the server goes away
        PersonRepo(s).add(PersonDetails(full_name="Budi"))
    assert count(db_location, "person") == 0
    ledger.people.add("Citra")  # and the next try works
    assert [p.full_name for p in ledger.people.by_name()] == ["Citra"]
