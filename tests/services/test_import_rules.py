"""The import rules that real files from other trackers put to the test: the order of day and
month, what the options fill and force, Billable in other languages, timers left running,
seconds, the same span in another form or for another person, Timewarrior's own quoting,
semicolons, Watson's lines and files, and Kimai's own export (CSV and Excel).

Every file here is written by the test or made by the real program (tests/samples/made_here,
with the script that made them)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.interchange.dates import DateOrder, DateOrderNeeded
from okuvol_desktop.services.importing import ImportOptions, ImportRefused, ImportReport
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.listing import LogQuery
from tests.dbstate import snapshot

MADE = Path(__file__).resolve().parent.parent / "samples" / "made_here"
P, V = WorkKind.PROFESSIONAL, WorkKind.VOLUNTEER
TOGGL_HEADER = (
    "User,Email,Client,Project,Task,Description,Billable,"
    "Start date,Start time,End date,End time,Duration,Tags"
)


def _run(ledger: Ledger, path: Path, fmt: str, **options: object) -> ImportReport:
    return ledger.importing.run(path, ImportOptions(format=fmt, **options))  # type: ignore[arg-type]


def _entries(ledger: Ledger) -> list[object]:
    return [line.entry for line in ledger.listing.page(LogQuery(), limit=10_000)]


def _file(tmp_path: Path, name: str, lines: list[str], *, newline: str = "\n") -> Path:
    path = tmp_path / name
    path.write_text(newline.join(lines) + newline, encoding="utf-8")
    return path


def _toggl(tmp_path: Path, *rows: str, name: str = "toggl.csv") -> Path:
    return _file(tmp_path, name, [TOGGL_HEADER, *rows])


def _row(
    day: str,
    start: str = "09:00:00",
    end: str = "10:00:00",
    *,
    user: str = "Ani",
    client: str = "",
    billable: str = "No",
    tags: str = "",
    end_day: str | None = None,
) -> str:
    return (
        f"{user},a@x.org,{client},Tutor,,Reading,{billable},{day},{start},"
        f"{end_day or day},{end},,{tags}"
    )


# --- 1. the order of day and month -------------------------------------------------------------


def test_day_first_dates_are_read_day_first_throughout(ledger: Ledger, tmp_path: Path) -> None:
    path = _toggl(tmp_path, _row("03/02/2026"), _row("21/01/2026"), _row("12/02/2026"))
    report = _run(ledger, path, "toggl", kind=V, organisation="Y", timezone="UTC")
    assert report.date_order is DateOrder.DMY and not report.date_order_given
    days = sorted(e.date for e in _entries(ledger))  # type: ignore[attr-defined]
    assert days == [date(2026, 1, 21), date(2026, 2, 3), date(2026, 2, 12)]


def test_month_first_dates_are_read_month_first_throughout(ledger: Ledger, tmp_path: Path) -> None:
    path = _toggl(tmp_path, _row("03/02/2026"), _row("01/21/2026"))
    report = _run(ledger, path, "toggl", kind=V, organisation="Y", timezone="UTC")
    assert report.date_order is DateOrder.MDY
    assert sorted(e.date for e in _entries(ledger)) == [  # type: ignore[attr-defined]
        date(2026, 1, 21),
        date(2026, 3, 2),
    ]


def test_a_file_that_cannot_tell_is_refused_with_both_readings(
    ledger: Ledger, db_location: str, tmp_path: Path
) -> None:
    path = _toggl(tmp_path, _row("03/02/2026"), _row("04/02/2026"))
    before = snapshot(db_location)
    with pytest.raises(DateOrderNeeded) as asked:
        _run(ledger, path, "toggl", kind=V, organisation="Y")
    sample = asked.value.sample
    assert (sample.line, sample.text) == (2, "03/02/2026")
    assert (sample.day_first, sample.month_first) == (date(2026, 2, 3), date(2026, 3, 2))
    assert "--date-order dmy" in str(asked.value) and "2026-02-03" in str(asked.value)
    assert snapshot(db_location) == before
    report = _run(
        ledger, path, "toggl", kind=V, organisation="Y", timezone="UTC", date_order=DateOrder.DMY
    )
    assert report.date_order_given and report.added == 2
    assert min(e.date for e in _entries(ledger)) == date(2026, 2, 3)  # type: ignore[attr-defined]


def test_two_orders_in_one_file_are_refused_naming_both_lines(
    ledger: Ledger, tmp_path: Path
) -> None:
    path = _toggl(tmp_path, _row("21/01/2026"), _row("01/21/2026"))
    with pytest.raises(OkuvolError, match="line 2 has 21/01/2026 .*line 3 has 01/21/2026"):
        _run(ledger, path, "toggl", kind=V, organisation="Y")
    with pytest.raises(OkuvolError, match="--date-order mdy does not fit this file: line 2"):
        _run(
            ledger,
            _toggl(tmp_path, _row("21/01/2026"), name="b.csv"),
            "toggl",
            kind=V,
            organisation="Y",
            date_order=DateOrder.MDY,
        )


def test_dotted_dates_are_day_first_and_iso_needs_no_order(ledger: Ledger, tmp_path: Path) -> None:
    dotted = _toggl(tmp_path, _row("07.06.2022"), name="dots.csv")
    report = _run(ledger, dotted, "toggl", kind=V, organisation="Y", timezone="UTC")
    assert report.date_order is DateOrder.DMY
    iso = _toggl(tmp_path, _row("2022-06-08"), name="iso.csv")
    assert _run(ledger, iso, "toggl", kind=V, organisation="Y").date_order is DateOrder.YMD
    assert sorted(e.date for e in _entries(ledger)) == [  # type: ignore[attr-defined]
        date(2022, 6, 7),
        date(2022, 6, 8),
    ]


# --- 2. the options fill what a row lacks; --force-* override ----------------------------------


def test_kind_and_organisation_fill_only_what_a_row_lacks(ledger: Ledger, tmp_path: Path) -> None:
    path = _toggl(
        tmp_path,
        _row("2026-03-02", billable="Yes", client="Klinik"),
        _row("2026-03-03", billable="No"),
    )
    _run(ledger, path, "toggl", kind=V, organisation="Yayasan", timezone="UTC")
    by_day = {e.date.day: e for e in _entries(ledger)}  # type: ignore[attr-defined]
    assert by_day[2].kind is P  # Billable "Yes" is paid work whatever --kind says
    assert by_day[3].kind is V  # "No" says nothing: --kind fills it
    organisations = {o.id: o.name for o in ledger.organisations.by_name()}
    assert organisations[by_day[2].organisation_id] == "Klinik"  # the file's Client stays
    assert organisations[by_day[3].organisation_id] == "Yayasan"


def test_force_kind_and_force_org_replace_what_rows_say(ledger: Ledger, tmp_path: Path) -> None:
    path = _toggl(tmp_path, _row("2026-03-02", billable="Yes", client="Klinik"))
    _run(ledger, path, "toggl", force_kind=V, force_organisation="Yayasan", timezone="UTC")
    (entry,) = _entries(ledger)
    assert entry.kind is V  # type: ignore[attr-defined]
    assert [o.name for o in ledger.organisations.by_name()] == ["Yayasan"]


def test_timewarrior_client_and_kind_tags_win_over_the_options(ledger: Ledger) -> None:
    report = _run(
        ledger,
        MADE / "timew-2026-03.data",
        "timewarrior",
        person="Ani",
        organisation="Yayasan",
        kind=P,
        timezone="UTC",
    )
    first = min(_entries(ledger), key=lambda e: e.date)  # type: ignore[attr-defined]
    assert first.kind is V  # its "volunteer" tag, though --kind says professional
    organisations = {o.id: o.name for o in ledger.organisations.by_name()}
    assert organisations[first.organisation_id] == "Rumah"  # its client:Rumah tag
    assert sorted(report.organisations) == ["Rumah", "Yayasan"]


# --- 3. Billable in other languages -------------------------------------------------------------


@pytest.mark.parametrize(
    ("billable", "kind"),
    [
        ("Yes", P), ("はい", P), ("Ja", P), ("Oui", P), ("Sí", P), ("Ya", P), ("TRUE", P),
        ("1", P), ("No", V), ("いいえ", V), ("Nein", V), ("Non", V), ("Tidak", V),
        ("false", V), ("0", V), ("", V),
    ],
)  # fmt: skip
def test_billable_in_the_users_language(
    ledger: Ledger, tmp_path: Path, billable: str, kind: WorkKind
) -> None:
    path = _toggl(tmp_path, _row("2026-03-02", billable=billable))
    _run(ledger, path, "toggl", kind=V, organisation="Y", timezone="UTC")
    (entry,) = _entries(ledger)
    assert entry.kind is kind  # type: ignore[attr-defined]


def test_a_billable_word_that_says_neither_is_refused_by_line(
    ledger: Ledger, tmp_path: Path
) -> None:
    path = _toggl(tmp_path, _row("2026-03-02"), _row("2026-03-03", billable="maybe"))
    with pytest.raises(ImportRefused, match="Line 3: the Billable 'maybe' says neither yes nor no"):
        _run(ledger, path, "toggl", kind=V, organisation="Y")


# --- 4 and 8. timers left running for days, and seconds ----------------------------------------


def test_timewarrior_spans_follow_the_rule_for_seconds_and_days(ledger: Ledger) -> None:
    report = _run(
        ledger,
        MADE / "timew-2026-03.data",
        "timewarrior",
        person="Ani",
        organisation="Yayasan",
        timezone="UTC",
    )
    # 16 s and 58 s are left out; 30:29 from 11:00:10 keeps its start to the minute and is
    # 30 minutes; 1:15:30 rounds up to 76; the 54-hour weekend is left out and listed.
    assert report.short == 2
    assert [(s.line, s.minutes) for s in report.long_spans] == [(5, 54 * 60)]
    spans = sorted(
        (e.date.day, e.start, e.end, e.minutes)  # type: ignore[attr-defined]
        for e in _entries(ledger)
    )
    assert spans == [
        (2, time(9, 0), time(10, 30), 90),
        (3, time(11, 0), time(11, 30), 30),
        (9, time(8, 0), time(9, 16), 76),
    ]


def test_the_data_file_and_timew_export_import_the_same(ledger: Ledger) -> None:
    data = _run(
        ledger,
        MADE / "timew-2026-03.data",
        "timewarrior",
        person="Ani",
        organisation="Yayasan",
        timezone="UTC",
    )
    (entry,) = [e for e in _entries(ledger) if e.description]  # type: ignore[attr-defined]
    assert entry.description == 'backslash  and "quotes" # hash'
    assert entry.skills == ("it's", "two words")
    export = _run(
        ledger,
        MADE / "timew-export.json",
        "timewarrior",
        person="Ani",
        organisation="Yayasan",
        timezone="UTC",
    )
    assert (data.added, export.added, export.already_imported) == (3, 0, 3)
    assert (export.short, len(export.long_spans)) == (data.short, len(data.long_spans))


def test_watson_frames_follow_the_rule_and_name_file_lines(ledger: Ledger) -> None:
    report = _run(
        ledger,
        MADE / "watson-frames.json",
        "watson",
        person="Ani",
        organisation="Yayasan",
        timezone="UTC",
    )
    # 1:30:45 is 91 minutes; 20 s is left out; the frame running 63 h over a weekend starts on
    # line 23 of the file (Watson writes each frame over ten lines or more), not "frame 3".
    assert (report.added, report.short) == (2, 1)
    assert [s.line for s in report.long_spans] == [23]
    assert sorted(e.minutes for e in _entries(ledger)) == [91, 240]  # type: ignore[attr-defined]


# --- 5 and 6. the same work: another person, another form --------------------------------------


def test_watson_log_json_then_csv_of_the_same_frames_add_nothing(ledger: Ledger) -> None:
    options = {"person": "Ani", "organisation": "Yayasan", "timezone": "UTC"}
    first = _run(ledger, MADE / "watson-log.json", "watson", **options)
    second = _run(ledger, MADE / "watson-log.csv", "watson", **options)
    frames = _run(ledger, MADE / "watson-frames.json", "watson", **options)
    assert first.added == 2
    assert (second.added, second.already_imported) == (0, 2)
    assert (frames.added, frames.already_imported) == (0, 2)
    assert second.times_read_in == "UTC" and first.times_read_in is None


def test_toggl_with_and_without_amount_and_re_saved_by_excel_add_nothing(
    ledger: Ledger, tmp_path: Path
) -> None:
    plain = _toggl(tmp_path, _row("2022-06-07", "11:45:58", "13:10:30"))
    with_amount = _file(
        tmp_path,
        "amount.csv",
        [TOGGL_HEADER + ",Amount (EUR)", _row("2022-06-07", "11:45:58", "13:10:30") + ",12.50"],
    )
    excel = _file(
        tmp_path,
        "excel.csv",
        [TOGGL_HEADER, _row("6/7/2022", "11:45:58 AM", "1:10:30 PM")],
    )
    first = _run(ledger, plain, "toggl", kind=V, organisation="Y", timezone="UTC")
    again = _run(ledger, with_amount, "toggl", kind=V, organisation="Y", timezone="UTC")
    resaved = _run(
        ledger,
        excel,
        "toggl",
        kind=V,
        organisation="Y",
        timezone="UTC",
        date_order=DateOrder.MDY,  # Excel in English (US) wrote 7 June as 6/7/2022
    )
    assert first.added == 1
    assert (again.added, again.already_imported) == (0, 1)
    assert (resaved.added, resaved.already_imported) == (0, 1)


def test_a_row_repeated_in_one_file_is_not_called_imported_before(
    ledger: Ledger, tmp_path: Path
) -> None:
    path = _toggl(tmp_path, _row("2026-03-02"), _row("2026-03-02"), _row("2026-03-03"))
    report = _run(ledger, path, "toggl", kind=V, organisation="Y", timezone="UTC")
    assert (report.added, report.repeated, report.already_imported) == (2, 1, 0)


# --- 9. semicolons, BOM, CRLF, dotted dates ----------------------------------------------------


def test_excel_in_a_european_language_saves_with_semicolons(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "excel-de.csv"
    lines = [
        TOGGL_HEADER.replace(",", ";"),
        "Ani;a@x.org;;Tutor;;Lesen, Schreiben;Nein;07.06.2022;09:00:00;07.06.2022;10:30:00;;",
    ]
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    report = _run(ledger, path, "toggl", kind=V, organisation="Y", timezone="UTC")
    (entry,) = _entries(ledger)
    assert report.added == 1 and entry.date == date(2022, 6, 7)  # type: ignore[attr-defined]
    assert entry.description == "Lesen, Schreiben" and entry.minutes == 90  # type: ignore[attr-defined]


# --- 10. Watson's files, told apart ---------------------------------------------------------------


def test_watsons_idle_state_and_other_json_are_named_for_what_they_are(
    ledger: Ledger, tmp_path: Path
) -> None:
    with pytest.raises(OkuvolError, match="Watson's state file with no frame running"):
        _run(ledger, MADE / "watson-state-idle.json", "watson", person="A", organisation="Y")
    other = _file(tmp_path, "other.json", ['[{"when": 1}]'])
    with pytest.raises(OkuvolError, match="neither Watson's frames nor `watson log --json`"):
        _run(ledger, other, "watson", person="A", organisation="Y")


def test_a_bad_watson_frame_is_named_by_its_line_in_the_file(
    ledger: Ledger, tmp_path: Path
) -> None:
    text = (MADE / "watson-frames.json").read_text(encoding="utf-8")
    broken = tmp_path / "frames"
    broken.write_text(text.replace("1772442000", '"yesterday"', 1), encoding="utf-8")
    with pytest.raises(ImportRefused, match="Line 2: the start 'yesterday' is not a time"):
        _run(ledger, broken, "watson", person="A", organisation="Y", kind=V)


# --- 11. Kimai, as its own export code writes it -------------------------------------------------

KIMAI_EN = (
    "Date,From,To,Duration,Currency,Price,Internal price,Hourly price,Fixed price,Name,User,"
    "E-mail,Staff number,Customer,Project,Activity,Description,Billable,Tags,Type,category,"
    "Account,Project number,VAT-ID,Order number"
)
KIMAI_DE = (
    "Datum,Von,Bis,Dauer,Währung,Preis,Interner Preis,Preis pro Stunde,Festpreis,Name,Benutzer,"
    "E-Mail,Personalnummer,Kunde,Projekt,Tätigkeit,Beschreibung,Abrechenbar,Schlagworte,Typ,"
    "category,Kundennummer,Projektnummer,Umsatzsteuer-ID,Bestellnummer"
)


def _kimai_row(day: str, start: str, end: str, billable: str, tags: str) -> str:
    return (
        f"{day},{start},{end},1:30,IDR,0,0,0,,Siti Rahma,siti,s@x.org,,Yayasan Pelita,"
        f'Tutoring,Reading,"Stories, songs",{billable},"{tags}",timesheet,work,,,,'
    )


@pytest.mark.parametrize("header", [KIMAI_EN, KIMAI_DE], ids=["english", "german"])
def test_kimai_csv_as_its_csv_renderer_writes_it(
    ledger: Ledger, tmp_path: Path, header: str
) -> None:
    path = _file(
        tmp_path,
        "kimai.csv",
        [
            header,
            _kimai_row("2026-03-02", "09:00", "10:30", "", "volunteer, reading"),
            _kimai_row("2026-03-02", "23:00", "01:00", "1", "night"),  # past midnight
        ],
    )
    report = _run(ledger, path, "kimai", kind=V, timezone="Asia/Jakarta")
    assert report.people == ["Siti Rahma"] and report.organisations == ["Yayasan Pelita"]
    spans = sorted((e.kind, e.minutes, e.description) for e in _entries(ledger))  # type: ignore[attr-defined]
    assert spans == [(P, 120, "Reading — Stories, songs"), (V, 90, "Reading — Stories, songs")]


def test_kimai_excel_as_its_xlsx_renderer_writes_it(ledger: Ledger, tmp_path: Path) -> None:
    from datetime import datetime, timedelta

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(KIMAI_DE.split(","))
    for day, start, end, billable in (
        (datetime(2026, 3, 2), "09:00", "10:30", False),
        (datetime(2026, 3, 3), "13:15", "14:00", True),
    ):
        sheet.append(
            [day, start, end, timedelta(minutes=90), "IDR", 0, 0, 0, None, "Siti Rahma",
             "siti", "s@x.org", None, "Yayasan Pelita", "Tutoring", "Reading", "", billable,
             "", "timesheet", "work"]
        )  # fmt: skip
    # Kimai's totals row: formulas in the duration and price columns, nothing else.
    sheet.append([None, None, None, "=SUBTOTAL(9,D2:D3)", None, "=SUBTOTAL(9,F2:F3)"])
    path = tmp_path / "kimai.xlsx"
    book.save(path)
    report = _run(ledger, path, "kimai", kind=V, timezone="UTC")
    assert (report.added, report.rows) == (2, 2)
    kinds = sorted((e.date.day, e.kind, e.minutes) for e in _entries(ledger))  # type: ignore[attr-defined]
    assert kinds == [(2, V, 90), (3, P, 45)]


# --- the rule, for any spans ------------------------------------------------------------------

from datetime import UTC, datetime, timedelta  # noqa: E402
from uuid import uuid4  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# Around both of 2026's clock changes in Berlin, and a quiet week between.
_DAYS = [datetime(2026, 3, 28, tzinfo=UTC), datetime(2026, 6, 10, tzinfo=UTC),
         datetime(2026, 10, 24, tzinfo=UTC)]  # fmt: skip
_SPAN = st.tuples(
    st.sampled_from(_DAYS),
    st.integers(0, 3 * 24 * 3600),  # start, seconds after the day began
    st.sampled_from([0, 15, 59, 60, 61, 89, 90, 91, 3599, 86_400, 86_429, 86_430, 200_000])
    | st.integers(0, 30 * 3600),  # length in seconds: short, long and in between
)


def _rule(rows: list[tuple[datetime, int]]) -> tuple[int, int, int]:
    """What the rule says, computed directly from the file's rows (start, length in seconds):
    total minutes, rows under a minute, and rows over a day. A span is known by its start to
    the minute and its rounded length, and counted once however often the file repeats it."""
    kept: set[tuple[datetime, int]] = set()
    short = long = 0
    for start, seconds in rows:
        minutes = (seconds + 30) // 60
        if seconds < 60:
            short += 1
        elif minutes > 24 * 60:
            long += 1
        else:
            kept.add((start.replace(second=0), minutes))
    return sum(m for _, m in kept), short, long


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_SPAN, min_size=1, max_size=12), st.booleans())
def test_the_ledger_holds_what_the_rule_says_for_any_spans(
    ledger: Ledger, tmp_path_factory: pytest.TempPathFactory, raw: list, repeat: bool
) -> None:
    rows = [(day + timedelta(seconds=offset), length) for day, offset, length in raw]
    if repeat:
        rows += rows[: len(rows) // 2 + 1]  # rows repeated in the file
    path = tmp_path_factory.mktemp("spans") / "spans.data"
    path.write_text(
        "".join(
            f"inc {start:%Y%m%dT%H%M%SZ} - {start + timedelta(seconds=length):%Y%m%dT%H%M%SZ}"
            " # volunteer\n"
            for start, length in rows
        )
    )
    total, short, long = _rule(rows)
    # Two people who kept the same spans: each has their own hours.
    for name in (f"Ana {uuid4().hex}", f"Budi {uuid4().hex}"):
        report = _run(
            ledger, path, "timewarrior", person=name, organisation="Y", timezone="Europe/Berlin"
        )
        assert (report.minutes[V], report.short, len(report.long_spans)) == (total, short, long)
        if not total:  # nothing kept: the person was not even created
            assert report.added == 0 and report.people == []
            continue
        entries = [
            line.entry
            for line in ledger.listing.page(LogQuery(person=ledger.names.person(name)), limit=100)
        ]
        assert sum(e.minutes for e in entries) == total
        assert all(0 < e.minutes <= 24 * 60 for e in entries)


# --- hours still to come (issue 14) -------------------------------------------------------------


def test_rows_that_end_after_now_are_refused_by_line_and_equal_times_are_no_time(
    ledger: Ledger, tmp_path: Path
) -> None:
    # The tests' clock: Saturday 28 November 2026, 05:00 UTC.
    later = _toggl(tmp_path, _row("2026-11-28", "04:00:00", "04:30:00"),
                   _row("2026-11-28", "04:40:00", "06:00:00"), name="later.csv")  # fmt: skip
    with pytest.raises(ImportRefused) as refused:
        _run(ledger, later, "toggl", kind=V, organisation="Y", timezone="UTC")
    assert [p.line for p in refused.value.problems] == [3]
    assert "ends at 06:00 on 2026-11-28, which is still to come" in str(refused.value)
    assert _entries(ledger) == []
    # okuvol-csv rows of times (not instants): 10:00-10:00 is no time at all, never 24 hours.
    header = "date,start,end,minutes,person,organisation,kind,role"
    rows = ["2026-03-02,10:00,10:00,0,Ani,Y,volunteer,Tutor",
            "2026-03-02,11:00,12:00,60,Ani,Y,volunteer,Tutor"]  # fmt: skip
    same = _file(tmp_path, "same.csv", [header, *rows])
    report = _run(ledger, same, "okuvol-csv")
    assert (report.added, report.short) == (1, 1)
    # Hours without times dated today fit in the part of the day that has passed.
    hours = _file(tmp_path, "hours.csv", [header, "2026-11-28,,,780,Ani,Y,volunteer,Tutor"])
    with pytest.raises(ImportRefused, match="13:00 hours today would end after now"):
        _run(ledger, hours, "okuvol-csv", timezone="Asia/Jakarta")
