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
    siti = ledger.names.person("Siti Rahmawati")
    harapan = ledger.names.organisation("RS Harapan")
    print("ready", flush=True)
    for n in range(int(sys.argv[2])):
        day = date(2025, 1, 1) + timedelta(days=n % 300)
        details = EntryInput(date=day, hours=Decimal("0.5"))
        entry = LogEntry(siti, harapan, details, kind=WorkKind.VOLUNTEER)
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
        assert con.execute("SELECT count(*) FROM scheme_assignment").fetchone()[0] == 0


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
    with pytest.raises(OkuvolError, match="is the ledger itself"):
        ledger.backups.backup(db_path)


_RACER = textwrap.dedent(
    """
    import sys
    from datetime import date, timedelta
    from decimal import Decimal
    from okuvol_desktop.domain.errors import OkuvolError
    from okuvol_desktop.domain.kinds import WorkKind
    from okuvol_desktop.services.entries import EntryInput, LogEntry
    from okuvol_desktop.services.ledger import Ledger

    ledger = Ledger.open(sys.argv[1], timezone="Asia/Jakarta")
    siti = ledger.names.person("Siti Rahmawati")
    harapan = ledger.names.organisation("RS Harapan")
    print("ready", flush=True)
    for n in range(int(sys.argv[2])):
        day = date(2025, 1, 1) + timedelta(days=n % 300)
        details = EntryInput(date=day, hours=Decimal("0.25"), description=f"race {n}")
        try:
            ledger.entries.log(
                LogEntry(siti, harapan, details, kind=WorkKind.VOLUNTEER)
            )
        except OkuvolError as refused:
            print(f"refused {n} {refused}", flush=True)
        else:
            print(f"done {n}", flush=True)
    ledger.close()
    """
)


def _descriptions(path: Path) -> set[str]:
    with sqlite3.connect(path) as con:
        return {r[0] for r in con.execute("SELECT description FROM entry") if r[0]}


def test_a_restore_racing_writers_loses_no_write_it_reported_done(
    ledger: Ledger, db_path: Path, tmp_path: Path
) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 3, 2), hours="2")
    copy = ledger.backups.backup(tmp_path / "before.sqlite3")
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _RACER, str(db_path), "120"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    clock_time.sleep(0.3)  # let them write a little first
    kept = [ledger.backups.restore(copy, force=True).kept_aside for _ in range(3)]
    said = [line.split(" ", 2) for writer in writers for line in writer.communicate()[0].split("\n")
            if line]  # fmt: skip
    assert all(writer.returncode == 0 for writer in writers)
    done = {f"race {n}" for word, n, *_ in said if word == "done"}
    refused = [rest for word, _n, *rest in said if word == "refused"]
    assert done, "the writers wrote nothing"
    # Every write reported done is in the ledger now or in a copy a restore kept aside.
    found = _descriptions(db_path).union(*(_descriptions(path) for path in kept))
    assert done <= found
    for reason in refused:  # and a refused one was told why
        assert "being restored" in reason[0] or "writing to the ledger" in reason[0], reason


def test_a_backup_with_a_planted_trigger_is_refused(
    ledger: Ledger, db_path: Path, tmp_path: Path
) -> None:
    dual_role_person(ledger)
    log(ledger, date(2026, 3, 2), hours="2")
    planted = ledger.backups.backup(tmp_path / "planted.sqlite3")
    with sqlite3.connect(planted) as con:
        con.execute(
            "CREATE TRIGGER approve_all AFTER INSERT ON entry BEGIN "
            "UPDATE entry SET status = 'approved' WHERE id = new.id; END"
        )
    before = snapshot(str(db_path))
    with pytest.raises(OkuvolError, match="trigger approve_all is not okuvol.s"):
        ledger.backups.restore(planted, force=True)
    assert snapshot(str(db_path)) == before
    assert list(db_path.parent.glob("*.before-restore-*")) == []
    widened = ledger.backups.backup(tmp_path / "widened.sqlite3")
    with sqlite3.connect(widened) as con:
        con.execute("ALTER TABLE person ADD COLUMN secret TEXT")
    with pytest.raises(OkuvolError, match="table person differs from okuvol's"):
        ledger.backups.restore(widened, force=True)


def test_a_writer_held_out_is_told_who_holds_the_ledger(
    ledger: Ledger, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime

    from okuvol_desktop.services.context import LedgerBusy, ServiceContext
    from okuvol_desktop.storage import engine as engine_module
    from okuvol_desktop.storage.database import open_database
    from okuvol_desktop.storage.writer_note import IMPORT, RESTORE, writing

    dual_role_person(ledger)
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 200)
    database = open_database(str(db_path))
    impatient = Ledger.create(ServiceContext(database.sessions, ledger.ctx.clock, "UTC"))
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        when = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)
        for what, words in (
            (RESTORE, "The ledger is being restored from a backup (by ani, since 09:30)"),
            (IMPORT, "The ledger is busy with a long import (by ani, since 09:30)"),
        ):
            with writing(db_path, what, "ani", when), pytest.raises(LedgerBusy) as told:
                log(impatient, date(2026, 3, 2), hours="1")
            assert str(told.value).startswith(words)
        with pytest.raises(LedgerBusy, match="Another program has been writing to the ledger"):
            log(impatient, date(2026, 3, 2), hours="1")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        database.close()
    assert _count(db_path) == 0
