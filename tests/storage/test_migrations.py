"""Migrations: empty to head and back, models and migrations agree, older files are kept aside."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.storage import migrate, schema_version
from okuvol_desktop.storage.database import open_database
from okuvol_desktop.storage.engine import make_engine
from okuvol_desktop.storage.orm import Base

# Migrations of SQLite files (copies aside, foreign files); see also test_postgres.py.
BACKENDS = ("sqlite",)


def test_upgrade_empty_database_to_head_matches_the_models(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "new.sqlite3"))
    migrate.upgrade_to_head(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": _not_search_index})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    engine.dispose()


_ADDED_BY_0013 = {
    "ix_entry_person", "ix_entry_organisation", "ix_entry_kind", "ix_entry_minutes",
    "ix_entry_start_time", "ix_entry_category", "ix_entry_description", "ix_role_title",
    "ix_category_name_en", "ix_entry_awaiting", "ix_entry_resubmitted",
}  # fmt: skip


def _not_search_index(name: str | None, type_: str, _parent: object) -> bool:
    """The full-text index of migration 0013 (an FTS5 table and the tables it keeps) is
    SQL the models do not describe."""
    return not (type_ == "table" and name is not None and name.startswith("entry_search"))


def test_the_head_opening_compares_with_is_alembics_head() -> None:
    # Opening a ledger skips Alembic when the ledger says it is at schema_version.HEAD; a
    # migration added without moving HEAD would leave every ledger at the old schema.
    assert migrate.head_revision() == schema_version.HEAD


def test_a_ledger_at_head_opens_without_loading_alembic(db_path: Path) -> None:
    code = (
        "import sys; from okuvol_desktop.storage.database import open_database; "
        "open_database(sys.argv[1]).close(); "
        "assert 'alembic' not in sys.modules, 'alembic was imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(db_path)],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_new_database_is_seeded_with_both_languages_of_categories(db_path: Path) -> None:
    with sqlite3.connect(db_path) as con:
        rows = dict(con.execute("SELECT name_en, name_id FROM category").fetchall())
    assert rows["Education"] == "Pendidikan"
    assert rows["Elderly care"] == "Perawatan lansia"
    assert len(rows) == 10


def test_downgrade_to_base_removes_everything(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "down.sqlite3"))
    migrate.upgrade_to_head(engine)
    cfg = migrate.alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade_to_head(engine)  # and up again
    assert "entry" in inspect(engine).get_table_names()
    engine.dispose()


def test_sqlite_connection_settings(database: object) -> None:
    engine = database.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_a_foreign_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    before = path.read_bytes()
    with pytest.raises(OkuvolError, match="another application"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_random_bytes_are_refused_with_the_file_named(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"\x00not a database at all\xff" * 200)
    before = path.read_bytes()
    with pytest.raises(OkuvolError, match=r"Cannot open the database .*garbage\.sqlite3"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_a_database_from_a_newer_okuvol_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    with pytest.raises(OkuvolError, match="newer version of okuvol"):
        open_database(str(db_path))


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(OkuvolError, match="is a folder"):
        open_database(str(tmp_path))


def test_upgrading_a_file_with_data_keeps_a_copy_aside(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A later release's migration directory: the shipped revisions plus one more.
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    shipped = migrate.head_revision()
    (scripts / "versions" / "9999_person_nickname.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '9999'\ndown_revision = '{shipped}'\nbranch_labels = None\n"
        "depends_on = None\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('person') as b:\n"
        "        b.add_column(sa.Column('nickname', sa.String(50)))\n"
        "def downgrade():\n"
        "    with op.batch_alter_table('person') as b:\n"
        "        b.drop_column('nickname')\n"
    )
    with sqlite3.connect(db_path) as con:
        con.execute(
            "INSERT INTO person (full_name, archived, created_at) "
            "VALUES ('Ayşe Yılmaz', 0, '2026-01-01 00:00:00')"
        )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(schema_version, "HEAD", "9999")  # as the later release says

    db = open_database(str(db_path))
    db.close()

    assert db.backup_before_upgrade is not None
    assert db.backup_before_upgrade.parent == db_path.parent
    with sqlite3.connect(db.backup_before_upgrade) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == shipped
        assert old.execute("SELECT full_name FROM person").fetchone()[0] == "Ayşe Yılmaz"
    with sqlite3.connect(db_path) as new:
        assert new.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"
        columns = [row[1] for row in new.execute("PRAGMA table_info(person)")]
    assert "nickname" in columns


def _at_revision(path: Path, revision: str) -> None:
    engine = make_engine(str(path))
    cfg = migrate.alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
    engine.dispose()


def test_a_ledger_of_the_first_release_upgrades_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _at_revision(path, "0001")
    with sqlite3.connect(path) as con:
        con.executescript(
            "INSERT INTO person (id, full_name, archived, created_at) "
            "VALUES (1, 'Ayşe', 0, '2026-01-01');"
            "INSERT INTO organisation (id, name, certificate_language, archived, created_at) "
            "VALUES (1, 'RS Harapan', 'en', 0, '2026-01-01');"
            "INSERT INTO role (id, person_id, organisation_id, kind, title, archived) "
            "VALUES (1, 1, 1, 'volunteer', 'Tutor', 0);"
            "INSERT INTO entry (role_id, person_id, organisation_id, kind, work_date, minutes, "
            "timezone, status, source, created_at, updated_at) VALUES (1, 1, 1, 'volunteer', "
            "'2026-03-02', 90, 'UTC', 'approved', 'manual', '2026-03-02', '2026-03-02');"
        )
    db = open_database(str(path))
    db.close()
    assert db.backup_before_upgrade is not None
    with sqlite3.connect(path) as con:
        keys = con.execute(
            "SELECT s.algorithm, s.retired_at IS NULL, p.private_key IS NOT NULL, "
            "s.fingerprint = o.key_fingerprint FROM signing_key s "
            "JOIN organisation o ON o.id = s.organisation_id "
            "LEFT JOIN private_key p ON p.key_id = s.id ORDER BY s.id"
        ).fetchall()
        # The Ed25519 key of revision 0002 stays as a retired public key; a new ECDSA key signs.
        assert keys == [("ed25519", 0, 0, 0), ("ecdsa-p256", 1, 1, 1)]
        assert con.execute(
            "SELECT count(*) FROM signing_key WHERE organisation_id IS NULL"
        ).fetchone() == (1,)  # the ledger's own key, for people's summaries
        assert con.execute("SELECT count(*) FROM entry").fetchone()[0] == 1
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        # Revision 0014: the US award is a preset nobody is given; a ledger in use keeps the
        # rates it showed its value of time with.
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "award_tier" not in tables
        assert con.execute("SELECT count(*) FROM scheme_assignment").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM valuation_rate").fetchone() == (2,)


def test_a_failing_migration_leaves_the_database_as_it_was(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_broken.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '9999'\ndown_revision = '{migrate.head_revision()}'\n"
        "branch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    op.create_table('half_done', sa.Column('id', sa.Integer, primary_key=True))\n"
        "    op.execute('UPDATE person SET full_name = full_name')\n"
        "    raise RuntimeError('power cut')\n"
        "def downgrade():\n    pass\n"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(schema_version, "HEAD", "9999")
    before = sqlite3.connect(db_path).execute("SELECT version_num FROM alembic_version").fetchone()
    with pytest.raises(RuntimeError, match="power cut"):
        open_database(str(db_path))
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == before
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables


def test_a_code_signed_before_pdf_signatures_still_verifies_after_the_upgrade(
    tmp_path: Path,
) -> None:
    import base64
    from datetime import date

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from okuvol_desktop.domain import keys, signing
    from okuvol_desktop.services.ledger import Ledger

    path = tmp_path / "0006.sqlite3"
    _at_revision(path, "0006")
    old = Ed25519PrivateKey.generate()
    raw = old.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    facts = signing.CertifiedFacts(
        "RSH-2026-0001", "Ayşe", "RS Harapan", date(2026, 1, 1), date(2026, 3, 31), 90,
        date(2026, 4, 1), keys.fingerprint(raw),
    )  # fmt: skip
    payload = facts.payload()

    def b64url(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    code = f"OKV1.{b64url(payload)}.{b64url(old.sign(payload))}"
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO organisation (id, name, certificate_language, archived, created_at, "
            "public_key) VALUES (1, 'RS Harapan', 'en', 0, '2026-01-01', ?)",
            (base64.b64encode(raw).decode(),),
        )
    ledger = Ledger.open(str(path), timezone="UTC")
    try:
        result = ledger.verification.verify(code)
        assert result.valid and result.signer == "RS Harapan", result.reason
        (current, legacy) = ledger.keys.keys(ledger.names.organisation("RS Harapan"))
        assert (current.algorithm, legacy.algorithm) == ("ecdsa-p256", "ed25519")
    finally:
        ledger.close()


def test_spans_imported_before_are_known_by_what_they_are_after_the_upgrade(
    tmp_path: Path,
) -> None:
    from okuvol_desktop.services.importing import ImportOptions
    from okuvol_desktop.services.ledger import Ledger

    samples = Path(__file__).resolve().parent.parent / "samples"
    path = tmp_path / "ledger.sqlite3"
    options = ImportOptions(
        "timewarrior", person="Ani", organisation="Y", kind=None, timezone="UTC"
    )
    ledger = Ledger.open(str(path), timezone="UTC")
    try:
        first = ledger.importing.run(samples / "made_here/timew-export.json", options)
    finally:
        ledger.close()
    # As revision 0007 left them: ids that were hashes of the rows' text.
    with sqlite3.connect(path) as con:
        con.execute("UPDATE entry SET source_id = 'timewarrior:' || hex(randomblob(16))")
        con.execute("UPDATE alembic_version SET version_num = '0007'")
        for table in ("scheme_assignment", "scheme", "entry_credit", "entry_evidence"):
            con.execute(f"DROP TABLE {table}")  # 0014 adds them, and these columns
        for table, column in (
            ("valuation_rate", "method"),
            ("person", "weekly_limit_minutes"),
            ("person", "weekly_volunteer_minutes"),
        ):
            con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        con.execute(
            "CREATE TABLE award_tier (id INTEGER PRIMARY KEY, scheme VARCHAR(200), "
            "age_band VARCHAR(64), min_age INTEGER, max_age INTEGER, tier VARCHAR(64), "
            "min_minutes INTEGER)"
        )  # 0014 drops it
        con.execute("DROP TABLE entry_review")  # 0010 adds it
        for trigger in ("insert", "delete", "update"):  # 0015 the queue's lines
            con.execute(f"DROP TRIGGER kept_totals_waiting_{trigger}")
        for trigger in ("insert", "update"):  # and plain values
            con.execute(f"DROP TRIGGER entry_plain_values_{trigger}")
        con.execute("DROP TABLE waiting_line")
        for trigger in ("insert", "delete", "update"):  # 0012 adds the kept totals
            con.execute(f"DROP TRIGGER kept_totals_{trigger}")
        for table in ("day_total", "month_total", "person_month_total", "person_year_total"):
            con.execute(f"DROP TABLE {table}")
        for trigger in ("insert", "delete", "update"):  # 0013 the search and new orders
            con.execute(f"DROP TRIGGER entry_search_{trigger}")
        con.execute("DROP TABLE entry_search")
        names = "SELECT name FROM sqlite_master WHERE type = 'index'"
        for (index,) in con.execute(names).fetchall():
            if index in _ADDED_BY_0013:
                con.execute(f"DROP INDEX {index}")
    ledger = Ledger.open(str(path), timezone="UTC")
    try:
        again = ledger.importing.run(samples / "made_here/timew-2026-03.data", options)
    finally:
        ledger.close()
    assert first.added == 3 and (again.added, again.already_imported) == (0, 3)


def test_0015_keeps_the_queues_lines_and_makes_plain_days_of_what_sqlite3_wrote(
    tmp_path: Path,
) -> None:
    """A 0014 ledger whose entries sqlite3 gave a time of day comes up with plain days, its
    waiting lines kept, and check finding nothing; what sqlite3 writes after is refused."""
    from okuvol_desktop.services.ledger import Ledger
    from tests.services.helpers import dual_role_person, log

    path = tmp_path / "old.sqlite3"
    ledger = Ledger.open(str(path), timezone="UTC")
    dual_role_person(ledger)
    for day, hours in ((2, "1"), (9, "2"), (16, "3")):
        log(ledger, date(2026, 3, day), hours=hours)
    ledger.close()
    engine = make_engine(str(path))
    cfg = migrate.alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0014")
    engine.dispose()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE entry SET work_date = work_date || ' 00:00:00' WHERE minutes = 60")
    ledger = Ledger.open(str(path), timezone="UTC")
    try:
        assert ledger.totals.check().differences == ()
        [line] = ledger.approvals.queue()
        assert (line.entries, line.minutes) == (3, 360)
        assert (line.first_date, line.last_date) == (date(2026, 3, 2), date(2026, 3, 16))
    finally:
        ledger.close()
    with sqlite3.connect(path) as con, pytest.raises(sqlite3.IntegrityError, match="whole"):
        con.execute("UPDATE entry SET minutes = 90.5")
