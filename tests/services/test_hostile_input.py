"""Hostile input: random and malformed files and values never raise an unhandled exception and
never leave a partial write (Hypothesis)."""

from __future__ import annotations

import json
import string
from datetime import date, time
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from okuvol_desktop.domain.durations import parse_duration, span_of
from okuvol_desktop.domain.errors import OkuvolError, ValidationError
from okuvol_desktop.interchange.formats import FORMATS
from okuvol_desktop.interchange.okuvol_csv import HEADER
from okuvol_desktop.interchange.parsing import FileRefused
from okuvol_desktop.interchange.rows import ImportedRow, ReadSettings, RowProblem, SkippedRow
from okuvol_desktop.services.importing import ImportOptions
from okuvol_desktop.services.ledger import Ledger
from tests.dbstate import snapshot

BACKENDS = ("sqlite",)  # the readers and rules are the same on every database
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_CELL = st.text(alphabet=string.printable + "éğ🔥\u200f", max_size=24)


def _read_all(fmt: str, content: bytes) -> None:
    """Read a file through a format's reader to the end; only its own outcomes are allowed."""
    with TemporaryDirectory() as folder:
        path = Path(folder) / "input"
        path.write_bytes(content)
        try:
            form = FORMATS[fmt]
            order = form.date_order(path, None) if form.date_order is not None else None
            for item in form.read(path, ReadSettings("Asia/Jakarta", order)):
                assert isinstance(item, ImportedRow | RowProblem | SkippedRow)
                if isinstance(item, ImportedRow):
                    if item.began is not None:
                        assert item.ended is not None and item.began <= item.ended
                    else:
                        assert 0 < item.minutes <= 24 * 60 or item.start is None
        except FileRefused:
            pass


@FUZZ
@given(fmt=st.sampled_from(sorted(FORMATS)), content=st.binary(max_size=600))
def test_random_bytes_never_break_a_reader(fmt: str, content: bytes) -> None:
    _read_all(fmt, content)


@FUZZ
@given(fmt=st.sampled_from(sorted(FORMATS)), content=st.text(max_size=400))
def test_random_text_never_breaks_a_reader(fmt: str, content: str) -> None:
    _read_all(fmt, content.encode("utf-8"))


_ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=6)
        | st.dictionaries(
            st.sampled_from(["start", "end", "stop", "tags", "project", "id", "annotation"]),
            children,
            max_size=6,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(fmt=st.sampled_from(["timewarrior", "watson"]), document=st.lists(_ANY_JSON, max_size=5))
def test_json_of_any_shape_never_breaks_timewarrior_or_watson(
    fmt: str, document: list[object]
) -> None:
    _read_all(fmt, json.dumps(document).encode("utf-8"))


@FUZZ
@given(rows=st.lists(st.lists(_CELL, min_size=0, max_size=len(HEADER) + 2), max_size=6))
def test_okuvol_csv_with_random_cells_never_breaks_the_reader(rows: list[list[str]]) -> None:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(rows)
    _read_all("okuvol-csv", out.getvalue().encode("utf-8"))


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@FUZZ
@given(
    document=st.fixed_dictionaries(
        {"format": st.just("okuvol-json"), "version": st.just(1), "tables": _JSON}
    )
)
def test_random_json_documents_are_refused_and_leave_the_ledger_as_it_was(
    ledger: Ledger, db_location: str, document: dict[str, object]
) -> None:
    before = snapshot(db_location)
    with TemporaryDirectory() as folder:
        path = Path(folder) / "ledger.json"
        path.write_text(json.dumps(document))
        with pytest.raises(OkuvolError):
            ledger.importing.run(path, ImportOptions("okuvol-json"))
    assert snapshot(db_location) == before


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(fmt=st.sampled_from(sorted(FORMATS)), content=st.binary(min_size=1, max_size=300))
def test_a_refused_random_file_leaves_the_ledger_as_it_was(
    ledger: Ledger, db_location: str, fmt: str, content: bytes
) -> None:
    before = snapshot(db_location)
    with TemporaryDirectory() as folder:
        path = Path(folder) / "input"
        path.write_bytes(content)
        try:
            ledger.importing.run(
                path, ImportOptions(fmt, person="Ani", organisation="Yayasan", kind=None)
            )
        except OkuvolError:
            assert snapshot(db_location) == before


@given(st.text(max_size=12))
def test_any_typed_duration_is_minutes_or_a_plain_refusal(text: str) -> None:
    try:
        assert parse_duration(text) >= 0
    except ValidationError as error:
        assert error.field == "hours"


@given(
    day=st.dates(min_value=date(1970, 1, 1), max_value=date(2100, 12, 31)),
    start=st.times(),
    end=st.times(),
    zone=st.sampled_from(
        [
            "Asia/Jakarta",
            "Europe/Berlin",
            "America/Los_Angeles",
            "Australia/Lord_Howe",
            "Nowhere/City",
        ]
    ),
)
def test_any_span_is_real_minutes_or_a_plain_refusal(
    day: date, start: time, end: time, zone: str
) -> None:
    try:
        span = span_of(day, start, end, zone)
    except ValidationError:
        return
    assert 0 < span.minutes <= 25 * 60  # a day, and an hour more when the clocks go back
    assert span.end_utc > span.start_utc
