"""Killed mid-write: a process importing, writing certificates or stopping the timer is killed
with SIGKILL at random moments; the ledger afterwards opens, is intact, and holds all or none
of what was being written. No half-written PDF ever carries its final name."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.storage.database import open_database
from tests.benchmarks.test_import_speed import write_rows

BACKENDS = ("sqlite",)  # SQLite's own integrity check is the point
ROWS = 200_000
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _okuvol(db: Path, *argv: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "okuvol_desktop", "--db", str(db), *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _kill_after(process: subprocess.Popen[bytes], seconds: float) -> bool:
    """SIGKILL the process after ``seconds`` unless it ended; returns whether it was killed."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return True


def _intact(db: Path) -> sqlite3.Connection:
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    return con


def test_an_import_killed_at_random_moments_lands_whole_or_not_at_all(
    db_path: Path, tmp_path: Path
) -> None:
    rows = write_rows(tmp_path / "rows.csv", ROWS)
    rng = random.Random(20261128)
    outcomes = []
    for run in range(3):
        db = tmp_path / f"run-{run}.sqlite3"
        db.write_bytes(db_path.read_bytes())
        importing = _okuvol(db, "import", str(rows), "--format", "okuvol-csv")
        killed = _kill_after(importing, rng.uniform(1.0, 8.0))
        with _intact(db) as con:
            entries = con.execute("SELECT count(*) FROM entry").fetchone()[0]
            people = con.execute("SELECT count(*) FROM person").fetchone()[0]
        assert (entries, people > 0) in ((0, False), (ROWS, True)), (killed, entries)
        open_database(str(db)).close()  # and okuvol opens it again
        outcomes.append((killed, entries))
    assert any(killed for killed, _ in outcomes), "every import ended before its kill"


def test_a_certificate_batch_killed_leaves_only_whole_pdfs(
    ledger: Ledger, db_path: Path, tmp_path: Path
) -> None:
    from okuvol_desktop.domain.period import Period
    from okuvol_desktop.services.stats import StatsQuery

    ledger.demo.fill(people=400, entries=20_000, seed=3)  # about 50 certificates, 5 s
    approved = ledger.stats.stats(StatsQuery(Period.year(2026), approved_only=True))
    organisation = max(approved.by_organisation, key=lambda row: row.volunteer).label
    rng = random.Random(7)
    kills = []
    for run in range(3):
        out = tmp_path / f"batch-{run}"
        batch = _okuvol(
            db_path, "certificates", "--org", organisation, "--year", "2026", "--min-hours", "1",
            "--out", str(out),
        )  # fmt: skip
        kills.append(_kill_after(batch, rng.uniform(1.5, 4.0)))
        for pdf in out.glob("*.pdf"):
            assert len(PdfReader(pdf).pages) >= 1  # complete, or it would not carry the name
        _intact(db_path).close()
    assert any(kills), "every batch ended before its kill: give it more volunteers"


def test_a_timer_stop_killed_at_random_moments_keeps_the_timer_or_the_entry(
    ledger: Ledger, db_path: Path
) -> None:
    from datetime import date

    from okuvol_desktop.domain.kinds import WorkKind
    from okuvol_desktop.domain.model import RoleDetails

    ledger.organisations.add("RS Harapan")
    ledger.people.add("Siti")
    ledger.roles.add(
        ledger.names.person("Siti"),
        ledger.names.organisation("RS Harapan"),
        WorkKind.VOLUNTEER,
        RoleDetails(title="Tutor", start_date=date(2020, 1, 1)),
    )
    rng = random.Random(3)
    for _ in range(5):
        with sqlite3.connect(db_path) as con:
            con.execute("DELETE FROM timer")
            con.execute(
                "INSERT INTO timer (person_id, role_id, started_at, timezone) "
                "VALUES (1, 1, datetime('now', '-2 hours'), 'Asia/Jakarta')"
            )
            before = con.execute("SELECT count(*) FROM entry").fetchone()[0]
        stopping = _okuvol(db_path, "timer", "stop")
        _kill_after(stopping, rng.uniform(0.3, 2.0))
        with _intact(db_path) as con:
            timers = con.execute("SELECT count(*) FROM timer").fetchone()[0]
            entries = con.execute("SELECT count(*) FROM entry").fetchone()[0]
        assert (timers, entries - before) in ((1, 0), (0, 1))
