"""A quick command line (issue 16): each command imports only what it needs, and `timer status`
on a SQLite ledger answers without SQLAlchemy, printing what the full path prints."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from okuvol_desktop.cli.main import build_parser, run
from okuvol_desktop.interchange import okuvol_json
from okuvol_desktop.services.importing import WHOLE_LEDGER
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.storage import quick_read
from okuvol_desktop.storage.database import open_database
from okuvol_desktop.storage.orm import TimerRow

# Packages a command loads only when it uses them.
HEAVY = ("sqlalchemy", "alembic", "reportlab", "cryptography", "PySide6")

PEOPLE = (
    ("Nguyễn Thị Hương", "RS Harapan", "professional", "Điều dưỡng"),
    ("فاطمة الزهراء", "جمعية الأمل", "volunteer", "مُدرِّسة"),
    ("刘芳", "RS Harapan", "volunteer", "陪伴"),
)


def _okuvol(db: str, *argv: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", db, *argv], out, err) == 0, err.getvalue()
    return out.getvalue()


def _running_timers(db: str) -> None:
    """Timers of three people, started 7, 19 and 31 minutes and 30 seconds ago: the minutes
    shown stay the same for 30 seconds, whichever path prints them."""
    for person, organisation, kind, title in PEOPLE:
        _okuvol(db, "person", "add", person)
        if organisation not in _okuvol(db, "org", "list"):
            _okuvol(db, "org", "add", organisation)
        _okuvol(db, "role", "add", "--person", person, "--org", organisation, "--kind", kind,
                "--title", title)  # fmt: skip
        _okuvol(db, "timer", "start", "--person", person, "--org", organisation)
    database = open_database(db)
    now = datetime.now(UTC)
    try:
        with database.sessions.begin() as session:
            for minutes, timer_id in ((31, 1), (19, 2), (7, 3)):
                started = now - timedelta(minutes=minutes, seconds=30)
                session.execute(
                    update(TimerRow).where(TimerRow.id == timer_id).values(started_at=started)
                )
    finally:
        database.close()


@pytest.fixture
def db(db_location: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("OKUVOL_TZ", "Asia/Jakarta")
    return db_location


def test_timer_status_prints_what_the_full_path_prints(
    db: str, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _running_timers(db)
    with monkeypatch.context() as full_path:
        full_path.setattr(quick_read, "running_timers", lambda *_args: None)
        full = (_okuvol(db, "timer", "status"), _okuvol(db, "timer", "status", "--json"))
    if backend == "sqlite":

        def refuse(*_args: object, **_kwargs: object) -> Ledger:
            raise AssertionError("the quick read should have answered")

        monkeypatch.setattr(Ledger, "open", refuse)
    quick = (_okuvol(db, "timer", "status"), _okuvol(db, "timer", "status", "--json"))

    assert quick == full
    text, document = quick
    assert text.splitlines() == [
        "Nguyễn Thị Hương: Điều dưỡng at RS Harapan (professional), running for 0:31 h",
        "فاطمة الزهراء: مُدرِّسة at جمعية الأمل (volunteer), running for 0:19 h",
        "刘芳: 陪伴 at RS Harapan (volunteer), running for 0:07 h",
    ]
    assert [(t["person"], t["elapsed_minutes"]) for t in json.loads(document)] == [
        ("Nguyễn Thị Hương", 31),
        ("فاطمة الزهراء", 19),
        ("刘芳", 7),
    ]


def test_with_no_timer_both_paths_say_so(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    quick = _okuvol(db, "timer", "status"), _okuvol(db, "timer", "status", "--json")
    monkeypatch.setattr(quick_read, "running_timers", lambda *_args: None)
    full = _okuvol(db, "timer", "status"), _okuvol(db, "timer", "status", "--json")
    assert quick == full == ("No timer is running.\n", "[]\n")


def _loaded_by(*argv: str) -> tuple[str, set[str]]:
    """What `okuvol ARGV` printed, and which of the HEAVY packages it imported."""
    code = (
        "import sys; from okuvol_desktop.app import main; rc = main(sys.argv[1:]); "
        f"print(*sorted({{m.partition('.')[0] for m in sys.modules}} & set({HEAVY!r})), "
        "file=sys.stderr); sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *argv],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
        env={**os.environ, "COLUMNS": "400"},  # help on one line a command
    )
    assert result.returncode == 0, result.stderr
    return result.stdout, set(result.stderr.split())


def test_timer_status_on_a_sqlite_ledger_loads_neither_sqlalchemy_nor_alembic(
    db_path: Path,
) -> None:
    _running_timers(str(db_path))
    printed, loaded = _loaded_by("--db", str(db_path), "timer", "status")
    assert loaded == set()
    assert "刘芳: 陪伴 at RS Harapan (volunteer), running for 0:07 h" in printed


def test_a_command_on_a_ledger_at_the_current_schema_loads_no_alembic(db_path: Path) -> None:
    printed, loaded = _loaded_by("--db", str(db_path), "person", "list")
    assert printed == "(none)\n"
    assert loaded == {"sqlalchemy"}  # nor ReportLab, nor cryptography: person list needs neither


def test_help_lists_every_command_and_loads_nothing_heavy() -> None:
    printed, loaded = _loaded_by("--help")
    assert loaded == set()
    (commands,) = (a for a in build_parser()._actions if a.dest == "command")
    for choice in commands._choices_actions:  # every command with its help text
        assert choice.help
        assert f"    {choice.dest} " in printed and choice.help in printed


def test_import_offers_the_whole_ledger_format_the_import_service_reads() -> None:
    # cli/files.py names it through interchange.okuvol_json, so that registering the command
    # does not load the import service.
    assert okuvol_json.FORMAT == WHOLE_LEDGER
