"""`okuvol import` end to end: what it says, and that a refusal exits 1 with one line."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import Okuvol, okuvol  # noqa: F401  (the fixture)

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
VAGES = SAMPLES / "toggl/Vages_toggl-til-ubw__Toggl_time_entries_2018-10-08_to_2018-10-14.csv"


def test_import_then_again_then_a_dry_run(okuvol: Okuvol) -> None:  # noqa: F811
    args = ("import", str(VAGES), "--format", "toggl", "--kind", "professional", "--org", "Entur")
    dry = okuvol.ok(*args, "--dry-run", "--timezone", "Europe/Oslo")
    # Each span keeps its length to the nearest minute: 48:21 in all, as the file's own
    # Duration column rounds row by row.
    assert dry.splitlines()[0] == (
        "Entries that would be added: 19 (48:21 h professional, 0:00 h volunteer); rows read: 21."
    )
    assert "People to create: 1 (Eirik Example)." in dry
    assert "Shorter than a minute, left out: 2." in dry
    assert "The file's times carry no time zone; they were read in Europe/Oslo." in dry
    # The file's own times overlap (7 of its 19 spans by the second; rounding each length to
    # the nearest minute makes three neighbours touch by a minute more).
    overlap = "Entries that overlap other timed entries of the same person: 10;"
    assert overlap in dry
    first = okuvol.ok(*args, "--timezone", "Europe/Oslo")
    assert first.startswith("Entries added: 19")
    assert "Organisations created: 1 (Entur)." in first
    again = okuvol.ok(*args, "--timezone", "Europe/Oslo")
    assert again.splitlines()[:2] == [
        "Nothing new: every span of this file is already in the ledger.",
        "Imported before, passed over: 19.",
    ]
    assert overlap in first and "overlap" not in again
    assert "19" in okuvol.ok("stats", "--year", "2018", "--json").split('"entries": ')[1][:3]


def test_a_refused_import_exits_1_with_one_line_and_changes_nothing(
    okuvol: Okuvol,  # noqa: F811
    tmp_path: Path,
) -> None:
    before = okuvol.dump()
    bad = tmp_path / "bad.csv"
    bad.write_text(VAGES.read_text(encoding="utf-8-sig").replace("2018-10-09", "2018-13-09", 1))
    code, out, err = okuvol(
        "import", str(bad), "--format", "toggl", "--kind", "volunteer", "--org", "E"
    )
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "Line 3: the start date '2018-13-09' is not a date" in err
    code, _out, err = okuvol("import", str(VAGES), "--format", "toggl")
    assert code == 1 and "give --org" in err and "Traceback" not in err
    assert okuvol.dump() == before


def test_export_csv_with_filters_and_json_refusing_them(okuvol: Okuvol, tmp_path: Path) -> None:  # noqa: F811
    okuvol.ok("demo", "--entries", "300", "--seed", "5")
    out = tmp_path / "volunteer.csv"
    said = okuvol.ok(
        "export",
        "--format",
        "csv",
        "--out",
        str(out),
        "--kind",
        "volunteer",
        "--from",
        "2026-01-01",
    )
    count = int(said.split()[1].replace(",", ""))
    rows = out.read_text(encoding="utf-8").splitlines()[1:]
    assert said == f"Wrote {count:,} entries to {out}.\n" and len(rows) == count
    code, _out, err = okuvol(
        "export", "--format", "json", "--out", str(tmp_path / "x.json"), "--kind", "volunteer"
    )
    assert code == 1 and "whole ledger" in err and not (tmp_path / "x.json").exists()


def test_the_whole_ledger_as_json_and_back_from_the_command_line(
    okuvol: Okuvol,  # noqa: F811
    tmp_path: Path,
) -> None:
    okuvol.ok("demo", "--entries", "200", "--seed", "4")
    document = tmp_path / "ledger.json"
    said = okuvol.ok("export", "--format", "json", "--out", str(document))
    assert said == f"Wrote 200 entries to {document}.\n"
    copy = Okuvol(str(tmp_path / "copy.sqlite3"))
    copy.ok("import", str(document), "--format", "okuvol-json")
    year = ("stats", "--year", "2026", "--json")
    assert copy.ok(*year) == okuvol.ok(*year)


def test_backup_and_restore_from_the_command_line(
    okuvol: Okuvol,  # noqa: F811
    tmp_path: Path,
    backend: str,
) -> None:
    okuvol.ok("demo", "--entries", "50", "--seed", "2")
    copy = tmp_path / "copy.sqlite3"
    if backend == "postgresql":
        code, _out, err = okuvol("backup", "--out", str(copy))
        assert code == 1 and "pg_dump" in err and not copy.exists()
        return
    assert (
        okuvol.ok("backup", "--out", str(copy))
        == f"Backed up the ledger to {copy} (checked: intact).\n"
    )
    code, _out, err = okuvol("restore", str(copy))
    assert code == 1 and "--force" in err
    said = okuvol.ok("restore", str(copy), "--force")
    assert said.startswith("Restored 50 entries of ")
    code, _out, err = okuvol("restore", str(tmp_path / "missing.sqlite3"))
    assert code == 1 and "There is no backup file" in err
