"""Benchmarks run on their own: `python -m pytest tests/benchmarks -s` (see README)."""

from __future__ import annotations

import os
from datetime import date

import pytest

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import RoleDetails
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.entries import EntryInput, LogEntry
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.storage.database import open_database
from tests.conftest import FixedClock

# How many entries the benchmarks generate; a smaller number gives a quick trial run.
ENTRIES = int(os.environ.get("OKUVOL_BENCH_ENTRIES", "1000000"))
COUNT = int(os.environ.get("OKUVOL_BENCH_CERTIFICATES", "1000"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.benchmark)


@pytest.fixture(scope="session")
def ledger_with_volunteers(tmp_path_factory: pytest.TempPathFactory) -> Ledger:
    path = tmp_path_factory.mktemp("certs") / "ledger.sqlite3"
    db = open_database(str(path))
    ledger = Ledger.create(ServiceContext(db.sessions, FixedClock(), "Asia/Jakarta"))
    ledger.organisations.add(
        "Yayasan Pelita Anak", signatory_name="Dr. Ratna Kusuma", signatory_title="Ketua"
    )
    for index in range(COUNT):
        name = f"Relawan Nomor {index:04d}"
        ledger.people.add(name)
        ledger.roles.add(
            ledger.names.person(name),
            ledger.names.organisation("1"),
            WorkKind.VOLUNTEER,
            RoleDetails(title="Reading tutor"),
        )
        entry = ledger.entries.log(
            LogEntry(
                ledger.names.person(name),
                ledger.names.organisation("1"),
                EntryInput(
                    date(2026, 3, 1 + index % 28),
                    hours=2,
                    category=ledger.names.category("education"),
                ),
            )
        )  # type: ignore[arg-type]
        ledger.approvals.approve([entry.id])
    return ledger
