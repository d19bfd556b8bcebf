"""The kept totals follow every write, and totals read from them equal those of the entries."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.services.entries import EntryInput, LogEntry
from okuvol_desktop.services.importing import ImportOptions
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.storage.aggregates import Aggregates, Details, EntryFilter
from okuvol_desktop.storage.dump import clear_for_load
from tests.services.helpers import dual_role_person

COUNTED = (EntryStatus.DRAFT, EntryStatus.SUBMITTED, EntryStatus.APPROVED)
SUBMITTED = EntryStatus.SUBMITTED
PEOPLE = ("Siti Rahmawati", "Budi Santoso", "Nguyễn Thị Lan")


def _people(ledger: Ledger) -> None:
    dual_role_person(ledger, PEOPLE[0])
    ledger.organisations.add("Yayasan Pelita")
    for name in PEOPLE[1:]:
        ledger.people.add(name)
        ledger.roles.add(
            ledger.names.person(name),
            ledger.names.organisation("Yayasan Pelita"),
            WorkKind.VOLUNTEER,
            RoleDetails(title="Reading tutor", start_date=date(2024, 1, 1)),
        )
    ledger.roles.add(
        ledger.names.person(PEOPLE[1]),
        ledger.names.organisation("RS Harapan"),
        WorkKind.PROFESSIONAL,
        RoleDetails(title="Doctor", start_date=date(2024, 1, 1)),
    )


def _random_entry(rng: random.Random, ledger: Ledger) -> LogEntry:
    person = rng.choice(PEOPLE)
    orgs = {PEOPLE[0]: ["RS Harapan"], PEOPLE[1]: ["Yayasan Pelita", "RS Harapan"]}
    org = rng.choice(orgs.get(person, ["Yayasan Pelita"]))
    kind = None
    if person == PEOPLE[0]:
        kind = rng.choice(list(WorkKind))
    day = date(2025, 1, 1) + timedelta(days=rng.randrange(680))
    hours = Decimal(rng.randrange(1, 40)) / 4
    category = rng.choice([None, "Education", "Health care"])
    details = EntryInput(
        date=day,
        hours=hours,
        category=None if category is None else ledger.names.category(category),
        beneficiaries=rng.choice([None, 0, 3, 12]),
    )
    return LogEntry(
        ledger.names.person(person),
        ledger.names.organisation(org),
        details,
        kind=kind,
        draft=rng.random() < 0.2,
    )


def _attempt(action: Callable[..., object], *args: object) -> None:
    """Do what the user asked; a refusal (a date outside a role, a move the review cycle does
    not allow) changes nothing, which the totals must show too."""
    with contextlib.suppress(OkuvolError):
        action(*args)


def _assert_agree(ledger: Ledger) -> None:
    found = ledger.totals.check()
    assert found.differences == (), found.differences[:5]


def test_random_writes_keep_the_totals_of_their_entries(ledger: Ledger) -> None:
    rng = random.Random(16)
    _people(ledger)
    ids: list[int] = []
    for step in range(240):
        action = rng.random()
        if action < 0.45 or len(ids) < 5:
            _attempt(
                lambda kept=ids: kept.append(ledger.entries.log(_random_entry(rng, ledger)).id)
            )
        elif action < 0.6:
            _attempt(ledger.entries.edit, rng.choice(ids), _random_entry(rng, ledger).details)
        elif action < 0.7:
            _attempt(ledger.approvals.approve, rng.sample(ids, min(len(ids), 6)))
        elif action < 0.75:
            _attempt(ledger.approvals.reject, rng.sample(ids, min(len(ids), 3)), "Not this week")
        elif action < 0.8:
            _attempt(ledger.approvals.withdraw_review, rng.sample(ids, min(len(ids), 3)))
        elif action < 0.9:
            gone = rng.sample(ids, min(len(ids), 4))
            try:
                entries, reviews = ledger.entries.delete_keeping_history(gone)
            except OkuvolError:  # an approved entry is kept as a record
                continue
            if rng.random() < 0.5:  # Undo
                ledger.entries.restore_many(entries, reviews)
            else:
                ids = [i for i in ids if i not in gone]
        else:
            victim = rng.choice(ids)
            _attempt(ledger.entries.delete, victim)
            ids = [i for i in ids if i != victim]
        if step % 40 == 0:
            _assert_agree(ledger)
    _assert_agree(ledger)
    assert ledger.totals.check().entries > 60


def test_writes_outside_okuvol_keep_the_totals(ledger: Ledger) -> None:
    """What psql (or sqlite3) does to the entry table reaches the totals too."""
    _people(ledger)
    rng = random.Random(3)
    for _ in range(30):
        ledger.entries.log(_random_entry(rng, ledger))
    with ledger.ctx.transaction() as s:
        s.execute(text("UPDATE entry SET minutes = minutes + 1 WHERE id % 3 = 0"))
        s.execute(text("UPDATE entry SET work_date = work_date WHERE id % 5 = 0"))
        s.execute(text("UPDATE entry SET category_id = NULL WHERE id % 4 = 0"))
        s.execute(text("DELETE FROM entry WHERE id % 7 = 0"))
        # The queue's lines: days moved, entries approved, sent back and waiting again.
        later = "date(work_date, '+1 day')" if _sqlite(s) else "work_date + 1"
        s.execute(text(f"UPDATE entry SET work_date = {later} WHERE id % 2 = 0"))
        s.execute(text("UPDATE entry SET status = 'approved' WHERE id % 6 = 1"))
        s.execute(text("UPDATE entry SET reviewed_at = updated_at WHERE id % 4 = 1"))
        s.execute(text("UPDATE entry SET status = 'submitted' WHERE status = 'draft'"))
        tutor = s.execute(  # another person's role: the entry moves to another line
            text(
                "SELECT id, person_id, organisation_id FROM role WHERE kind = 'volunteer' "
                "ORDER BY person_id DESC LIMIT 1"
            )
        ).one()
        s.execute(
            text(
                "UPDATE entry SET role_id = :r, person_id = :p, organisation_id = :o, "
                "kind = 'volunteer' WHERE id % 9 = 0 AND person_id <> :p"
            ),
            {"r": tutor.id, "p": tutor.person_id, "o": tutor.organisation_id},
        )
    with ledger.ctx.reading() as s:
        waiting = s.execute(text("SELECT count(*) FROM entry WHERE status = 'submitted'"))
        assert waiting.scalar_one() > 10
    _assert_agree(ledger)


def test_values_sql_writes_that_totals_cannot_keep_are_refused_or_made_plain(
    ledger: Ledger,
) -> None:
    """sqlite3 would keep 1.1 in an INTEGER column, whose sums drift from what check adds up,
    and a date with a time of day; SQLite refuses them, PostgreSQL's columns round or cast."""
    _people(ledger)
    rng = random.Random(5)
    for _ in range(6):
        ledger.entries.log(_random_entry(rng, ledger))
    for change in (
        "minutes = minutes + 0.1",
        "beneficiaries = 2.5",
        "minutes = '6x'",
        "work_date = '2025-03-04 00:00:00'",
    ):
        with contextlib.suppress(OkuvolError, DBAPIError), ledger.ctx.transaction() as s:
            s.execute(text(f"UPDATE entry SET {change} WHERE id % 2 = 0"))
    with ledger.ctx.reading() as s:
        kinds = s.execute(
            text(
                "SELECT count(*) FROM entry WHERE minutes <> round(minutes) "
                "OR beneficiaries <> round(beneficiaries)"
            )
        )
        assert kinds.scalar_one() == 0
    _assert_agree(ledger)


def test_one_statement_that_approves_and_deletes_the_last_two_waiting_entries_of_a_line(
    ledger: Ledger,
) -> None:
    """A writing WITH (or a MERGE) on PostgreSQL fires the UPDATE and the DELETE statement
    triggers one after the other, each seeing the whole statement's change: the first finds
    no waiting day left and keeps the line's, the second empties it."""
    _people(ledger)
    rng = random.Random(8)
    waiting = [ledger.entries.log(_random_entry(rng, ledger)) for _ in range(12)]
    with ledger.ctx.reading() as s:
        person, organisation = s.execute(
            text(
                "SELECT person_id, organisation_id FROM entry WHERE status = 'submitted' "
                "GROUP BY 1, 2 HAVING count(*) >= 2 LIMIT 1"
            )
        ).one()
    line = [
        e.id
        for e in waiting
        if (e.person_id, e.organisation_id, e.status) == (person, organisation, SUBMITTED)
    ]
    ledger.approvals.approve(line[1:-1])  # two left waiting: the line's first and last
    first, last = line[0], line[-1]
    with ledger.ctx.transaction() as s:
        if _sqlite(s):  # one statement of two kinds of change: PostgreSQL's own
            s.execute(text(f"UPDATE entry SET status = 'approved' WHERE id = {first}"))
            s.execute(text(f"DELETE FROM entry WHERE id = {last}"))
        else:
            s.execute(
                text(
                    f"WITH a AS (UPDATE entry SET status = 'approved' WHERE id = {first} "
                    f"RETURNING 1) DELETE FROM entry WHERE id = {last}"
                )
            )
    assert ledger.approvals.queue_start(10).groups == len(ledger.approvals.queue())
    _assert_agree(ledger)


def _sqlite(s: Session) -> bool:
    return s.get_bind().dialect.name == "sqlite"


def test_bulk_writes_imports_and_a_whole_ledger_loaded_keep_the_totals(
    ledger: Ledger, tmp_path: Path
) -> None:
    ledger.demo.fill(entries=600, seed=2)  # the bulk writer
    _assert_agree(ledger)
    before = ledger.totals.check()
    document, table = tmp_path / "ledger.json", tmp_path / "entries.csv"
    ledger.exporting.export("json", document)
    ledger.exporting.export("csv", table)
    with ledger.ctx.transaction() as s:
        clear_for_load(s)
    assert ledger.totals.check().kept_rows == 0  # emptied with the entries
    ledger.exporting.load_json(document)
    _assert_agree(ledger)
    after = ledger.totals.check()
    assert (after.entries, after.kept_rows) == (before.entries, before.kept_rows)
    with ledger.ctx.transaction() as s:  # the entries alone go; people and roles stay
        for name in ("entry_skill", "entry_review", "certificate", "entry"):
            s.execute(text(f"DELETE FROM {name}"))
    report = ledger.importing.run(table, ImportOptions("okuvol-csv"))
    assert report.added == 600
    _assert_agree(ledger)
    assert ledger.totals.check().kept_rows == before.kept_rows


def test_a_check_finds_a_damaged_total_and_repair_rebuilds_it(ledger: Ledger) -> None:
    _people(ledger)
    rng = random.Random(5)
    for _ in range(20):
        ledger.entries.log(_random_entry(rng, ledger))
    with ledger.ctx.transaction() as s:
        s.execute(text("UPDATE day_total SET minutes = minutes + 30"))
        s.execute(text("DELETE FROM person_month_total WHERE person_id = 2"))
        s.execute(text("UPDATE person_year_total SET entries = 0 WHERE person_id = 1"))
    found = ledger.totals.check()
    assert found.differences and not found.repaired
    tables = {d.table for d in found.differences}
    assert tables == {"day_total", "person_month_total", "person_year_total"}
    assert all(
        d.kept is not None and d.counted is not None
        for d in found.differences
        if d.table == "day_total"
    )
    assert ledger.totals.check(repair=True).repaired
    _assert_agree(ledger)


@pytest.mark.parametrize("seed", [1, 2])
def test_totals_from_kept_rows_equal_those_from_the_entries(ledger: Ledger, seed: int) -> None:
    ledger.demo.fill(entries=800, seed=seed)
    rng = random.Random(seed)
    with ledger.ctx.reading() as s:
        kept = Aggregates(s), Details(s)
        plain = Aggregates(s), Details(s)
        for source in (plain[0]._sources, plain[1]._sources):
            source._kept = False  # as a login that row security limits reads them
        orgs = [None, *{o.id for o in ledger.organisations.by_name()}]
        periods = [  # a whole year, years with days around them, a whole month, a day
            (date(2025, 1, 1), date(2025, 12, 31)),
            (date(2024, 12, 15), date(2026, 2, 3)),
            (date(2024, 1, 1), date(2026, 11, 28)),
            (date(2025, 3, 1), date(2025, 3, 31)),
            (date(2025, 3, 2), date(2025, 3, 2)),
        ]
        for _ in range(25):
            start = date(2025, 1, 1) + timedelta(days=rng.randrange(600))
            periods.append((start, start + timedelta(days=rng.choice([0, 6, 30, 45, 364, 500]))))
        for start, end in periods:
            f = EntryFilter(
                start,
                end,
                rng.choice([COUNTED, (EntryStatus.APPROVED,), (EntryStatus.SUBMITTED,)]),
                organisation_id=rng.choice(orgs),
                kind=rng.choice([None, *WorkKind]),
            )
            for (a, d), (pa, pd) in [(kept, plain)]:
                assert a._sources.kept(f) and not pa._sources.kept(f)
                assert a.by_kind(f) == pa.by_kind(f)
                assert sorted(a.by_organisation(f), key=repr) == sorted(
                    pa.by_organisation(f), key=repr
                )
                assert sorted(a.by_category(f, "-"), key=repr) == sorted(
                    pa.by_category(f, "-"), key=repr
                )
                assert a.by_month(f) == pa.by_month(f)
                assert a.people(f) == pa.people(f), f
                assert a.minutes_by_day(f) == pa.minutes_by_day(f)
                assert d.by_person(f) == pd.by_person(f), f
                assert d.categories(f) == pd.categories(f)
                assert d.beneficiaries(f) == pd.beneficiaries(f)
                cuts = (date(2025, 6, 15), date(2026, 1, 1), start + timedelta(days=3))
                by_day = pa.minutes_by_day(f)
                expected: dict[date, int] = {}
                for (day, _kind), minutes in by_day.items():
                    first = max([start, *(c for c in cuts if start < c <= day)])
                    expected[first] = expected.get(first, 0) + minutes
                assert a.minutes_by_stretch(f, cuts) == expected


def test_a_refused_import_leaves_the_totals_kept_by_the_database(
    ledger: Ledger, tmp_path: Path
) -> None:
    """A bulk write sets the SQLite triggers aside inside its transaction: a refused file
    rolls that back too, and later writes are totalled again."""
    _people(ledger)
    table = tmp_path / "bad.csv"
    table.write_text(
        "date,person,organisation,kind,hours\n"
        "2026-03-02,Budi Santoso,Yayasan Pelita,volunteer,2\n"
        "2026-13-40,Budi Santoso,Yayasan Pelita,volunteer,2\n",
        encoding="utf-8",
    )
    with pytest.raises(OkuvolError):
        ledger.importing.run(table, ImportOptions("okuvol-csv"))
    rng = random.Random(9)
    for _ in range(10):
        ledger.entries.log(_random_entry(rng, ledger))
    found = ledger.totals.check()
    assert found.entries == 10 and found.kept_rows > 0
    _assert_agree(ledger)
