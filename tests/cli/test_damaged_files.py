"""Damaged or foreign database files: one line naming the file and the problem; the file is
never modified."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from okuvol_desktop.cli.main import run

BACKENDS = ("sqlite",)


def _truncated(path: Path, template: Path) -> None:
    whole = template.read_bytes()
    path.write_bytes(whole[: len(whole) // 3])


def _random(path: Path, template: Path) -> None:
    path.write_bytes(bytes((i * 7919) % 256 for i in range(40_000)))


def _edit(path: Path, statement: str) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute(statement)
        con.commit()
        con.execute("PRAGMA journal_mode=DELETE")  # one file, as a copied ledger would be
    finally:
        con.close()


def _foreign(path: Path, template: Path) -> None:
    _edit(path, "CREATE TABLE recipes (name TEXT)")


def _newer(path: Path, template: Path) -> None:
    path.write_bytes(template.read_bytes())
    _edit(path, "UPDATE alembic_version SET version_num = '9999'")


def _folder(path: Path, template: Path) -> None:
    path.mkdir()


CASES: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "truncated": (_truncated, "malformed|not a database|damaged"),
    "random bytes": (_random, "not a database|file is not a database"),
    "another application's": (_foreign, "another application"),
    "a newer okuvol's": (_newer, "newer version of okuvol"),
    "a folder": (_folder, "is a folder"),
}


# A command that goes through the services, and one that a SQLite ledger at the current
# schema answers with a quick read (storage.quick_read): a bad file sends it the same way.
COMMANDS = {"stats": ("stats", "--year", "2026"), "timer status": ("timer", "status")}


def _fingerprint(path: Path) -> str:
    if path.is_dir():
        return "folder:" + ",".join(sorted(p.name for p in path.iterdir()))
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_file_gets_one_line_naming_it_and_is_left_untouched(
    case: str, command: str, template_db: Path, tmp_path: Path
) -> None:
    make, problem = CASES[case]
    path = tmp_path / "ledger.sqlite3"
    make(path, template_db)
    before = _fingerprint(path)
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", str(path), *COMMANDS[command]], out, err) == 1
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0], lines
    assert pytest.importorskip("re").search(problem, lines[0]), lines[0]
    assert _fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.sqlite3"]  # nothing beside it


@pytest.fixture
def read_only_folder(tmp_path: Path, template_db: Path) -> Iterator[Path]:
    """A ledger on a file system mounted read-only (chmod does not stop root; this does)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a file system here ({made.stderr.strip()[:80]})")
    try:
        (folder / "ledger.sqlite3").write_bytes(template_db.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.mark.parametrize("argv", [("person", "add", "Ani"), COMMANDS["timer status"]])
def test_a_read_only_ledger_gets_one_line_and_is_left_untouched(
    read_only_folder: Path, argv: tuple[str, ...]
) -> None:
    path = read_only_folder / "ledger.sqlite3"
    before = _fingerprint(path)
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", str(path), *argv], out, err) == 1
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "readonly" in lines[0].replace("-", ""), (
        lines
    )
    assert _fingerprint(path) == before
