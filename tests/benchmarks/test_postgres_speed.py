"""The same measurements on a shared PostgreSQL ledger (OKUVOL_TEST_POSTGRES names the server;
without one they are skipped). OKUVOL_BENCH_PG_ENTRIES entries (default 200,000: a demo ledger
on PostgreSQL takes about two minutes a 200,000).

- Year stats through the service against the flat table's five GROUP BYs run with the bare
  driver on the same server (target 0.5; both in this process, so no start-up on either side).
- The dashboard's, People's and Organisations' figures for everyone against the same people
  with ten entries (target 1.3).
- Time log pages deep in every order against the first page (target 1.3), and a search that
  finds nothing against one that finds (target 1.3).
"""

from __future__ import annotations

import io
import os
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from okuvol_desktop.cli.main import run
from okuvol_desktop.domain.period import Period
from okuvol_desktop.services.demo import default_people
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.listing import LogQuery
from okuvol_desktop.services.stats import StatsQuery
from okuvol_desktop.storage.listing import SORT_COLUMNS
from okuvol_desktop.ui.review_queue import LINES_A_READ  # the lines the window reads first

SERVER = os.environ.get("OKUVOL_TEST_POSTGRES", "")
ENTRIES = int(os.environ.get("OKUVOL_BENCH_PG_ENTRIES", "200000"))
ROUNDS = 5

pytestmark = pytest.mark.skipif(not SERVER, reason="no PostgreSQL server: OKUVOL_TEST_POSTGRES")


def _database(entries: int, people: int) -> Iterator[str]:
    name = f"okuvol_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    out, err = io.StringIO(), io.StringIO()
    argv = ["--db", url, "demo", "--entries", str(entries), "--people", str(people)]
    started = time.perf_counter()
    assert run([*argv, "--seed", "1"], out, err) == 0, err.getvalue()
    print(f"\nPostgreSQL demo --entries {entries:,}: {time.perf_counter() - started:.0f} s")
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="module")
def big() -> Iterator[str]:
    yield from _database(ENTRIES, default_people(ENTRIES))


@pytest.fixture(scope="module")
def small() -> Iterator[str]:
    yield from _database(10, default_people(ENTRIES))


def _median_ratio(ours: Callable[[], float], theirs: Callable[[], float]) -> tuple[float, float]:
    mine, reference = [], []
    for _ in range(ROUNDS):
        reference.append(theirs())
        mine.append(ours())
    return statistics.median(mine), statistics.median(reference)


def _timed(fn: Callable[[], object]) -> Callable[[], float]:
    def timed() -> float:
        started = time.perf_counter()
        fn()
        return time.perf_counter() - started

    return timed


_FLAT = (
    "SELECT kind, count(*), sum(minutes) FROM flat WHERE {c} GROUP BY kind",
    "SELECT organisation_id, kind, sum(minutes) FROM flat WHERE {c} GROUP BY 1, 2",
    "SELECT category_id, kind, sum(minutes) FROM flat WHERE {c} GROUP BY 1, 2",
    "SELECT date_trunc('month', work_date), kind, sum(minutes) FROM flat WHERE {c} GROUP BY 1, 2",
    "SELECT sum((p AND NOT v)::int), sum((v AND NOT p)::int), sum((p AND v)::int) FROM (SELECT "
    "bool_or(kind = 'professional') AS p, bool_or(kind = 'volunteer') AS v FROM flat "
    "WHERE {c} GROUP BY person_id) x",
)


def test_postgresql_year_stats_against_a_flat_table(big: str) -> None:
    year = date.today().year
    engine = create_engine(big)
    with engine.begin() as connection:
        connection.execute(
            text(
                "CREATE TABLE flat AS SELECT work_date, person_id, organisation_id, kind, "
                "category_id, status, minutes FROM entry"
            )
        )
        connection.execute(text("CREATE INDEX flat_date ON flat (work_date)"))
        connection.execute(text("ANALYZE flat"))
    counted = f"work_date BETWEEN '{year}-01-01' AND '{year}-12-31' AND status <> 'rejected'"

    def flat() -> None:
        with engine.connect() as connection:
            for sql in _FLAT:
                connection.exec_driver_sql(sql.format(c=counted)).fetchall()

    ledger = Ledger.open(big, timezone="Asia/Jakarta")
    try:
        ours, theirs = _median_ratio(
            _timed(lambda: ledger.stats.stats(StatsQuery(Period.year(year)))), _timed(flat)
        )
    finally:
        ledger.close()
        engine.dispose()
    print(
        f"PostgreSQL year stats at {ENTRIES:,}: okuvol {ours * 1000:.0f} ms, flat table "
        f"{theirs * 1000:.0f} ms, ratio {ours / theirs:.2f}"
    )
    assert ours / theirs <= 0.5


def test_postgresql_pages_for_everyone_against_ten_entries(big: str, small: str) -> None:
    year = date.today().year
    ledgers = [Ledger.open(url, timezone="Asia/Jakarta") for url in (big, small)]
    try:
        pages: dict[str, Callable[[Ledger], object]] = {
            "dashboard": lambda ledger: (
                ledger.people.by_name(),
                ledger.dashboard.dashboard(None, year),
                ledger.approvals.queue_start(LINES_A_READ),
            ),
            "people": lambda ledger: ledger.directory.people(year),
            "organisations": lambda ledger: ledger.directory.organisations(year),
        }
        ratios = {}
        for name, figures in pages.items():
            ours, theirs = _median_ratio(
                _timed(lambda f=figures: f(ledgers[0])), _timed(lambda f=figures: f(ledgers[1]))
            )
            ratios[name] = ours / theirs
            print(
                f"PostgreSQL {name} for everyone: {ENTRIES:,} entries {ours * 1000:.0f} ms, "
                f"10 entries {theirs * 1000:.0f} ms, ratio {ours / theirs:.2f}"
            )
    finally:
        for ledger in ledgers:
            ledger.close()
    assert max(ratios.values()) <= 1.3, ratios


def test_postgresql_time_log_pages_and_search(big: str) -> None:
    ledger = Ledger.open(big, timezone="Asia/Jakarta")
    worst = []
    try:
        for sort in SORT_COLUMNS:
            for descending in (True, False):
                query = LogQuery(sort=sort, descending=descending)
                places = [
                    ledger.listing.page(query, limit=1, offset=at)[0]
                    for at in (ENTRIES // 2, ENTRIES - 300)
                ]
                first, deep = [], []
                for _ in range(ROUNDS):
                    first.append(_timed(lambda q=query: ledger.listing.page(q, limit=200))())
                    deep.extend(
                        _timed(lambda q=query, a=at: ledger.listing.page(q, limit=200, after=a))()
                        for at in places
                    )
                ratio = statistics.median(deep) / statistics.median(first)
                worst.append((ratio, sort, descending))
                print(
                    f"PostgreSQL time log by {sort} {'down' if descending else 'up'}: first "
                    f"{statistics.median(first) * 1000:.1f} ms, deep "
                    f"{statistics.median(deep) * 1000:.1f} ms, ratio {ratio:.2f}"
                )
        word = (ledger.listing.page(LogQuery(), limit=1)[0].entry.description or "").split()[0]
        found, missing = LogQuery(text=word), LogQuery(text="zqxj tidak ada")
        misses, hits = _median_ratio(
            _timed(lambda: (ledger.listing.page(missing), ledger.listing.totals(missing))),
            _timed(lambda: (ledger.listing.page(found), ledger.listing.totals(found))),
        )
        print(
            f"PostgreSQL search '{word}' {hits * 1000:.0f} ms, nothing found "
            f"{misses * 1000:.0f} ms, ratio {misses / hits:.2f}"
        )
    finally:
        ledger.close()
    assert max(worst)[0] <= 1.3, max(worst)
    assert misses / hits <= 1.3
