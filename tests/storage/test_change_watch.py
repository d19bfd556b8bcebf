"""The window learns that the ledger changed, whoever changed it, without reading its tables."""

from __future__ import annotations

import time

from okuvol_desktop.services.ledger import Ledger


def _soon(check: object, seconds: float = 3.0) -> bool:
    """Whether ``check()`` says True within ``seconds`` (a NOTIFY crosses a socket)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def test_a_change_by_another_connection_is_seen_once(ledger: Ledger, db_location: str) -> None:
    watch = ledger.changes.watch()
    try:
        assert not watch.changed()
        other = Ledger.open(db_location, timezone="UTC")  # another okuvol, or another person
        try:
            other.people.add("Budi Santoso")
        finally:
            other.close()
        assert _soon(watch.changed)
        assert not watch.changed()  # said once
    finally:
        watch.close()


def test_a_change_made_here_is_seen_at_once_and_reading_is_no_change(ledger: Ledger) -> None:
    watch = ledger.changes.watch()
    try:
        ledger.people.add("Siti Rahmawati")
        assert watch.changed()
        _soon(watch.changed, seconds=0.3)  # the database's own notice of it may follow
        ledger.people.by_name()
        assert not _soon(watch.changed, seconds=0.3)
    finally:
        watch.close()


def test_a_closed_watch_no_longer_listens(ledger: Ledger) -> None:
    watch = ledger.changes.watch()
    watch.close()
    ledger.people.add("Siti Rahmawati")  # its commit hook is gone: nothing to trip over
    watch.close()  # twice is harmless
