"""Whole `okuvol` processes on a million entries against a bare Python reading the same file.

The reference is `python -c "import sqlite3; ..."` reading the running timers with their names
(one query, the same rows `timer status` shows): the cost of starting Python and reading the
file. okuvol runs as the console script does (`python -m okuvol_desktop`), once before the
rounds so that its modules' bytecode is cached, as an installed okuvol's is. Target of issue
16: `timer status` within 10x. `timer start`, `timer stop` and `log` go through the services
(and so SQLAlchemy) and are reported against the same reference.
"""

from __future__ import annotations

import io
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from okuvol_desktop.cli.main import run
from tests.benchmarks.conftest import ENTRIES

ROUNDS = 7
ROOT = Path(__file__).resolve().parents[2]

_TIMERS = (
    "SELECT t.id, t.started_at, t.timezone, p.full_name, o.name, r.title, r.kind FROM timer t "
    "JOIN role r ON r.id = t.role_id JOIN person p ON p.id = t.person_id "
    "JOIN organisation o ON o.id = r.organisation_id ORDER BY t.id"
)


def _environment() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OKUVOL_TZ": "UTC"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed okuvol has its bytecode cached
    return env


def _people(path: Path, today: str, count: int) -> list[tuple[int, str]]:
    """People with one open role at an organisation (the organisation is returned with them)
    and no entries since yesterday, which a two-minute timer could overlap: each round starts,
    stops and logs for another of them."""
    with sqlite3.connect(path) as con:
        rows = con.execute(
            "SELECT r.person_id, o.name FROM role r "
            "JOIN organisation o ON o.id = r.organisation_id JOIN person p ON p.id = r.person_id "
            "WHERE NOT r.archived AND NOT p.archived AND NOT o.archived "
            "AND r.start_date <= date(?, '-60 days') AND (r.end_date IS NULL OR r.end_date > ?) "
            "AND r.person_id NOT IN (SELECT person_id FROM timer) "
            "AND r.person_id NOT IN "
            "(SELECT person_id FROM entry WHERE work_date >= date(?, '-1 day')) "
            "GROUP BY r.person_id, r.organisation_id HAVING count(*) = 1 "
            "ORDER BY r.person_id, r.organisation_id",
            (today, today, today),
        ).fetchall()
    chosen = dict(reversed(rows))  # one organisation a person, the first
    people = [(int(person), str(organisation)) for person, organisation in chosen.items()]
    people.sort()
    assert len(people) >= count, "the demo data has too few people for the rounds"
    return people[:count]


@pytest.fixture(scope="module")
def ledger_with_timers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo ledger of ENTRIES entries with three timers running."""
    path = tmp_path_factory.mktemp("cli") / "ledger.sqlite3"
    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    argv = ["--db", str(path), "demo", "--entries", str(ENTRIES), "--seed", "1"]
    assert run(argv, out, err) == 0, err.getvalue()
    print(f"\ndemo --entries {ENTRIES:,}: {time.perf_counter() - started:.1f} s")
    today = datetime.now(UTC).date().isoformat()
    for person, organisation in _people(path, today, 3):
        argv = ["--db", str(path), "timer", "start", "--person", str(person)]
        assert run([*argv, "--org", organisation], out, err) == 0, err.getvalue()
    return path


def _timed(argv: list[str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, *argv], capture_output=True, text=True, env=_environment(), check=False
    )
    took = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    return took


def _backdate(path: Path, person: int) -> None:
    """Make the person's timer two minutes old, so that stopping it logs an entry."""
    earlier = datetime.now(UTC).replace(tzinfo=None) - timedelta(minutes=2)
    with sqlite3.connect(path) as con:
        con.execute(
            "UPDATE timer SET started_at = ? WHERE person_id = ?",
            (earlier.isoformat(sep=" ", timespec="microseconds"), person),
        )


def test_timer_status_against_bare_python_with_sqlite3(ledger_with_timers: Path) -> None:
    path = ledger_with_timers
    okuvol = ["-m", "okuvol_desktop", "--db", str(path)]
    reference = ["-c", f"import sqlite3; con = sqlite3.connect({str(path)!r}); "
                 f"con.execute({_TIMERS!r}).fetchall()"]  # fmt: skip
    _timed([*okuvol, "timer", "status"])  # caches the bytecode
    today = datetime.now(UTC).date()
    people = _people(path, today.isoformat(), ROUNDS)
    times: dict[str, list[float]] = {
        "bare python + sqlite3": [],
        "timer status": [],
        "--help": [],
        "timer start": [],
        "timer stop": [],
        "log": [],
    }
    for number, (person, organisation) in enumerate(people):  # interleaved rounds
        times["bare python + sqlite3"].append(_timed(reference))
        times["timer status"].append(_timed([*okuvol, "timer", "status"]))
        times["--help"].append(_timed(["-m", "okuvol_desktop", "--help"]))
        who = ["--person", str(person)]
        start = [*okuvol, "timer", "start", *who, "--org", organisation]
        times["timer start"].append(_timed(start))
        _backdate(path, person)
        times["timer stop"].append(_timed([*okuvol, "timer", "stop", *who]))
        day = (today - timedelta(days=10 + number)).isoformat()
        log = [*okuvol, "log", *who, "--org", organisation, "--date", day, "--hours", "0.25"]
        times["log"].append(_timed(log))
    medians = {name: statistics.median(taken) for name, taken in times.items()}
    bare = medians["bare python + sqlite3"]
    print(f"\nwhole processes on {ENTRIES:,} entries, medians of {ROUNDS} interleaved rounds:")
    for name, median in medians.items():
        print(f"  {name:22s} {median:6.3f} s  {median / bare:5.1f}x")
    assert medians["timer status"] / bare <= 10
