"""`okuvol stats --year Y --json` on a million entries, whole process, against the same five
GROUP BYs over a flat table of the same rows with plain sqlite3, whole process too.

The reference is what any program that keeps its hours in one table pays for a year's
figures: totals by kind, by organisation, by category and by month, and who did which kind of
work, over the year's rows (the flat table holds exactly the ledger's entries, with the
columns the figures need). okuvol reads its kept totals instead (a few rows a month). Target
of issue 16: at most 0.5x. Both run as processes, okuvol as its console script does
(`python -m okuvol_desktop`), once before the rounds so that its bytecode is cached.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from okuvol_desktop.cli.main import run
from tests.benchmarks.conftest import ENTRIES

ROUNDS = 5
ROOT = Path(__file__).resolve().parents[2]

# The five GROUP BYs over the flat table, as a bare program would run them.
FLAT_STATS = textwrap.dedent(
    """
    import sqlite3, sys
    con = sqlite3.connect(sys.argv[1])
    year = (f"{sys.argv[2]}-01-01", f"{sys.argv[2]}-12-31")
    counted = "work_date BETWEEN ? AND ? AND status != 'rejected'"
    for sql in (
        f"SELECT kind, count(*), sum(minutes) FROM flat WHERE {counted} GROUP BY kind",
        f"SELECT organisation_id, kind, sum(minutes) FROM flat WHERE {counted} "
        "GROUP BY organisation_id, kind",
        f"SELECT category_id, kind, sum(minutes) FROM flat WHERE {counted} "
        "GROUP BY category_id, kind",
        f"SELECT strftime('%m', work_date), kind, sum(minutes) FROM flat WHERE {counted} "
        "GROUP BY 1, kind",
        "SELECT sum(p AND NOT v), sum(v AND NOT p), sum(p AND v) FROM (SELECT "
        "max(kind = 'professional') AS p, max(kind = 'volunteer') AS v FROM flat "
        f"WHERE {counted} GROUP BY person_id)",
    ):
        con.execute(sql, year).fetchall()
    con.close()
    """
)


def environment() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed okuvol has its bytecode cached
    return env


def timed(argv: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=False, env=environment())
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stderr[-2000:]
    return elapsed, done.stdout


def okuvol_stats(path: Path, year: int) -> tuple[float, str]:
    argv = [sys.executable, "-m", "okuvol_desktop", "--db", str(path), "stats"]
    return timed([*argv, "--year", str(year), "--json"])


def flat_stats(flat: Path, year: int) -> float:
    return timed([sys.executable, "-c", FLAT_STATS, str(flat), str(year)])[0]


def flat_copy(path: Path) -> Path:
    """The ledger's entries as one plain table, with the index a year's rows are found by."""
    flat = path.with_name(f"flat-{path.name}")
    flat.unlink(missing_ok=True)
    with sqlite3.connect(flat) as con:
        con.execute("ATTACH DATABASE ? AS ledger", (str(path),))
        con.execute(
            "CREATE TABLE flat AS SELECT work_date, person_id, organisation_id, kind, "
            "category_id, status, minutes FROM ledger.entry"
        )
        con.execute("CREATE INDEX flat_date ON flat (work_date)")
    return flat


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


def test_year_stats_against_a_flat_table(big_ledger: Path) -> None:
    year = date.today().year
    flat = flat_copy(big_ledger)
    _, printed = okuvol_stats(big_ledger, year)  # bytecode cached, file in the page cache
    flat_stats(flat, year)
    ours, theirs = [], []
    for _ in range(ROUNDS):  # interleaved, so that machine noise hits both alike
        theirs.append(flat_stats(flat, year))
        ours.append(okuvol_stats(big_ledger, year)[0])
    okuvol, reference = statistics.median(ours), statistics.median(theirs)
    figures = json.loads(printed)
    print(
        f"stats --year {year} over {figures['entries']:,} of {ENTRIES:,} entries: okuvol "
        f"{okuvol:.3f} s, flat table {reference:.3f} s, ratio {okuvol / reference:.2f}"
    )
    assert okuvol / reference <= 0.5
