"""The quick read of running timers gives what the timer service gives, or stands aside."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.storage.quick_read import running_timers
from tests.conftest import FixedClock

BACKENDS = ("sqlite",)  # the quick read is of SQLite files; PostgreSQL: see tests/cli

# People whose names are written in four scripts, each timing a role.
PEOPLE = (
    ("Nguyễn Thị Hương", "Bệnh viện Hy Vọng", WorkKind.PROFESSIONAL, "Điều dưỡng"),
    ("فاطمة الزهراء", "جمعية الأمل", WorkKind.VOLUNTEER, "مُدرِّسة"),
    ("刘芳", "Panti Wreda Kasih Ibu", WorkKind.VOLUNTEER, "Companion"),
    ("Şükrü Öztürk", "Toplum Sağlığı Derneği", WorkKind.PROFESSIONAL, "Hemşire"),
)


def _start_timers(ledger: Ledger, clock: FixedClock) -> None:
    for index, (person, organisation, kind, title) in enumerate(PEOPLE):
        person_id = ledger.people.add(person).id
        organisation_id = ledger.organisations.add(organisation).id
        ledger.roles.add(person_id, organisation_id, kind, RoleDetails(title=title))
        ledger.timer.start(
            person_id,
            organisation_id,
            description="Membaca bersama · 读书" if index == 2 else None,
            category=ledger.names.category("education") if index == 1 else None,
            timezone="Asia/Ho_Chi_Minh" if index == 0 else None,
        )
        clock.advance(minutes=7, seconds=13)


def test_it_gives_what_the_timer_service_gives(
    ledger: Ledger, clock: FixedClock, db_path: Path
) -> None:
    assert running_timers(str(db_path), clock.now) == []
    _start_timers(ledger, clock)
    clock.advance(hours=2, seconds=41)

    quick = running_timers(str(db_path), clock.now)

    assert quick == ledger.timer.status()
    assert quick is not None and [s.person_name for s in quick] == [p[0] for p in PEOPLE]
    assert quick[1].timer.category_id is not None and quick[2].timer.description is not None


def test_a_cancelled_timer_is_gone_from_it(
    ledger: Ledger, clock: FixedClock, db_path: Path
) -> None:
    _start_timers(ledger, clock)
    ledger.timer.cancel(ledger.names.person("刘芳"))
    quick = running_timers(str(db_path), clock.now)
    assert quick is not None and "刘芳" not in [s.person_name for s in quick]
    assert quick == ledger.timer.status()


def _close(ledger: Ledger) -> None:
    ledger.ctx.sessions.kw["bind"].dispose()


def _files_beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def _older_revision(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '0011'")


def _newer_revision(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")


def _no_revision_table(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("DROP TABLE alembic_version")


def _not_in_wal_mode(path: Path) -> None:  # a copy made by `okuvol backup`, say
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA journal_mode=DELETE")


def _zoned_start(path: Path) -> None:  # not how okuvol writes an instant
    with sqlite3.connect(path) as con:
        con.execute("UPDATE timer SET started_at = started_at || '+07:00'")


def _unknown_kind(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA ignore_check_constraints=ON")
        con.execute("UPDATE role SET kind = 'hobby'")


def _emptied(path: Path) -> None:
    path.write_bytes(b"")


def _random_bytes(path: Path) -> None:
    path.write_bytes(bytes((i * 7919) % 256 for i in range(40_000)))


STANDS_ASIDE: dict[str, Callable[[Path], None]] = {
    "an older revision (the full path upgrades it)": _older_revision,
    "a newer revision (the full path refuses it)": _newer_revision,
    "no revision table": _no_revision_table,
    "not in WAL mode": _not_in_wal_mode,
    "a start with a zone": _zoned_start,
    "a kind okuvol does not know": _unknown_kind,
    "an empty file": _emptied,
    "random bytes": _random_bytes,
}


@pytest.mark.parametrize("case", list(STANDS_ASIDE))
def test_it_stands_aside_for_anything_but_a_ledger_at_the_current_schema(
    case: str, ledger: Ledger, clock: FixedClock, db_path: Path
) -> None:
    _start_timers(ledger, clock)
    _close(ledger)  # changing a file's journal mode needs it to itself
    STANDS_ASIDE[case](db_path)
    beside = _files_beside(db_path)
    before = db_path.read_bytes()

    assert running_timers(str(db_path), clock.now) is None

    assert db_path.read_bytes() == before
    assert _files_beside(db_path) == beside  # no -wal or -shm left behind


def test_it_stands_aside_for_urls_and_missing_files(tmp_path: Path, clock: FixedClock) -> None:
    missing = tmp_path / "new.sqlite3"
    assert running_timers(str(missing), clock.now) is None
    assert not missing.exists()  # the full path creates the ledger, not the quick read
    assert running_timers(str(tmp_path), clock.now) is None  # a folder
    assert running_timers(f"sqlite:///{missing}", clock.now) is None
    assert running_timers("postgresql+psycopg://okuvol@/ledger", clock.now) is None


def test_it_leaves_no_files_beside_the_ledger(
    ledger: Ledger, clock: FixedClock, db_path: Path
) -> None:
    _start_timers(ledger, clock)
    _close(ledger)  # the last connection closes: no -wal, no -shm
    beside = _files_beside(db_path)
    assert running_timers(str(db_path), clock.now + timedelta(minutes=1)) is not None
    assert _files_beside(db_path) == beside
