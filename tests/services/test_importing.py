"""Importing other trackers' files: every sample read, totals as the files say, all or nothing,
never twice."""

from __future__ import annotations

import csv
import re
import sqlite3
from datetime import time
from pathlib import Path

import pytest

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.kinds import EntrySource, WorkKind
from okuvol_desktop.domain.progress import Cancelled
from okuvol_desktop.interchange.dates import DateOrder
from okuvol_desktop.services.importing import ImportOptions, ImportRefused, ImportReport
from okuvol_desktop.services.ledger import Ledger
from tests.dbstate import snapshot

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
P, V = WorkKind.PROFESSIONAL, WorkKind.VOLUNTEER


def _hms(text: str) -> int:
    """Seconds in ``HH:MM:SS`` (Toggl, Clockify); Tuttle's spreadsheet wrote ``02:00:00 AM``."""
    text = text.replace(" AM", "").replace(" PM", "")
    hours, minutes, seconds = (int(p) for p in text.split(":"))
    return (hours % 12 if "AM" in text else hours) * 3600 + minutes * 60 + seconds


def _file_seconds(path: Path, column: str) -> list[int]:
    """The duration of every row as the file itself states it."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [_hms(row[column]) for row in csv.DictReader(handle)]


def rounded_minutes(seconds: int) -> int:
    """The rule: a length in seconds to the nearest minute, half a minute up."""
    return (seconds + 30) // 60


def _run(ledger: Ledger, path: Path, **options: object) -> ImportReport:
    fmt = str(options.pop("format"))
    return ledger.importing.run(path, ImportOptions(format=fmt, **options))  # type: ignore[arg-type]


def _entries(ledger: Ledger) -> list[object]:
    from okuvol_desktop.services.listing import LogQuery

    return [line.entry for line in ledger.listing.page(LogQuery(), limit=10_000)]


# --- every sample ---------------------------------------------------------------------------

# (sample, format, its duration column, the order of its dates when it cannot tell)
CSV_SAMPLES = [
    (
        "toggl/Vages_toggl-til-ubw__Toggl_time_entries_2018-10-08_to_2018-10-14.csv",
        "toggl",
        "Duration",
        None,
    ),
    ("toggl/solidtime__toggl_time_entries_import_test_1.csv", "toggl", "Duration", None),
    ("toggl/solidtime__toggl_time_entries_import_test_2.csv", "toggl", "Duration", None),
    (
        "clockify/solidtime__clockify_time_entries_import_test_1.csv",
        "clockify",
        "Duration (h)",
        DateOrder.MDY,
    ),
    (
        "clockify/solidtime__clockify_time_entries_import_test_2.csv",
        "clockify",
        "Duration (h)",
        None,
    ),
    (
        "clockify/solidtime__clockify_time_entries_import_test_4.csv",
        "clockify",
        "Duration (h)",
        DateOrder.MDY,
    ),
    (
        "clockify/solidtime__clockify_time_entries_import_test_5.csv",
        "clockify",
        "Duration (h)",
        DateOrder.MDY,
    ),
    (
        "clockify/solidtime__clockify_time_entries_import_test_6.csv",
        "clockify",
        "Duration (h)",
        DateOrder.MDY,
    ),
]


@pytest.mark.parametrize(
    ("sample", "fmt", "column", "order"), CSV_SAMPLES, ids=lambda v: str(v)[:40]
)
def test_tracker_csv_totals_match_the_files_own_durations(
    ledger: Ledger, sample: str, fmt: str, column: str, order: DateOrder | None
) -> None:
    path = SAMPLES / sample
    stated = _file_seconds(path, column)
    report = _run(
        ledger, path, format=fmt, kind=V, organisation="Yayasan", timezone="UTC", date_order=order
    )
    # The rule: a span under a minute is left out; any other keeps its length to the nearest
    # minute, so the ledger's total is the file's, row by row.
    long_enough = [s for s in stated if s >= 60]
    assert report.added == len(long_enough)
    assert report.short == len(stated) - len(long_enough)
    minutes = sorted(e.minutes for e in _entries(ledger))  # type: ignore[attr-defined]
    assert minutes == sorted(rounded_minutes(s) for s in long_enough)
    assert sum(report.minutes.values()) == sum(minutes)  # a Billable "Yes" row is paid work


def test_toggl_re_saved_by_a_spreadsheet_recomputes_durations_from_12_hour_times(
    ledger: Ledger,
) -> None:
    path = SAMPLES / "toggl/tuttle-dev_tuttle__test_time_tracking_toggl.csv"
    report = _run(ledger, path, format="toggl", kind=P, timezone="Europe/Berlin")
    assert report.added == 29
    first = min(_entries(ledger), key=lambda e: (e.date, e.start))  # type: ignore[attr-defined]
    assert (first.start, first.end, first.minutes) == (time(10, 30), time(12, 30), 120)
    # The file's Duration column is mangled into clock times ("12:20:00 AM" for 20 minutes);
    # the totals come from start and end instead: 42 h 20 min.
    assert report.minutes[P] == 42 * 60 + 20


def test_toggl_maps_user_client_project_tags_and_billable(ledger: Ledger) -> None:
    path = SAMPLES / "toggl/solidtime__toggl_time_entries_import_test_1.csv"
    report = _run(ledger, path, format="toggl", timezone="UTC")  # billable "Yes" says paid
    assert (report.people, report.organisations) == (["Peter Tester"], ["Big Company"])
    assert report.roles == ["Project for Big Company (Peter Tester, Big Company)"]
    (entry,) = _entries(ledger)
    assert entry.kind is P and entry.description == "Task 1 — Working hard"  # type: ignore[attr-defined]
    assert entry.source is EntrySource.IMPORT  # type: ignore[attr-defined]


def test_hostile_special_characters_survive(ledger: Ledger) -> None:
    path = SAMPLES / "clockify/solidtime__clockify_time_entries_import_test_2.csv"
    _run(ledger, path, format="clockify", kind=V, timezone="UTC")
    (entry,) = _entries(ledger)
    assert entry.description.startswith("A giant task — \\\\ 🔥 Special characters")  # type: ignore[attr-defined]


def test_clockify_with_a_client_column_the_rows_lack(ledger: Ledger) -> None:
    path = SAMPLES / "clockify/solidtime__clockify_time_entries_import_test_7.csv"
    report = _run(
        ledger,
        path,
        format="clockify",
        kind=V,
        organisation="Yayasan",
        timezone="UTC",
        date_order=DateOrder.MDY,
    )
    assert report.added == 1 and report.minutes[P] == 60  # its Billable says "Yes"


@pytest.mark.parametrize(
    "name", ["kimai_2.66_csv_export_header_en.csv", "kimai_2.66_csv_export_header_de.csv"]
)
def test_kimai_headers_in_english_and_german_are_understood(ledger: Ledger, name: str) -> None:
    report = _run(ledger, SAMPLES / "kimai" / name, format="kimai", kind=V)
    assert (report.rows, report.added) == (0, 0)


def test_kimai_older_column_order(ledger: Ledger) -> None:
    path = SAMPLES / "kimai/kimai_importer_timesheet_example.csv"
    report = _run(ledger, path, format="kimai", kind=P, timezone="Europe/Berlin")
    (entry,) = _entries(ledger)
    assert entry.minutes == 7260 // 60  # type: ignore[attr-defined]
    assert report.organisations == ["Customer LLC"]


def _summary_total(path: Path) -> int:
    """The grand total at the foot of `timew summary` (h:mm:ss), in minutes."""
    last = [line for line in path.read_text().splitlines() if line.strip()][-1]
    hours, minutes, _seconds = (int(p) for p in last.strip().split(":"))
    return hours * 60 + minutes


@pytest.mark.parametrize("name", ["2026-03.data", "timew_export.json", "extension_stdin.txt"])
def test_timewarrior_totals_match_its_own_summary(ledger: Ledger, name: str) -> None:
    path = SAMPLES / "timewarrior_generated" / name
    report = _run(
        ledger, path, format="timewarrior", person="Ani", organisation="Yayasan", kind=V,
        timezone="UTC",
    )  # fmt: skip
    summary = SAMPLES / "timewarrior_generated/timew_summary.txt"
    assert report.added == 3
    # A "billable" tag says paid work, a "volunteer" tag volunteering; --kind fills the rest.
    assert sum(report.minutes.values()) == _summary_total(summary) == 190
    by_start = {e.start: e for e in _entries(ledger)}  # type: ignore[attr-defined]
    # Each line of the summary: start, end and time as the user saw them.
    for start, end, spent in re.findall(
        r"(\d+:\d\d):00 +(\d+:\d\d):00 +(\d+:\d\d):00", summary.read_text()
    ):
        entry = by_start[time.fromisoformat(start.zfill(5))]
        assert entry.end == time.fromisoformat(end.zfill(5))
        hours, minutes = (int(p) for p in spent.split(":"))
        assert entry.minutes == hours * 60 + minutes
    annotated = by_start[time(8, 45)]
    assert annotated.description == "sorted invoices" and annotated.skills == ("admin",)
    assert by_start[time(9, 0)].skills == (
        "website redesign",
    )  # client: and billable are not skills


def _timewarrior_in(ledger: Ledger, timezone: str) -> None:
    path = SAMPLES / "timewarrior_generated/2026-03.data"
    _run(
        ledger,
        path,
        format="timewarrior",
        person="Ani",
        organisation="Y",
        kind=V,
        timezone=timezone,
    )


def test_utc_stamps_become_local_dates_and_times_east_of_utc(ledger: Ledger) -> None:
    _timewarrior_in(ledger, "Asia/Jakarta")
    starts = sorted((e.date.isoformat(), e.start) for e in _entries(ledger))  # type: ignore[attr-defined]
    assert starts == [
        ("2026-03-02", time(16, 0)),
        ("2026-03-02", time(18, 0)),
        ("2026-03-03", time(15, 45)),
    ]


def test_utc_stamps_become_local_dates_and_times_west_of_utc(ledger: Ledger) -> None:
    _timewarrior_in(ledger, "America/Los_Angeles")
    starts = sorted((e.date.isoformat(), e.start) for e in _entries(ledger))  # type: ignore[attr-defined]
    assert starts[0] == ("2026-03-02", time(1, 0))  # 09:00 UTC is 01:00 in California (PST)


def test_the_same_spans_for_another_person_are_that_persons_work(ledger: Ledger) -> None:
    path = SAMPLES / "timewarrior_generated/2026-03.data"
    _run(ledger, path, format="timewarrior", person="Ani", organisation="Y", kind=V, timezone="UTC")
    again = _run(
        ledger, path, format="timewarrior", person="Bo", organisation="Y", kind=V, timezone="UTC"
    )
    assert (again.added, again.already_imported) == (3, 0)
    same = _run(
        ledger, path, format="timewarrior", person="Bo", organisation="Y", kind=V, timezone="UTC"
    )
    assert (same.added, same.already_imported) == (0, 3)


def test_timewarrior_tags_say_the_kind_and_name_the_organisation(ledger: Ledger) -> None:
    path = SAMPLES / "timewarrior_generated/timew_export.json"
    with pytest.raises(ImportRefused) as refused:
        _run(ledger, path, format="timewarrior", person="Ani", timezone="UTC")
    # The first two intervals say their kind (billable, volunteer) and the first its client;
    # the third says neither.
    assert refused.value.total == 2
    assert [p.line for p in refused.value.problems] == [3, 4]


@pytest.mark.parametrize("name", ["frames.json", "watson_log.json", "watson_log.csv"])
def test_watson_frames_and_logs(ledger: Ledger, name: str) -> None:
    path = SAMPLES / "watson_generated" / name
    report = _run(
        ledger, path, format="watson", person="Ani", organisation="Y", kind=P, timezone="UTC"
    )
    assert report.added == 3 and sum(report.minutes.values()) == 190
    assert sorted(report.roles) == ["acme (Ani, Y)", "admin (Ani, Y)", "foodbank (Ani, Y)"]


def test_watson_state_holds_only_a_running_frame(ledger: Ledger) -> None:
    path = SAMPLES / "watson_generated/state.json"
    report = _run(ledger, path, format="watson", person="Ani", organisation="Y", kind=P)
    assert (report.added, report.running) == (0, [1])


@pytest.mark.parametrize(
    "name", ["watson_report.json", "watson_aggregate.json", "watson_report.txt"]
)
def test_watson_reports_are_refused_with_what_to_import_instead(ledger: Ledger, name: str) -> None:
    with pytest.raises(OkuvolError, match="frames"):
        _run(
            ledger,
            SAMPLES / "watson_generated" / name,
            format="watson",
            person="A",
            organisation="Y",
            kind=P,
        )


# --- twice, dry run, cancel -----------------------------------------------------------------

VAGES = SAMPLES / "toggl/Vages_toggl-til-ubw__Toggl_time_entries_2018-10-08_to_2018-10-14.csv"


def test_importing_the_same_file_twice_adds_nothing(ledger: Ledger, db_location: str) -> None:
    first = _run(
        ledger, VAGES, format="toggl", kind=P, organisation="Entur", timezone="Europe/Oslo"
    )
    before = snapshot(db_location)
    second = _run(
        ledger, VAGES, format="toggl", kind=P, organisation="Entur", timezone="Europe/Oslo"
    )
    assert (first.added, second.added, second.already_imported) == (19, 0, 19)
    assert second.people == [] and second.roles == []
    assert first.minutes[P] > 0 and second.minutes[P] == 0  # hours of rows passed over: none
    assert snapshot(db_location) == before


def test_a_dry_run_reports_and_writes_nothing(ledger: Ledger, db_location: str) -> None:
    before = snapshot(db_location)
    report = _run(ledger, VAGES, format="toggl", kind=P, organisation="Entur", dry_run=True)
    assert report.dry_run and report.added == 19
    assert report.people == ["Eirik Example"] and report.organisations == ["Entur"]
    assert len(report.roles) == 3 and report.minutes[P] > 48 * 60
    assert snapshot(db_location) == before


def test_cancelling_leaves_nothing(ledger: Ledger, db_location: str) -> None:
    class StopAtOnce:
        def report(self, done: int, total: int) -> None:
            pass

        def cancelled(self) -> bool:
            return True

    before = snapshot(db_location)
    with pytest.raises(Cancelled):
        ledger.importing.run(VAGES, ImportOptions("toggl", kind=P, organisation="E"), StopAtOnce())
    assert snapshot(db_location) == before


def test_local_times_are_read_in_the_zone_given(ledger: Ledger) -> None:
    _run(ledger, VAGES, format="toggl", kind=P, organisation="Entur", timezone="Europe/Oslo")
    first = min(_entries(ledger), key=lambda e: (e.date, e.start))  # type: ignore[attr-defined]
    assert (first.start, first.timezone) == (time(7, 30), "Europe/Oslo")


# --- broken files ---------------------------------------------------------------------------


def _toggl_with(tmp_path: Path, lines: list[str]) -> Path:
    header = (
        "User,Email,Client,Project,Task,Description,Billable,"
        "Start date,Start time,End date,End time,Duration,Tags"
    )
    path = tmp_path / "toggl.csv"
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


GOOD = "Ani,a@x.org,Yayasan,Tutor,,Reading,No,2026-03-02,09:00:00,2026-03-02,10:00:00,01:00:00,"


def test_a_bad_date_on_one_line_imports_nothing_and_names_the_line(
    ledger: Ledger, db_location: str, tmp_path: Path
) -> None:
    bad = GOOD.replace("2026-03-02,09", "2026-02-30,09")
    later = GOOD.replace("09:00:00", "11:00:00").replace("10:00:00,01", "12:00:00,01")
    path = _toggl_with(tmp_path, [GOOD, later, bad, GOOD.replace("2026-03-02", "2026-03-03")])
    before = snapshot(db_location)
    with pytest.raises(ImportRefused) as refused:
        _run(ledger, path, format="toggl", kind=V)
    message = str(refused.value)
    assert "rows that cannot be imported: 1" in message
    assert "Line 4: the start date '2026-02-30' is not a date (this file's dates are" in message
    assert snapshot(db_location) == before


def test_many_bad_rows_show_the_first_five_and_the_count(ledger: Ledger, tmp_path: Path) -> None:
    rows = [
        GOOD.replace("09:00:00,2026", f"{h:02d}:00:00,2026").replace("10:00:00", "25:00:00")
        for h in range(8)
    ]
    path = _toggl_with(tmp_path, [GOOD, *rows])
    with pytest.raises(ImportRefused) as refused:
        _run(ledger, path, format="toggl", kind=V)
    assert refused.value.total == 8
    assert [p.line for p in refused.value.problems] == [3, 4, 5, 6, 7]


def test_rules_of_the_ledger_refuse_rows_from_the_future(ledger: Ledger, tmp_path: Path) -> None:
    path = _toggl_with(tmp_path, [GOOD.replace("2026-03-02", "2027-01-04")])
    with pytest.raises(ImportRefused, match="Line 2: .*future"):
        _run(ledger, path, format="toggl", kind=V)


def test_a_wrong_header_says_which_column_is_missing(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Name,When,How long\nAni,2026-03-02,1\n")
    with pytest.raises(OkuvolError, match="no 'start date' column"):
        _run(ledger, path, format="toggl", kind=V)


def test_a_truncated_file(ledger: Ledger, db_location: str, tmp_path: Path) -> None:
    whole = (SAMPLES / "timewarrior_generated/timew_export.json").read_text()
    cut = tmp_path / "cut.json"
    cut.write_text(whole[: len(whole) // 2])
    before = snapshot(db_location)
    with pytest.raises(OkuvolError, match="not complete JSON"):
        _run(ledger, cut, format="timewarrior", person="A", organisation="Y", kind=V)
    csv_cut = tmp_path / "cut.csv"
    csv_cut.write_text(VAGES.read_text(encoding="utf-8-sig")[:700], encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"Line \d+: the start date '' is not a date"):
        _run(ledger, csv_cut, format="toggl", kind=P, organisation="E")
    assert snapshot(db_location) == before


def test_binary_garbage_and_an_empty_file(ledger: Ledger, db_location: str, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(bytes(range(256)) * 8)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    before = snapshot(db_location)
    for fmt in ("toggl", "clockify", "kimai", "okuvol-csv", "timewarrior", "watson"):
        with pytest.raises(OkuvolError, match="not text in UTF-8|cannot be read as CSV"):
            _run(ledger, garbage, format=fmt, person="A", organisation="Y", kind=V)
        with pytest.raises(OkuvolError, match="empty"):
            _run(ledger, empty, format=fmt, person="A", organisation="Y", kind=V)
    assert snapshot(db_location) == before


def test_an_unknown_format_and_a_missing_file(ledger: Ledger, tmp_path: Path) -> None:
    with pytest.raises(OkuvolError, match="not a format okuvol imports"):
        _run(ledger, VAGES, format="excel")
    with pytest.raises(OkuvolError, match="There is no file"):
        _run(ledger, tmp_path / "nope.csv", format="toggl")


def _toggl_span(number: int, description: str) -> str:
    """The ``number``-th span of ten minutes from 1 January 2026, 06:00, as a Toggl row."""
    from datetime import datetime, timedelta

    start = datetime(2026, 1, 1, 6) + timedelta(minutes=10 * number)
    end = start + timedelta(minutes=10)
    return (
        f"Ani,a@x.org,Yayasan,Tutor,,{description},No,{start:%Y-%m-%d},{start:%H:%M:%S},"
        f"{end:%Y-%m-%d},{end:%H:%M:%S},00:10:00,"
    )


def test_a_span_repeated_far_down_the_file_is_one_entry(ledger: Ledger, tmp_path: Path) -> None:
    first_ten = [_toggl_span(n, "Earlier") for n in range(10)]
    _run(ledger, _toggl_with(tmp_path, first_ten), format="toggl", kind=V)
    new = [_toggl_span(100 + n, "Reading") for n in range(2_000)]
    # The first batch of 2,000 rows then holds 10 known ones; the last line repeats a new row
    # of that batch, which must be found although its batch was not a full one.
    path = _toggl_with(tmp_path, [*first_ten, *new, new[5]])
    report = _run(ledger, path, format="toggl", kind=V)
    assert (report.added, report.already_imported, report.repeated) == (2_000, 10, 1)
    added = [e for e in _entries(ledger) if e.description == "Reading"]  # type: ignore[attr-defined]
    assert len(added) == 2_000
    assert report.minutes[V] == sum(e.minutes for e in added)


def _indexes(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as con:
        return sorted(
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        )


def test_a_large_import_builds_the_indexes_again_and_a_refused_one_keeps_them(
    ledger: Ledger, db_path: Path, tmp_path: Path
) -> None:
    from tests.benchmarks.test_import_speed import write_rows

    before = _indexes(db_path)
    big = write_rows(tmp_path / "big.csv", 20_500)  # large enough to build indexes at the end
    report = _run(ledger, big, format="okuvol-csv", timezone="Asia/Jakarta")
    assert report.added == 20_500
    assert _indexes(db_path) == before
    with sqlite3.connect(db_path) as con:
        plan = con.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM entry "
            "WHERE person_id = 1 AND work_date > '2024-01-01'"
        ).fetchall()
    assert "ix_entry_person_date" in str(plan)
    lines = big.read_text(encoding="utf-8").splitlines()
    lines[-1] = "2099-01-01" + lines[-1][10:]  # a date in the future on the last line
    broken = tmp_path / "broken.csv"
    broken.write_text(
        "\n".join(lines[:1] + [ln.replace("Work item", "Other item") for ln in lines[1:]])
    )
    with pytest.raises(ImportRefused):
        _run(ledger, broken, format="okuvol-csv")
    assert _indexes(db_path) == before


def test_the_report_counts_imported_spans_that_overlap(ledger: Ledger, tmp_path: Path) -> None:
    def row(person: str, start: str, end: str, description: str) -> str:
        return (
            f"{person},x@x.org,Yayasan,Tutor,,{description},No,"
            f"2026-03-02,{start},2026-03-02,{end},,"
        )

    first = _toggl_with(tmp_path, [row("Ani", "12:30:00", "12:45:00", "Earlier")])
    _run(ledger, first, format="toggl", kind=V)
    lines = [
        row("Ani", "09:00:00", "10:00:00", "Reading"),  # overlaps the next
        row("Ani", "09:30:00", "11:00:00", "Writing"),  # overlaps the one before
        row("Ani", "11:00:00", "12:00:00", "Sums"),  # starts as the one before ends: apart
        row("Ani", "12:00:00", "13:00:00", "Games"),  # holds the entry imported before
        row("Budi", "09:00:00", "10:00:00", "Reading"),  # another person: apart
    ]
    dry = _run(ledger, _toggl_with(tmp_path, lines), format="toggl", kind=V, dry_run=True)
    report = _run(ledger, _toggl_with(tmp_path, lines), format="toggl", kind=V)
    assert (dry.overlapping, report.overlapping, report.added) == (3, 3, 5)
    again = _run(ledger, _toggl_with(tmp_path, lines), format="toggl", kind=V)
    assert (again.added, again.overlapping) == (0, 0)
