"""Shared fixtures: a migrated SQLite ledger per test, a clock the test controls."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.storage.database import Database, open_database

# Saturday 28 November 2026, noon in Jakarta.
NOW = datetime(2026, 11, 28, 5, 0, tzinfo=UTC)


class FixedClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that drive Qt are marked `gui`, so `pytest -m "not gui"` is the fast loop."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated empty ledger per test session; tests get copies (Anki's getEmptyCol)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(str(path)).close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    """A fresh, migrated ledger file for this test."""
    path = tmp_path / "ledger.sqlite3"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = open_database(str(db_path))
    yield db
    db.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def ledger(database: Database, clock: FixedClock) -> Ledger:
    """Every service over the test's ledger, in Jakarta time, at the test's clock."""
    return Ledger.create(ServiceContext(database.sessions, clock, "Asia/Jakarta"))


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Rebuild .qm files older than their .ts (the package build makes them; a developer who
    edits a translation between installs would otherwise test the old one)."""
    import subprocess

    import PySide6

    from okuvol_desktop.resources import resource_path

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    for source in resource_path("i18n").glob("*.ts"):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
