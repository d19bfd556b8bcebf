"""End to end through `okuvol`: real arguments, a real SQLite file, figures computed by hand."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text

from okuvol_desktop.cli.main import run
from tests.dbstate import snapshot


class Okuvol:
    """Runs `okuvol --db FILE ...` in this process and keeps what it printed."""

    def __init__(self, db: str) -> None:
        self.db = db  # a SQLite file or a PostgreSQL URL

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = run(["--db", str(self.db), *argv], out, err)
        return code, out.getvalue(), err.getvalue()

    def ok(self, *argv: str) -> str:
        code, out, err = self(*argv)
        assert code == 0, err
        return out

    def dump(self) -> list[str]:
        return snapshot(self.db)


@pytest.fixture
def okuvol(db_location: str, monkeypatch: pytest.MonkeyPatch) -> Okuvol:
    monkeypatch.setenv("OKUVOL_TZ", "Asia/Jakarta")
    return Okuvol(db_location)


def _setup(okuvol: Okuvol) -> None:
    okuvol.ok("rate", "add", "--preset", "us-independent-sector-2024")
    okuvol.ok("person", "add", "Nguyễn Thị Hương", "--email", "huong@example.org")
    okuvol.ok("person", "add", "Şükrü Öztürk")
    okuvol.ok("person", "add", "فاطمة الزهراء")
    okuvol.ok("org", "add", "RS Harapan", "--type", "Hospital")
    okuvol.ok("org", "add", "LBH Keadilan", "--type", "Legal aid NGO")
    okuvol.ok(
        "role",
        "add",
        "--person",
        "Nguyễn Thị Hương",
        "--org",
        "RS Harapan",
        "--kind",
        "professional",
        "--title",
        "Nurse",
        "--from",
        "2025-01-01",
        "--rate",
        "85000",
        "--currency",
        "IDR",
    )
    okuvol.ok(
        "role",
        "add",
        "--person",
        "Nguyễn Thị Hương",
        "--org",
        "LBH Keadilan",
        "--kind",
        "volunteer",
        "--title",
        "Legal clinic helper",
        "--from",
        "2025-01-01",
    )
    okuvol.ok(
        "role",
        "add",
        "--person",
        "Şükrü Öztürk",
        "--org",
        "LBH Keadilan",
        "--kind",
        "volunteer",
        "--title",
        "Pro bono lawyer",
    )
    okuvol.ok(
        "role",
        "add",
        "--person",
        "فاطمة الزهراء",
        "--org",
        "RS Harapan",
        "--kind",
        "professional",
        "--title",
        "Doctor",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
    )


def test_a_year_of_both_kinds_adds_up(okuvol: Okuvol) -> None:
    _setup(okuvol)
    # Huong: a night shift across midnight (8 h 30), a day shift (7.5 h), volunteer 2 h.
    out = okuvol.ok(
        "log",
        "--person",
        "Nguyễn Thị Hương",
        "--org",
        "RS Harapan",
        "--date",
        "2026-02-27",
        "--start",
        "22:00",
        "--end",
        "06:30",
    )
    assert "8:30 h professional, submitted" in out
    okuvol.ok(
        "log",
        "--person",
        "Nguyễn Thị Hương",
        "--org",
        "RS Harapan",
        "--date",
        "2026-03-02",
        "--hours",
        "7.5",
        "--category",
        "Health care",
    )
    okuvol.ok(
        "log",
        "--person",
        "Nguyễn Thị Hương",
        "--org",
        "LBH Keadilan",
        "--date",
        "2026-03-07",
        "--hours",
        "2",
        "--category",
        "Legal aid",
        "--skills",
        "mediation,client interviews",
        "--beneficiaries",
        "4",
    )
    # Şükrü: volunteer 3 h 15; one more entry that gets rejected.
    okuvol.ok(
        "log",
        "--person",
        "Şükrü Öztürk",
        "--org",
        "LBH Keadilan",
        "--date",
        "2026-03-07",
        "--start",
        "09:00",
        "--end",
        "12:15",
        "--category",
        "legal_aid",
    )
    okuvol.ok(
        "log",
        "--person",
        "Şükrü Öztürk",
        "--org",
        "LBH Keadilan",
        "--date",
        "2026-03-08",
        "--hours",
        "5",
    )
    # Fatimah: professional 10 h, kept as a draft (drafts count; rejected ones do not).
    okuvol.ok(
        "log",
        "--person",
        "فاطمة الزهراء",
        "--org",
        "RS Harapan",
        "--date",
        "2026-04-01",
        "--hours",
        "10",
        "--draft",
    )
    # An entry of last year does not count in 2026.
    okuvol.ok(
        "log",
        "--person",
        "Nguyễn Thị Hương",
        "--org",
        "RS Harapan",
        "--date",
        "2025-12-31",
        "--hours",
        "3",
    )
    assert (
        okuvol.ok(
            "approve",
            "--entry",
            "5",
            "--reject",
            "--note",
            "Not on the sheet",
        )
        == "Rejected 1 entry.\n"
    )
    assert okuvol.ok("approve", "--org", "LBH Keadilan") == "Approved 2 entries.\n"

    stats = json.loads(okuvol.ok("stats", "--year", "2026", "--json"))
    assert stats == {
        "from": "2026-01-01",
        "to": "2026-12-31",
        "entries": 5,
        "hours": {"professional": 26.0, "volunteer": 5.25, "total": 31.25},
        "people": {"total": 3, "professional_only": 1, "volunteer_only": 1, "dual_role": 1},
        "by_organisation": [
            {"organisation": "RS Harapan", "professional": 26.0, "volunteer": 0.0},
            {"organisation": "LBH Keadilan", "professional": 0.0, "volunteer": 5.25},
        ],
        "by_category": [
            {"category": "Uncategorised", "professional": 18.5, "volunteer": 0.0},
            {"category": "Health care", "professional": 7.5, "volunteer": 0.0},
            {"category": "Legal aid", "professional": 0.0, "volunteer": 5.25},
        ],
        "by_month": [
            {
                "month": f"2026-{m:02d}",
                "professional": {2: 8.5, 3: 7.5, 4: 10.0}.get(m, 0.0),
                "volunteer": 5.25 if m == 3 else 0.0,
            }
            for m in range(1, 13)
        ],
        # 5.25 h x 34.79 USD = 182.6475
        "volunteer_value": {"amount": 182.65, "currency": "USD"},
    }
    approved = json.loads(okuvol.ok("stats", "--year", "2026", "--status", "approved", "--json"))
    assert approved["hours"] == {"professional": 0.0, "volunteer": 5.25, "total": 5.25}
    huong = json.loads(
        okuvol.ok(
            "stats",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--person",
            "Nguyễn Thị Hương",
            "--json",
        )
    )
    assert huong["hours"] == {"professional": 7.5, "volunteer": 2.0, "total": 9.5}
    assert huong["people"]["dual_role"] == 1


def test_listings_print_names_in_their_own_script(okuvol: Okuvol) -> None:
    _setup(okuvol)
    people = json.loads(okuvol.ok("person", "list", "--json"))
    assert {p["full_name"] for p in people} == {"Nguyễn Thị Hương", "Şükrü Öztürk", "فاطمة الزهراء"}
    table = okuvol.ok("role", "list", "--person", "Nguyễn Thị Hương")
    assert "Legal clinic helper" in table and "professional" in table
    okuvol.ok(
        "log",
        "--person",
        "2",
        "--org",
        "LBH Keadilan",
        "--date",
        "2026-03-07",
        "--hours",
        "1",
        "--description",
        "Clinic & <intake>",
    )
    (line,) = json.loads(okuvol.ok("entry", "list", "--json", "--text", "intake"))
    assert (line["person"], line["minutes"], line["status"]) == ("Şükrü Öztürk", 60, "submitted")


def test_timer_from_the_command_line(okuvol: Okuvol) -> None:
    _setup(okuvol)
    assert okuvol.ok("timer", "status") == "No timer is running.\n"
    okuvol.ok("timer", "start", "--person", "Şükrü Öztürk", "--org", "LBH Keadilan")
    (running,) = json.loads(okuvol.ok("timer", "status", "--json"))
    assert running["role"] == "Pro bono lawyer"
    code, _, err = okuvol("timer", "stop")  # under a minute
    assert code == 1 and "less than a minute" in err
    assert okuvol.ok("timer", "cancel") == "Timer cancelled; nothing was logged.\n"


MISTAKES = [
    (("person", "add", "   "), "The name must not be empty"),
    (("org", "add", "RS Harapan"), "An organisation called 'RS Harapan' already exists"),
    (
        (
            "log",
            "--person",
            "Nobody",
            "--org",
            "RS Harapan",
            "--date",
            "2026-03-02",
            "--hours",
            "1",
        ),
        "No person is called 'Nobody'",
    ),
    (
        (
            "log",
            "--person",
            "Şükrü Öztürk",
            "--org",
            "LBH Keadilan",
            "--date",
            "2025-02-30",
            "--hours",
            "1",
        ),
        "'2025-02-30' is not a date",
    ),
    (
        (
            "log",
            "--person",
            "Şükrü Öztürk",
            "--org",
            "LBH Keadilan",
            "--date",
            "2026-03-02",
            "--hours",
            "25",
        ),
        "at most 24 hours",
    ),
    (
        (
            "log",
            "--person",
            "Şükrü Öztürk",
            "--org",
            "LBH Keadilan",
            "--date",
            "2026-03-02",
            "--hours",
            "0",
        ),
        "more than 0 minutes",
    ),
    (
        (
            "log",
            "--person",
            "Şükrü Öztürk",
            "--org",
            "LBH Keadilan",
            "--date",
            "2026-03-02",
            "--start",
            "10:00",
            "--end",
            "10:00:00",
        ),
        "'10:00:00' is not a time",
    ),
    (
        (
            "log",
            "--person",
            "Şükrü Öztürk",
            "--org",
            "LBH Keadilan",
            "--date",
            "2026-03-02",
            "--start",
            "08:30",
            "--end",
            "09:30",
        ),
        "overlaps entry 1 on 2026-03-02",
    ),
    (
        (
            "log",
            "--person",
            "Şükrü Öztürk",
            "--org",
            "LBH Keadilan",
            "--date",
            "2027-01-05",
            "--hours",
            "1",
        ),
        "2027-01-05 is in the future",
    ),
    (
        (
            "log",
            "--person",
            "فاطمة الزهراء",
            "--org",
            "RS Harapan",
            "--date",
            "2025-06-01",
            "--hours",
            "1",
        ),
        "outside the role 'Doctor'",
    ),
    (
        (
            "log",
            "--person",
            "Nguyễn Thị Hương",
            "--org",
            "RS Harapan",
            "--date",
            "2026-03-02",
            "--hours",
            "two",
        ),
        "'two' is not a number",
    ),
    (
        (
            "role",
            "add",
            "--person",
            "Şükrü Öztürk",
            "--org",
            "RS Harapan",
            "--kind",
            "professional",
            "--title",
            "Lawyer",
            "--rate",
            "-5",
            "--currency",
            "IDR",
        ),
        "cannot be negative",
    ),
    (
        (
            "role",
            "add",
            "--person",
            "Şükrü Öztürk",
            "--org",
            "RS Harapan",
            "--kind",
            "paid",
            "--title",
            "Lawyer",
        ),
        "'paid' is not a kind of work",
    ),
    (("approve", "--entry", "1", "--reject"), "needs a note"),
    (("approve", "--entry", "77"), "no entry with id 77"),
    (("stats", "--year", "2026", "--from", "2026-01-01"), "not both"),
    (("person", "delete", "Şükrü Öztürk"), "archive them instead"),
    (("person",), "choose an action"),
    (("frobnicate",), "invalid choice"),
]


@pytest.mark.parametrize(
    ("argv", "words"), MISTAKES, ids=[" ".join(m[0][:2]) + f" {i}" for i, m in enumerate(MISTAKES)]
)
def test_mistakes_exit_1_with_one_line_and_write_nothing(
    okuvol: Okuvol, argv: tuple[str, ...], words: str
) -> None:
    _setup(okuvol)
    okuvol.ok(
        "log",
        "--person",
        "Şükrü Öztürk",
        "--org",
        "LBH Keadilan",
        "--date",
        "2026-03-02",
        "--start",
        "09:00",
        "--end",
        "10:00",
    )
    before = okuvol.dump()
    code, out, err = okuvol(*argv)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1, err
    assert words in err
    assert "Traceback" not in err
    assert okuvol.dump() == before


def test_demo_then_stats(okuvol: Okuvol) -> None:
    assert "40 people" in okuvol.ok("demo", "--entries", "800", "--seed", "5")
    stats = json.loads(okuvol.ok("stats", "--json"))
    assert stats["from"] == f"{date.today().year}-01-01"
    assert stats["people"]["total"] > 0
    code, _, err = okuvol("demo")
    assert code == 1 and "already holds data" in err


def test_check_reports_a_kept_total_that_differs_and_repair_rebuilds_it(okuvol: Okuvol) -> None:
    okuvol.ok("demo", "--entries", "300", "--seed", "5")
    out = okuvol.ok("check")
    assert out.startswith("The kept totals agree with the 300 entries (")
    with _ledger_connection(okuvol.db) as connection:
        connection.execute(text("UPDATE day_total SET minutes = minutes + 15"))
    code, out, err = okuvol("check")
    lines = out.splitlines()
    assert code == 1 and err == ""
    assert len(lines) == 22 and lines[-2].startswith("... and ")
    assert "kept totals differ from the entries; okuvol check --repair rebuilds them" in lines[-1]
    assert ": kept " in lines[0] and "; the entries add up to " in lines[0]
    out = okuvol.ok("check", "--repair")
    assert out.splitlines()[-1].startswith("Rebuilt the kept totals from the 300 entries; ")
    assert okuvol.ok("check").startswith("The kept totals agree")
    with _ledger_connection(okuvol.db) as connection:  # a line of the queue, its first day
        line = connection.execute(
            text("SELECT organisation_id, person_id, first_day FROM waiting_line LIMIT 1")
        ).one()
        connection.execute(
            text(
                "UPDATE waiting_line SET first_day = '2001-02-03' WHERE person_id = :p "
                "AND organisation_id = :o"
            ),
            {"p": line.person_id, "o": line.organisation_id},
        )
    code, out, _ = okuvol("check")
    assert code == 1
    assert out.splitlines()[0].startswith(
        f"waiting for review: person {line.person_id}, organisation {line.organisation_id}: "
    )
    assert "to " in out.splitlines()[0] and "2001-02-03 to" in out.splitlines()[0]
    assert f"{line.first_day} to" in out.splitlines()[0].split("the entries add up to")[1]
    okuvol.ok("check", "--repair")
    assert okuvol.ok("check").startswith("The kept totals agree")


@contextmanager
def _ledger_connection(db: str) -> Iterator[Connection]:
    """A connection of its own, as psql or sqlite3 would write to the ledger."""
    engine = create_engine(db if "://" in db else f"sqlite:///{db}")
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()


def test_the_command_starts_without_qt(tmp_path: Path) -> None:
    """Headless commands never import Qt (and so start fast)."""
    code = (
        "import sys; from okuvol_desktop.app import main; rc = main(['--db', sys.argv[1], "
        "'stats', '--json']); assert 'PySide6' not in sys.modules; sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "x.sqlite3")],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["entries"] == 0


def test_python_dash_m_runs_the_same_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "okuvol_desktop",
            "--db",
            str(tmp_path / "m.sqlite3"),
            "person",
            "add",
            "Siti",
        ],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stdout) == (0, "Added person 1: Siti\n")


def test_env_variable_chooses_the_database(tmp_path: Path) -> None:
    target = tmp_path / "from-env.sqlite3"
    env = {"OKUVOL_DB": str(target), "PATH": "", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "okuvol_desktop", "org", "add", "X"],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert target.exists()


def test_a_database_password_is_never_printed() -> None:
    secret = "pa55-not-to-print"
    url = f"postgresql+psycopg://nobody:{secret}@127.0.0.1:1/okuvol"  # nothing listens there
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", url, "stats", "--year", "2026"], out, err) == 1
    assert secret not in out.getvalue() + err.getvalue()
    assert err.getvalue().startswith(
        "okuvol: error: Cannot open the database postgresql+psycopg://nobody:***@127.0.0.1:1/okuvol"
    )
    assert len(err.getvalue().strip().splitlines()) == 1
