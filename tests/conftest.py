"""Shared fixtures: a migrated ledger per test (SQLite, and PostgreSQL where one is given), a
clock the test controls.

Storage, service and command-line tests run twice: on a SQLite file and on a database of a
real PostgreSQL server named by OKUVOL_TEST_POSTGRES (a URL; `.ci/run` starts a throw-away
server). Without one, the PostgreSQL half is skipped and says why.
"""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.storage.database import Database, open_database

POSTGRES = os.environ.get("OKUVOL_TEST_POSTGRES", "")
TESTS = Path(__file__).resolve().parent
# The folders whose tests run on both databases.
BOTH_DATABASES = ("storage", "services", "cli")
NO_POSTGRES = (
    "no PostgreSQL server for this run: set OKUVOL_TEST_POSTGRES to a URL such as "
    "postgresql+psycopg://postgres@/postgres?host=/tmp/pg (.ci/run starts one)"
)

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


@pytest.fixture(autouse=True)
def garbage_collected_after_each_test() -> Iterator[None]:
    """Once a window test has turned Python's automatic collection off (the window collects
    in its GUI thread, on a timer), tests that run no event loop collect after themselves."""
    yield
    if not gc.isenabled():
        from okuvol_desktop.ui.garbage import collect_due_generations

        collect_due_generations()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that drive Qt are marked `gui`, so `pytest -m "not gui"` is the fast loop."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Give every test that opens a ledger its backend: both, for the folders that need both."""
    if "backend" in metafunc.fixturenames:
        folder = Path(metafunc.definition.path).resolve().relative_to(TESTS).parts[0]
        backends = ["sqlite", "postgresql"] if folder in BOTH_DATABASES else ["sqlite"]
        # A module about one database only says so: BACKENDS = ("sqlite",).
        backends = list(getattr(metafunc.module, "BACKENDS", backends))
        metafunc.parametrize("backend", backends, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: the database this run of the test uses."""
    name = str(getattr(request, "param", "sqlite"))
    if name == "postgresql" and not POSTGRES:
        pytest.skip(NO_POSTGRES)
    return name


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated empty ledger per test session; tests get copies (Anki's getEmptyCol)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(str(path)).close()
    return path


def _server(database: str) -> str:
    return make_url(POSTGRES).set(database=database).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """A migrated empty ledger on the PostgreSQL server, which each test's database copies."""
    name = f"okuvol_template_{uuid.uuid4().hex[:8]}"
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    open_database(_server(name)).close()
    yield name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def db_location(
    backend: str, template_db: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[str]:
    """Where this test's fresh, migrated ledger is: a SQLite file path or a PostgreSQL URL."""
    if backend == "sqlite":
        path = tmp_path / "ledger.sqlite3"
        shutil.copyfile(template_db, path)
        yield str(path)
        return
    template = request.getfixturevalue("postgres_template")
    name = f"okuvol_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield _server(name)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def db_path(backend: str, db_location: str) -> Path:
    """The test's ledger file, for tests that read or write the SQLite file itself."""
    if backend != "sqlite":
        pytest.skip("this test works on the SQLite file itself")
    return Path(db_location)


@pytest.fixture
def database(db_location: str) -> Iterator[Database]:
    db = open_database(db_location)
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
