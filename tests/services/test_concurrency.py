"""Several clients at once: concurrent writers lose nothing, on SQLite and on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.domain.period import Period
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.stats import StatsQuery
from tests.dbstate import count

PROCESSES, EACH = 8, 250

_WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date, time, timedelta
    from okuvol_desktop.domain.kinds import WorkKind
    from okuvol_desktop.services.entries import EntryInput, LogEntry
    from okuvol_desktop.services.ledger import Ledger

    location, person, each = sys.argv[1], sys.argv[2], int(sys.argv[3])
    ledger = Ledger.open(location, timezone="Asia/Jakarta")
    writer = ledger.names.person(person)
    harapan = ledger.names.organisation("RS Harapan")
    sys.stdin.readline()  # start together
    for n in range(each):
        day = date(2025, 1, 1) + timedelta(days=n)
        details = EntryInput(date=day, start=time(9), end=time(10))
        ledger.entries.log(LogEntry(writer, harapan, details, kind=WorkKind.VOLUNTEER))
    ledger.close()
    """
)


def test_eight_processes_logging_at_once_lose_no_entry(ledger: Ledger, db_location: str) -> None:
    ledger.organisations.add("RS Harapan")
    for n in range(PROCESSES):
        ledger.people.add(f"Writer {n}")
        ledger.roles.add(
            ledger.names.person(f"Writer {n}"),
            ledger.names.organisation("RS Harapan"),
            WorkKind.VOLUNTEER,
            RoleDetails(title="Tutor"),
        )
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, db_location, f"Writer {n}", str(EACH)],
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(PROCESSES)
    ]
    for writer in writers:  # all connected; now all write at once
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        _out, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err[-2000:]
    assert count(db_location) == PROCESSES * EACH
    stats = ledger.stats.stats(StatsQuery(Period.year(2025)))
    assert stats.entries == PROCESSES * EACH and stats.total_minutes == PROCESSES * EACH * 60


def test_approvals_and_stats_stay_right_while_others_write(
    ledger: Ledger, db_location: str
) -> None:
    from okuvol_desktop.domain.kinds import EntryStatus
    from okuvol_desktop.services.listing import LogQuery

    ledger.organisations.add("RS Harapan")
    for n in range(4):
        ledger.people.add(f"Writer {n}")
        ledger.roles.add(
            ledger.names.person(f"Writer {n}"),
            ledger.names.organisation("RS Harapan"),
            WorkKind.VOLUNTEER,
            RoleDetails(title="Tutor"),
        )
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, db_location, f"Writer {n}", "150"],
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    approved = 0
    while any(w.poll() is None for w in writers):  # a coordinator approves as hours arrive
        submitted = ledger.listing.page(LogQuery(status=EntryStatus.SUBMITTED), limit=500)
        approved += ledger.approvals.approve([line.entry.id for line in submitted])
        # The queue's lines lose their first days here while the writers add last days.
        assert ledger.totals.check().differences == ()
    for writer in writers:
        _out, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err[-2000:]
    submitted = ledger.listing.page(LogQuery(status=EntryStatus.SUBMITTED), limit=1000)
    approved += ledger.approvals.approve([line.entry.id for line in submitted])
    assert approved == 600 == count(db_location)
    assert ledger.totals.check().differences == ()
    assert ledger.approvals.queue_start(10).groups == 0
    year = ledger.stats.stats(StatsQuery(Period.year(2025), approved_only=True))
    assert year.entries == 600 and year.total_minutes == 600 * 60
