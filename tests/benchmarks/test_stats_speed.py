"""`okuvol stats --year` on a million entries against the same SQL run with bare sqlite3.

The reference replays exactly the statements (and parameters) the command sent, captured from
SQLAlchemy, through the standard library's sqlite3 module on the same file. The ratio is what
okuvol's layers cost on top of the database's own work. Target: within 1.5x.
"""

from __future__ import annotations

import io
import sqlite3
import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from okuvol_desktop.cli.main import run
from tests.benchmarks.conftest import ENTRIES

ROUNDS = 5


@pytest.fixture(scope="module")
def big_ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "million.sqlite3"
    started = time.perf_counter()
    out, err = io.StringIO(), io.StringIO()
    assert (
        run(["--db", str(path), "demo", "--entries", str(ENTRIES), "--seed", "1"], out, err) == 0
    ), err.getvalue()
    print(f"\ndemo --entries {ENTRIES:,}: {time.perf_counter() - started:.1f} s")
    return path


def _stats_once(path: Path, year: int) -> float:
    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    assert run(["--db", str(path), "stats", "--year", str(year), "--json"], out, err) == 0
    return time.perf_counter() - started


def _captured_statements(path: Path, year: int) -> list[tuple[str, Any]]:
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        if "GROUP BY" in sql or "group by" in sql:
            statements.append((sql, params))

    event.listen(Engine, "before_cursor_execute", capture)
    try:
        _stats_once(path, year)
    finally:
        event.remove(Engine, "before_cursor_execute", capture)
    return statements


def _reference_once(path: Path, statements: list[tuple[str, Any]]) -> float:
    started = time.perf_counter()
    con = sqlite3.connect(path)
    for sql, params in statements:
        con.execute(sql, params).fetchall()
    con.close()
    return time.perf_counter() - started


def test_year_stats_against_bare_sqlite(big_ledger: Path) -> None:
    year = date.today().year
    statements = _captured_statements(big_ledger, year)
    assert len(statements) >= 5  # totals, organisations, categories, months, people, days
    okuvol, reference = [], []
    for _ in range(ROUNDS):  # interleaved, so that machine noise hits both alike
        reference.append(_reference_once(big_ledger, statements))
        okuvol.append(_stats_once(big_ledger, year))
    ours, theirs = statistics.median(okuvol), statistics.median(reference)
    with sqlite3.connect(big_ledger) as con:
        counted = con.execute(
            "SELECT count(*) FROM entry WHERE work_date BETWEEN ? AND ?",
            (f"{year}-01-01", f"{year}-12-31"),
        ).fetchone()[0]
    print(
        f"stats --year {year} over {counted:,} of {ENTRIES:,} entries: okuvol {ours:.3f} s, "
        f"bare sqlite3 {theirs:.3f} s, ratio {ours / theirs:.2f}"
    )
    assert ours / theirs < 1.5
