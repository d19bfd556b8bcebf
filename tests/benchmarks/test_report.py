"""The performance report of README.md, in one run:

    python -m pytest tests/benchmarks/test_report.py -s

For each size of the demo generator's data (OKUVOL_BENCH_SIZES, default 10000,100000,1000000)
it measures year stats, the time log's first page, opening the window, importing that many
okuvol-csv rows and stopping the timer, each against a reference measured in the same run;
and 1,000 certificates once (OKUVOL_BENCH_CERTIFICATES). It prints a Markdown table and writes
it to tests/benchmarks/report.md. Medians of interleaved rounds, so that machine noise hits
okuvol and its reference alike.
"""

from __future__ import annotations

import io
import os
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from okuvol_desktop.cli.main import run
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.listing import LogQuery
from okuvol_desktop.ui.preferences import Preferences
from tests.benchmarks.conftest import COUNT
from tests.benchmarks.test_certificates_speed import _bare_reportlab
from tests.benchmarks.test_gui_open_speed import _open_once
from tests.benchmarks.test_import_speed import (
    _floor_import,
    _okuvol_import,
    _reference_import,
    write_rows,
)
from tests.benchmarks.test_stats_speed import flat_copy, flat_stats, okuvol_stats
from tests.conftest import FixedClock

SIZES = [int(s) for s in os.environ.get("OKUVOL_BENCH_SIZES", "10000,100000,1000000").split(",")]
ROUNDS = 3
REPORT = Path(__file__).with_name("report.md")


def _median(fn: Callable[[], float], rounds: int = ROUNDS) -> float:
    return statistics.median(fn() for _ in range(rounds))


def _interleaved(ours: Callable[[], float], theirs: Callable[[], float]) -> tuple[float, float]:
    mine, reference = [], []
    for _ in range(ROUNDS):
        reference.append(theirs())
        mine.append(ours())
    return statistics.median(mine), statistics.median(reference)


def _demo(path: Path, entries: int) -> float:
    started = time.perf_counter()
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", str(path), "demo", "--entries", str(entries), "--seed", "1"], out, err) == 0
    return time.perf_counter() - started


def _first_page(path: Path) -> tuple[float, float]:
    """The time log's first page through the listing service, and the same SQL replayed."""
    ledger = Ledger.open(str(path), timezone="Asia/Jakarta")
    statements: list[tuple[str, Any]] = []

    def capture(_c: Any, _cur: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    try:
        event.listen(Engine, "before_cursor_execute", capture)
        ledger.listing.page(LogQuery(), limit=200)
        event.remove(Engine, "before_cursor_execute", capture)

        def ours() -> float:
            started = time.perf_counter()
            assert len(ledger.listing.page(LogQuery(), limit=200)) == 200
            return time.perf_counter() - started

        def theirs() -> float:
            started = time.perf_counter()
            con = sqlite3.connect(path)
            for sql, params in statements:
                con.execute(sql, params).fetchall()
            con.close()
            return time.perf_counter() - started

        return _interleaved(ours, theirs)
    finally:
        ledger.close()


def _timer_stop(path: Path) -> tuple[float, float]:
    """Stopping a running timer into an entry, and the same two writes with bare sqlite3."""
    clock = FixedClock(datetime.now(UTC))
    ledger = Ledger.open(str(path), timezone="Asia/Jakarta", clock=clock)
    try:
        # Someone of their own, so that the timed entries overlap nobody's.
        ledger.organisations.add("Benchmark Foundation")
        ledger.people.add("Timer Person")
        role = ledger.roles.add(
            ledger.names.person("Timer Person"),
            ledger.names.organisation("Benchmark Foundation"),
            WorkKind.VOLUNTEER,
            RoleDetails(title="Timekeeper"),
        )
        person, organisation = "Timer Person", "Benchmark Foundation"
        rounds = iter(range(100))
        columns = (
            "role_id, person_id, organisation_id, kind, work_date, minutes, timezone, status, "
            "source, created_at, updated_at"
        )

        def ours() -> float:
            clock.now = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=2 * next(rounds))
            ledger.timer.start(
                ledger.names.person(person),
                ledger.names.organisation(organisation),
                role=ledger.names.role(
                    ledger.names.person(person), ledger.names.organisation(organisation), str
                )(role.id),
            )
            clock.now += timedelta(hours=1)
            started = time.perf_counter()
            ledger.timer.stop()
            return time.perf_counter() - started

        def theirs() -> float:
            con = sqlite3.connect(path)
            con.execute(
                "INSERT INTO timer (person_id, role_id, started_at, timezone) "
                "VALUES (?, ?, datetime('now'), 'Asia/Jakarta')",
                (role.person_id, role.id),
            )
            con.commit()
            started = time.perf_counter()
            with con:
                con.execute(
                    f"INSERT INTO entry ({columns}) VALUES (?, ?, ?, ?, date('now'), 1, "
                    "'Asia/Jakarta', 'submitted', 'timer', datetime('now'), datetime('now'))",
                    (role.id, role.person_id, role.organisation_id, role.kind.value),
                )
                con.execute("DELETE FROM timer WHERE person_id = ?", (role.person_id,))
            elapsed = time.perf_counter() - started
            con.close()
            return elapsed

        return _interleaved(ours, theirs)
    finally:
        ledger.close()


def _row(what: str, ours: float, theirs: float | None, reference: str, unit: str = "s") -> str:
    scale, fmt = (1000, "{:.1f} ms") if unit == "ms" else (1, "{:.2f} s")
    shown = fmt.format(ours * scale)
    if theirs is None:
        return f"| {what} | {shown} | {reference} | |"
    return (
        f"| {what} | {shown} | {fmt.format(theirs * scale)} ({reference}) | {ours / theirs:.2f} |"
    )


def _measure(qtbot: QtBot, tmp_path: Path, size: int, ten: Path) -> list[str]:
    """The rows of one size of demo data."""
    lines = []
    ledger_file = tmp_path / f"demo-{size}.sqlite3"
    made = _demo(ledger_file, size)
    lines.append(_row(f"demo data, {size:,} entries", made, None, "(no reference)"))
    year = date.today().year
    flat = flat_copy(ledger_file)
    okuvol_stats(ledger_file, year)  # its bytecode cached, as an installed okuvol's is
    ours, theirs = _interleaved(
        lambda: okuvol_stats(ledger_file, year)[0], lambda: flat_stats(flat, year)
    )
    lines.append(
        _row(
            f"`stats --year {year}`, {size:,} entries, whole process",
            ours,
            theirs,
            "the same GROUP BYs over a flat table, sqlite3 process",
        )
    )
    ours, theirs = _first_page(ledger_file)
    lines.append(
        _row(f"time log first page, {size:,}", ours, theirs, "same SQL, bare sqlite3", "ms")
    )
    ours, theirs = _interleaved(
        lambda: _open_once(qtbot, ledger_file), lambda: _open_once(qtbot, ten)
    )
    lines.append(_row(f"window open on the time log, {size:,}", ours, theirs, "10 entries", "ms"))
    rows = write_rows(tmp_path / f"rows-{size}.csv", size)
    theirs = _reference_import(rows, tmp_path / f"reference-{size}.sqlite3")[0]
    imported = tmp_path / f"import-{size}.sqlite3"
    ours = _okuvol_import(rows, imported)[0]
    floor = _floor_import(imported, tmp_path / f"floor-{size}.sqlite3")[0]
    lines.append(
        _row(f"import {size:,} okuvol-csv rows", ours, theirs, "csv + sqlite3 executemany")
    )
    lines.append(
        _row(
            f"import {size:,} rows, against the floor",
            ours,
            floor,
            "the finished rows, sqlite3 executemany into the ledger's table",
        )
    )
    ours, theirs = _timer_stop(ledger_file)
    lines.append(_row(f"timer stop, {size:,}", ours, theirs, "the same writes, bare sqlite3", "ms"))
    return lines


@pytest.mark.timeout(7200)
def test_performance_report(qtbot: QtBot, tmp_path: Path, ledger_with_volunteers: Ledger) -> None:
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    Preferences().last_view = 1  # the window opens on the time log
    lines = ["| measurement | okuvol | reference | ratio |", "|---|---|---|---|"]
    ten = tmp_path / "ten.sqlite3"
    _demo(ten, 10)
    for size in SIZES:
        lines += _measure(qtbot, tmp_path, size, ten)
    out = tmp_path / "certificates"
    started = time.perf_counter()
    assert (
        len(
            ledger_with_volunteers.certificates.issue_batch(
                ledger_with_volunteers.names.organisation("1"), 2026, 1, out
            )
        )
        == COUNT
    )
    ours = time.perf_counter() - started
    bare = tmp_path / "bare"
    bare.mkdir()
    started = time.perf_counter()
    _bare_reportlab(bare, ledger_with_volunteers)
    theirs = time.perf_counter() - started
    lines.append(_row(f"{COUNT:,} certificates", ours, theirs, "bare ReportLab canvas"))
    table = "\n".join(lines) + "\n"
    REPORT.write_text(table, encoding="utf-8")
    print("\n" + table)
