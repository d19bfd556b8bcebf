"""Backups while others write, restores that check first, and the rotating daily copies."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time as clock_time
from datetime import date
from pathlib import Path

import pytest

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.services.ledger import Ledger
from tests.dbstate import snapshot
from tests.services.helpers import dual_role_person, log
from tests.storage.test_migrations import _at_revision

# Copies of a SQLite file; a PostgreSQL server is backed up with its own tools.
BACKENDS = ("sqlite",)


def _count(path: Path) -> int:
    with sqlite3.connect(path) as con:
        return int(con.execute("SELECT count(*) FROM entry").fetchone()[0])


_WRITER = textwrap.dedent(
    """
    import sys, time
    from datetime import date, timedelta
    from decimal import Decimal
    from okuvol_desktop.domain.kinds import WorkKind
    from okuvol_desktop.services.entries import EntryInput, LogEntry
    from okuvol_desktop.services.ledger import Ledger

    ledger = Ledger.open(sys.argv[1], timezone="Asia/Jakarta")
    print("ready", flush=True)
    for n in range(int(sys.argv[2])):
        day = date(2025, 1, 1) + timedelta(days=n % 300)
        details = EntryInput(date=day, hours=Decimal("0.5"))
        entry = LogEntry("Siti Rahmawati", "RS Harapan", details, kind=WorkKind.VOLUNTEER)
        ledger.entries.log(entry)
    ledger.close()
    """
)


def test_a_backup_taken_while_another_process_writes_is_whole_and_consistent(
    ledger: Ledger, db_path: Path, tmp_path: Path
) -> None:
    dual_role_person(ledger)
    counts = []
    with subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(db_path), "400"],
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        for number in range(4):
            out = ledger.backups.backup(tmp_path / f"copy-{number}.sqlite3")
            facts = ledger.backups.check(out)  # intact, an okuvol ledger
            counts.append(facts.entries)
            clock_time.sleep(0.05)
        assert writer.wait(timeout=120) == 0
    assert counts == sorted(counts)  # each copy is a moment of the ledger, never a mix
    assert counts[0] >= 0 and counts[-1] <= 400
    assert _count(db_path) == 400  # and the writer lost nothing to the backups
    assert list(tmp_path.glob(".*.part")) == []


def test_restore_replaces_the_ledger_and_keeps_the_old_one_aside(
    ledger: Ledger, db_path: Path, tmp_path: Path
) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 3, 2), hours="2")
    copy = ledger.backups.backup(tmp_path / "two-hours.sqlite3")
    log(ledger, date(2026, 3, 3), hours="5")
    with pytest.raises(OkuvolError, match="holds 2 entries; restoring two-hours.sqlite3"):
        ledger.backups.restore(copy)
    restored = ledger.backups.restore(copy, force=True)
    assert (restored.entries, restored.people) == (1, 1)
    assert _count(db_path) == 1
    assert _count(restored.kept_aside) == 2
    assert restored.kept_aside.parent == db_path.parent
    # The ledger still works after the restore, on the same connections' engine.
    log(ledger, date(2026, 3, 4), hours="1")
    assert _count(db_path) == 2


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000), "damaged"),
        (lambda p: p.write_bytes(bytes(range(256)) * 40), "not a SQLite database"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE notes (x)").connection.commit(),
            "another application",
        ),
        (lambda p: p.write_bytes(b""), "not a SQLite database"),
    ],
    ids=["corrupted", "random bytes", "foreign", "empty"],
)
def test_a_bad_backup_is_refused_and_the_ledger_left_as_it_was(
    ledger: Ledger, db_path: Path, tmp_path: Path, make: object, reason: str
) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 3, 2), hours="2")
    bad = tmp_path / "bad.sqlite3"
    make(bad)  # type: ignore[operator]
    before = snapshot(str(db_path))
    with pytest.raises(OkuvolError, match=reason):
        ledger.backups.restore(bad, force=True)
    assert snapshot(str(db_path)) == before
    assert list(db_path.parent.glob("*.before-restore-*")) == []


def test_a_truncated_backup_is_refused(ledger: Ledger, db_path: Path, tmp_path: Path) -> None:
    ledger.demo.fill(people=10, entries=300, seed=2)
    whole = ledger.backups.backup(tmp_path / "whole.sqlite3")
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    before = snapshot(str(db_path))
    with pytest.raises(OkuvolError, match="damaged|malformed"):
        ledger.backups.restore(cut, force=True)
    assert snapshot(str(db_path)) == before


def test_a_backup_of_a_newer_okuvol_is_refused(ledger: Ledger, tmp_path: Path) -> None:
    newer = ledger.backups.backup(tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(OkuvolError, match="newer version of okuvol"):
        ledger.backups.restore(newer, force=True)


def test_a_backup_of_an_older_okuvol_is_upgraded_on_the_way_in(
    ledger: Ledger, db_path: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.sqlite3"
    _at_revision(old, "0001")
    before = old.read_bytes()
    restored = ledger.backups.restore(old, force=True)
    assert restored.entries == 0
    assert old.read_bytes() == before  # the user's backup file is never changed
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] != "0001"
        assert con.execute("SELECT count(*) FROM award_tier").fetchone()[0] == 12


def test_daily_backups_rotate(ledger: Ledger, tmp_path: Path) -> None:
    folder = tmp_path / "daily"
    made = [ledger.backups.daily(folder, keep=3, today=date(2026, 11, d)) for d in range(20, 26)]
    assert all(made)
    assert ledger.backups.daily(folder, keep=3, today=date(2026, 11, 25)) is None  # one a day
    assert sorted(p.name for p in folder.iterdir()) == [
        "okuvol-daily-2026-11-23.sqlite3",
        "okuvol-daily-2026-11-24.sqlite3",
        "okuvol-daily-2026-11-25.sqlite3",
    ]


def test_a_backup_never_overwrites_the_ledger_itself(ledger: Ledger, db_path: Path) -> None:
    with pytest.raises(OkuvolError, match="cannot overwrite the database"):
        ledger.backups.backup(db_path)
