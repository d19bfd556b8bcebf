"""Year stats and the dashboard for everyone at ten million entries (about 7 GB of ledger and
half an hour to make): run only when OKUVOL_BENCH_TEN_MILLION=1.

    OKUVOL_BENCH_TEN_MILLION=1 python -m pytest tests/benchmarks/test_ten_million.py -s

Making the ledger is most of that time; OKUVOL_BENCH_TEN_MILLION_DIR names a folder where
`okuvol demo --entries 10000000 --people 25000 --seed 1` already made ten-million.sqlite3 and
`--entries 10` ten.sqlite3 (the same commands this test runs), so that the measurements can be
taken again without making them anew.

The same measurements as test_stats_speed (whole process against the flat table's GROUP BYs,
target 0.5) and the dashboard's figures for everyone through the services against the same
25,000 people with ten entries (target 1.3).
"""

from __future__ import annotations

import os
import statistics
import time
from datetime import date
from pathlib import Path

import pytest

from okuvol_desktop.services.demo import default_people
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.review_queue import LINES_A_READ  # the lines the window reads first
from tests.benchmarks.test_stats_speed import flat_copy, flat_stats, okuvol_stats
from tests.benchmarks.test_window_speed import _demo

TEN_MILLION = 10_000_000
ROUNDS = 5

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("OKUVOL_BENCH_TEN_MILLION") != "1",
        reason="ten million entries: set OKUVOL_BENCH_TEN_MILLION=1",
    ),
]


def _dashboard(path: Path) -> float:
    """The figures the dashboard shows for everyone, as its workers read them."""
    ledger = Ledger.open(str(path), timezone="Asia/Jakarta")
    try:
        started = time.perf_counter()
        ledger.people.by_name()
        ledger.dashboard.dashboard(None, date.today().year)
        ledger.approvals.queue_start(LINES_A_READ)
        return time.perf_counter() - started
    finally:
        ledger.close()


@pytest.mark.timeout(4 * 3600)
def test_year_stats_and_dashboard_at_ten_million(tmp_path: Path) -> None:
    people = default_people(TEN_MILLION)
    made = os.environ.get("OKUVOL_BENCH_TEN_MILLION_DIR")
    if made:
        big, small = Path(made) / "ten-million.sqlite3", Path(made) / "ten.sqlite3"
        assert big.exists() and small.exists(), f"{made} lacks the two demo ledgers"
    else:
        started = time.perf_counter()
        big = _demo(tmp_path / "ten-million.sqlite3", TEN_MILLION, people)
        print(f"\ndemo --entries {TEN_MILLION:,}: {time.perf_counter() - started:.0f} s")
        small = _demo(tmp_path / "ten.sqlite3", 10, people)
    year = date.today().year
    flat = flat_copy(big)
    okuvol_stats(big, year)
    ours, theirs = [], []
    for _ in range(ROUNDS):
        theirs.append(flat_stats(flat, year))
        ours.append(okuvol_stats(big, year)[0])
    stats_ratio = statistics.median(ours) / statistics.median(theirs)
    print(
        f"stats --year {year} at {TEN_MILLION:,}: okuvol {statistics.median(ours):.2f} s, "
        f"flat table {statistics.median(theirs):.2f} s, ratio {stats_ratio:.2f}"
    )
    big_times, small_times = [], []
    for _ in range(ROUNDS):
        small_times.append(_dashboard(small))
        big_times.append(_dashboard(big))
    dashboard_ratio = statistics.median(big_times) / statistics.median(small_times)
    print(
        f"dashboard for everyone at {TEN_MILLION:,}: {statistics.median(big_times) * 1000:.0f} "
        f"ms, ten entries {statistics.median(small_times) * 1000:.0f} ms, "
        f"ratio {dashboard_ratio:.2f}"
    )
    assert stats_ratio <= 0.5
    assert dashboard_ratio <= 1.3
