"""The import wizard's guess of a file's format, on every sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from okuvol_desktop.interchange.sniff import guess_format

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("toggl/solidtime__toggl_time_entries_import_test_2.csv", "toggl"),
        ("toggl/tuttle-dev_tuttle__test_time_tracking_toggl.csv", "toggl"),
        ("clockify/solidtime__clockify_time_entries_import_test_1.csv", "clockify"),
        ("clockify/solidtime__clockify_time_entries_import_test_7.csv", "clockify"),
        ("kimai/kimai_2.66_csv_export_header_de.csv", "kimai"),
        ("kimai/kimai_importer_timesheet_example.csv", "kimai"),
        ("timewarrior_generated/2026-03.data", "timewarrior"),
        ("timewarrior_generated/timew_export.json", "timewarrior"),
        ("timewarrior_generated/extension_stdin.txt", "timewarrior"),
        ("watson_generated/frames.json", "watson"),
        ("watson_generated/watson_log.json", "watson"),
        ("watson_generated/watson_log.csv", "watson"),
        ("watson_generated/state.json", "watson"),
        ("made_here/watson-state-idle.json", "watson"),
        ("made_here/watson-frames.json", "watson"),
        ("made_here/timew-2026-03.data", "timewarrior"),
        ("README.md", None),
    ],
)
def test_every_sample_is_recognised(sample: str, expected: str | None) -> None:
    assert guess_format(SAMPLES / sample) == expected


def test_okuvol_files_are_recognised(tmp_path: Path) -> None:
    csv = tmp_path / "a.csv"
    csv.write_text(
        "date,start,end,minutes,person,organisation,kind,role,category,description,status\n"
    )
    assert guess_format(csv) == "okuvol-csv"
    whole = tmp_path / "a.json"
    whole.write_text('{"format": "okuvol-json", "version": 1, "tables": {}}')
    assert guess_format(whole) == "okuvol-json"
    assert guess_format(tmp_path / "missing.csv") is None


def test_semicolons_start_date_and_workbooks_are_recognised(tmp_path: Path) -> None:
    semicolons = tmp_path / "de.csv"
    semicolons.write_text(
        "\ufeffUser;Email;Client;Project;Task;Description;Billable;Start date;Start time;"
        "End date;End time;Duration;Tags\r\n",
        encoding="utf-8",
    )
    assert guess_format(semicolons) == "toggl"
    clockify = tmp_path / "clockify.csv"
    clockify.write_text("Project,Client,Description,User,Start Date,Start Time,End Date,End Time\n")
    assert guess_format(clockify) == "clockify"
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Datum", "Von", "Bis", "Dauer", "Name", "Kunde", "Projekt"])
    workbook = tmp_path / "kimai.xlsx"
    book.save(workbook)
    assert guess_format(workbook) == "kimai"
