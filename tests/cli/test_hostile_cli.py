"""The command line against what strangers typed (issue 14): every odd value is one line that
says what is wrong and writes nothing; anything okuvol did not expect is one line naming a log
file, never a traceback, and Hypothesis-made arguments show it."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from okuvol_desktop.cli import main as cli_main
from okuvol_desktop.cli.main import UNEXPECTED, run
from okuvol_desktop.config import LOG_ENV, system_timezone
from tests.cli.test_cli import Okuvol, _setup

TODAY = date.today()  # the command line's today: the machine's clock and zone


@pytest.fixture
def okuvol(db_location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Okuvol:
    # The machine's own zone: "today" and "now" are the command line's, as a user has them.
    monkeypatch.setenv("OKUVOL_TZ", system_timezone())
    monkeypatch.setenv(LOG_ENV, str(tmp_path / "logs"))
    okuvol = Okuvol(db_location)
    _setup(okuvol)
    okuvol.ok("log", "--person", "Şükrü Öztürk", "--org", "LBH Keadilan", "--date",
              "2026-03-02", "--start", "09:00", "--end", "10:00")  # fmt: skip
    return okuvol


_LOG = ("log", "--person", "Şükrü Öztürk", "--org", "LBH Keadilan")
_BIG = "9" * 100_000

HOSTILE: list[tuple[tuple[str, ...], str]] = [
    # 12: entries that end in the future, and a span with no length
    ((*_LOG, "--date", TODAY.isoformat(), "--hours", "24"), "would end after now"),
    ((*_LOG, "--date", TODAY.isoformat(), "--start", "10:00", "--end", "10:00"),
     "ends at the minute it starts"),
    ((*_LOG, "--date", "2026-03-03", "--start", "10:00", "--end", "10:00"),
     "ends at the minute it starts"),
    # 13: numbers no column holds, ids that cannot exist
    ((*_LOG, "--date", "2026-03-03", "--hours", "1e308"), "larger than okuvol counts"),
    ((*_LOG, "--date", "2026-03-03", "--hours", _BIG), "(100,000 characters)"),
    ((*_LOG, "--date", "2026-03-03", "--hours", "2", "--beneficiaries", "1" * 25),
     "too large"),
    (("entry", "list", "--offset", "1" * 30), "too large"),
    (("entry", "delete", str(2**70)), "too large"),
    (("entry", "edit", str(2**70), "--hours", "1"), "too large"),
    (("person", "edit", str(2**70), "--name", "X"), "No person is called"),
    (("person", "edit", "²", "--name", "X"), "No person is called '²'"),
    (("goal", "set", "--person", "1", "--year", "0", "--kind", "volunteer", "--hours", "5"),
     "not a year"),
    (("goal", "set", "--person", "1", "--year", "2026", "--kind", "volunteer", "--hours",
      "100000"), "more than a year holds"),
    (("rate", "add", "--amount", "1e400", "--currency", "IDR", "--from", "2026-01-01"),
     "larger than okuvol counts"),
    (("rate", "add", "--amount", "1e11", "--currency", "IDR", "--from", "2026-01-01"),
     "more than the ledger keeps"),
    # 14: names that print as something else, moves outside the review cycle, periods
    (("person", "add", "Ana\x00Lima"), "control character (U+0000)"),
    (("person", "add", "Ana\nLima"), "control character (U+000A)"),
    (("person", "add", "Ana \x1b[31mLima"), "control character (U+001B)"),
    (("person", "add", "Ana\u202eamiL"), "control character (U+202E)"),
    (("person", "add", "Ana \udcff Lima"), "holds bytes that are not UTF-8 text"),
    (("person", "add", "A" * 10_000), "10000 characters long; the most it can be is 200"),
    (("org", "add", "B" * 10_000), "the most it can be is 200"),
    ((*_LOG, "--date", "2026-03-03", "--hours", "1", "--location", "x\ty"), "The place holds"),
    (("approve", "--org", "LBH Keadilan", "--from", "2026-03-05", "--to", "2026-03-01"),
     "ends (2026-03-01) before it starts"),
    (("export", "--format", "csv", "--out", "x.csv", "--from", "2026-03-05", "--to",
      "2026-03-01"), "ends (2026-03-01) before it starts"),
    # --db that okuvol cannot use
    (("--db", "mysql://u:pw@h/db", "stats"), "'mysql' is neither"),
    (("--db", "postgres://u@[::1", "stats"), "is not a database URL"),
    (("--db", "/proc/okuvol-cannot-be-here/l.db", "stats"), "Cannot make the folder"),
    # file names longer than the system allows (Hypothesis found the import's)
    (("--db", "9" * 300, "stats"), "a database file on this computer (File name too long)"),
    (("import", "9" * 300, "--format", "okuvol-csv"), "There is no file at"),
    (("restore", "9" * 300), "There is no backup file at"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "words"),
    HOSTILE,
    ids=[f"{i} {' '.join(a[:3])[:40]}" for i, (a, _) in enumerate(HOSTILE)],
)
def test_odd_values_are_one_line_that_says_what_is_wrong(
    okuvol: Okuvol, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...],
    words: str,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    before = okuvol.dump()
    if argv[0] == "--db":  # a ledger of its own
        out, err = io.StringIO(), io.StringIO()
        code = run(list(argv), out, err)
        out_text, err_text = out.getvalue(), err.getvalue()
    else:
        code, out_text, err_text = okuvol(*argv)
    assert (code, out_text) == (1, ""), err_text
    assert err_text.count("\n") == 1 and len(err_text) < 700, err_text
    assert words in err_text
    assert okuvol.dump() == before
    assert not (tmp_path / "x.csv").exists()


def test_an_approved_entry_cannot_be_submitted_again(okuvol: Okuvol) -> None:
    okuvol.ok("approve", "--entry", "1")
    code, _, err = okuvol("entry", "submit", "1")
    assert code == 1 and "Already approved: entry 1 on " in err
    assert "approved" in okuvol.ok("entry", "list")


def test_a_report_names_whom_it_is_about(okuvol: Okuvol, tmp_path: Path) -> None:
    out = okuvol.ok("report", "person", "2", "--year", "2026", "--out", str(tmp_path / "p.pdf"))
    assert out.startswith("Wrote the 2026 summary of Şükrü Öztürk to ")


def test_a_running_timer_keeps_its_person_and_organisation(okuvol: Okuvol) -> None:
    okuvol.ok("person", "add", "Tamu Baru")
    okuvol.ok("org", "add", "Yayasan Baru")
    okuvol.ok("role", "add", "--person", "Tamu Baru", "--org", "Yayasan Baru", "--kind",
              "volunteer", "--title", "Helper")  # fmt: skip
    okuvol.ok("goal", "set", "--person", "Tamu Baru", "--year", "2026", "--kind", "volunteer",
              "--hours", "10")  # fmt: skip
    okuvol.ok("timer", "start", "--person", "Tamu Baru", "--org", "Yayasan Baru")
    for what in (("person", "delete", "Tamu Baru"), ("org", "delete", "Yayasan Baru")):
        code, _, err = okuvol(*what)
        assert code == 1 and "Tamu Baru's timer is running; stop it" in err
    okuvol.ok("timer", "cancel", "--person", "Tamu Baru")
    # Without entries, a person goes with their roles and goals, an organisation with its roles.
    okuvol.ok("org", "delete", "Yayasan Baru")
    okuvol.ok("person", "delete", "Tamu Baru")
    assert "Tamu Baru" not in okuvol.ok("person", "list")


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ("[" * 100_000 + "]" * 100_000, "nests its values far deeper"),
        (
            '{"format": "okuvol-json", "version": 1, "tables": {"person": [{"id": '
            + "9" * 100_000
            + "}]}}",
            "a number of thousands of digits",
        ),
        (
            '{"format": "okuvol-json", "version": 1, "tables": [1, 2]}',
            "its tables are not a list of rows each",
        ),
        (
            '{"format": "okuvol-json", "version": 1, "schema": "0009", "tables": {"person": '
            '[{"id": ' + str(2**70) + ', "full_name": "X"}]}}',
            "not a whole number it keeps",
        ),
        (
            '{"format": "okuvol-json", "version": 1, "schema": "0009", "tables": {"person": '
            '[{"id": 1, "full_name": 5}]}}',
            "full_name holds 5, not str",
        ),
    ],  # fmt: skip
)
def test_a_forged_or_broken_ledger_document_is_refused_whole(
    tmp_path: Path, document: str, words: str
) -> None:
    source = tmp_path / "ledger.json"
    source.write_text(document, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    db = tmp_path / "empty.sqlite3"
    code = run(["--db", str(db), "import", str(source), "--format", "okuvol-json"], out, err)
    assert code == 1 and words in err.getvalue() and err.getvalue().count("\n") == 1
    assert json.loads(run_json(db))["people"]["total"] == 0


def run_json(db: Path) -> str:
    out = io.StringIO()
    assert run(["--db", str(db), "stats", "--json"], out, io.StringIO()) == 0
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["watson", "timewarrior"])
def test_deep_or_huge_json_from_another_tracker_is_refused(tmp_path: Path, fmt: str) -> None:
    for text in ("[" * 100_000 + "]" * 100_000, "[" + "9" * 100_000 + "]"):
        source = tmp_path / "export.json"
        source.write_text(text, encoding="utf-8")
        err = io.StringIO()
        argv = ["--db", str(tmp_path / "l.db"), "import", str(source), "--format", fmt,
                "--person", "Ana", "--org", "Yayasan", "--kind", "volunteer"]  # fmt: skip
        assert run(argv, io.StringIO(), err) == 1, err.getvalue()
        assert "okuvol: error:" in err.getvalue() and "Traceback" not in err.getvalue()


def test_a_password_in_the_query_string_is_never_printed() -> None:
    secret = "pa55-in-the-query"
    url = f"postgresql://nobody@127.0.0.1:1/okuvol?sslmode=disable&password={secret}"
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", url, "stats"], out, err) == 1
    assert secret not in out.getvalue() + err.getvalue()
    assert "password=***" in err.getvalue()


def test_anything_unexpected_is_one_line_naming_a_log_that_holds_the_details(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logs = tmp_path / "logs"
    monkeypatch.setenv(LOG_ENV, str(logs))

    def broken(*_args: object) -> int:
        raise RuntimeError("a bug in okuvol")

    monkeypatch.setattr(cli_main, "_dispatch", lambda *_a: broken)
    err = io.StringIO()
    url = "postgresql://u:secret-pw@h/db"
    assert run(["--db", url, "stats"], io.StringIO(), err) == UNEXPECTED
    line = err.getvalue()
    assert line.count("\n") == 1 and "(RuntimeError)" in line and "Traceback" not in line
    log = logs / "okuvol-errors.log"
    assert str(log) in line
    details = log.read_text(encoding="utf-8")
    assert "Traceback" in details and "a bug in okuvol" in details
    assert "secret-pw" not in details and "u:***@h/db" in details
