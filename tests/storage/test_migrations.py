"""Migrations: empty to head and back, models and migrations agree, older files are kept aside."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.storage import migrate
from okuvol_desktop.storage.database import open_database
from okuvol_desktop.storage.engine import make_engine
from okuvol_desktop.storage.orm import Base


def test_upgrade_empty_database_to_head_matches_the_models(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "new.sqlite3"))
    migrate.upgrade_to_head(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    engine.dispose()


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
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
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
    (scripts / "versions" / "0002_person_nickname.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n"
        "revision = '0002'\ndown_revision = '0001'\nbranch_labels = None\ndepends_on = None\n"
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

    db = open_database(str(db_path))
    db.close()

    assert db.backup_before_upgrade is not None
    assert db.backup_before_upgrade.parent == db_path.parent
    with sqlite3.connect(db.backup_before_upgrade) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert old.execute("SELECT full_name FROM person").fetchone()[0] == "Ayşe Yılmaz"
    with sqlite3.connect(db_path) as new:
        assert new.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"
        columns = [row[1] for row in new.execute("PRAGMA table_info(person)")]
    assert "nickname" in columns
