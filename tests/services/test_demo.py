"""Demo data: realistic, rule-abiding, reproducible, and only for an empty ledger."""

from __future__ import annotations

import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from okuvol_desktop.domain.errors import Conflict, ValidationError
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.progress import Cancelled
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.stats import StatsQuery
from okuvol_desktop.storage.database import open_database
from tests.conftest import FixedClock


class StopAfter:
    """Progress that asks to stop once ``limit`` entries were reported."""

    def __init__(self, limit: int) -> None:
        self.limit, self.done = limit, 0

    def report(self, done: int, total: int) -> None:
        self.done = done

    def cancelled(self) -> bool:
        return self.done >= self.limit


def _scripts(names: list[str]) -> set[str]:
    found = set()
    for name in names:
        for char in name:
            if char.isalpha():
                found.add(unicodedata.name(char).split()[0])
    return found


def test_demo_fills_every_kind_status_and_script(ledger: Ledger, db_path: Path) -> None:
    summary = ledger.demo.fill(people=60, entries=3000, seed=7)
    assert (summary.people, summary.entries) == (60, 3000)
    with sqlite3.connect(db_path) as con:
        statuses = dict(con.execute("SELECT status, count(*) FROM entry GROUP BY status"))
        assert set(statuses) == {"draft", "submitted", "approved", "rejected"}
        assert con.execute("SELECT count(*) FROM entry").fetchone()[0] == 3000
        assert con.execute("SELECT count(DISTINCT kind) FROM entry").fetchone()[0] == 2
        assert (
            con.execute(
                "SELECT count(*) FROM entry WHERE status = 'rejected' AND review_note IS NULL"
            ).fetchone()[0]
            == 0
        )
        assert con.execute("SELECT count(*) FROM entry_skill").fetchone()[0] > 0
        names = [r[0] for r in con.execute("SELECT full_name FROM person")]
    assert {"LATIN", "ARABIC", "CJK"} <= _scripts(names)
    assert any("ư" in n or "ễ" in n or "ị" in n for n in names)  # Vietnamese letters
    assert any(c in n for n in names for c in "şğı")  # Turkish letters
    year = ledger.stats.stats(StatsQuery(Period.year(2026)))
    assert year.people.dual_role > 0
    assert year.people.professional_only > 0
    assert year.people.volunteer_only > 0


def test_demo_entries_keep_the_ledgers_rules(ledger: Ledger, db_path: Path) -> None:
    ledger.demo.fill(people=30, entries=4000, seed=3)
    with sqlite3.connect(db_path) as con:
        overlaps = con.execute(
            "SELECT count(*) FROM entry a JOIN entry b ON a.person_id = b.person_id "
            "AND a.id < b.id AND a.start_utc < b.end_utc AND b.start_utc < a.end_utc"
        ).fetchone()[0]
        bad = con.execute(
            "SELECT count(*) FROM entry WHERE minutes <= 0 OR minutes > 1440 "
            "OR work_date > '2026-11-28'"
        ).fetchone()[0]
        outside = con.execute(
            "SELECT count(*) FROM entry e JOIN role r ON r.id = e.role_id "
            "WHERE e.work_date < r.start_date"
        ).fetchone()[0]
    assert (overlaps, bad, outside) == (0, 0, 0)


def test_the_same_seed_gives_the_same_ledger(
    ledger: Ledger, tmp_path: Path, template_db: Path
) -> None:
    def totals(led: Ledger) -> object:
        return led.stats.stats(StatsQuery(Period.year(2026)))

    ledger.demo.fill(entries=500, seed=11)
    other_path = tmp_path / "other.sqlite3"
    shutil.copyfile(template_db, other_path)
    other = open_database(str(other_path))
    try:
        second = Ledger.create(ServiceContext(other.sessions, FixedClock(), "Asia/Jakarta"))
        second.demo.fill(entries=500, seed=11)
        assert totals(second) == totals(ledger)
    finally:
        other.close()


def test_demo_refuses_a_ledger_with_data(ledger: Ledger) -> None:
    ledger.people.add("Someone")
    with pytest.raises(Conflict, match="already holds data"):
        ledger.demo.fill(entries=10)


def test_too_many_entries_for_the_people_is_refused(ledger: Ledger) -> None:
    with pytest.raises(ValidationError, match="need at least 14 people"):
        ledger.demo.fill(people=2, entries=10_000)


def test_cancelling_leaves_nothing(ledger: Ledger, db_path: Path) -> None:
    with pytest.raises(Cancelled):
        ledger.demo.fill(people=200, entries=50_000, progress=StopAfter(20_000))
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT count(*) FROM entry").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 0
