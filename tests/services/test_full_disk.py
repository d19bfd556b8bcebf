"""A full disk: an export or a backup fails with a plain message and leaves no partial file
under the name asked for. A small tmpfs where the machine allows mounting one (root on Linux),
and an injected error everywhere."""

from __future__ import annotations

import errno
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.interchange import okuvol_csv
from okuvol_desktop.services.ledger import Ledger

BACKENDS = ("sqlite",)  # backups are of SQLite files; exports are the same on both


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KB file system, or a skip that says why there is none."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command: the injected-error tests cover a full disk here")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({made.stderr.strip()[:80]})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


@pytest.fixture
def filled(ledger: Ledger) -> Ledger:
    ledger.demo.fill(people=12, entries=1500, seed=5)  # a CSV and a database beyond 64 KB
    return ledger


def _nothing_left(folder: Path, name: str) -> None:
    assert not (folder / name).exists()
    assert [p.name for p in folder.iterdir() if p.name.startswith(f".{name}")] == []


@pytest.mark.parametrize("fmt", ["csv", "json", "ics"])
def test_an_export_to_a_full_disk_fails_cleanly(filled: Ledger, tiny_disk: Path, fmt: str) -> None:
    with pytest.raises(OkuvolError, match="No space left on device. Nothing was written"):
        filled.exporting.export(fmt, tiny_disk / f"hours.{fmt}")
    _nothing_left(tiny_disk, f"hours.{fmt}")


def test_a_backup_to_a_full_disk_fails_cleanly(filled: Ledger, tiny_disk: Path) -> None:
    with pytest.raises(OkuvolError, match="Could not write the backup .*full"):
        filled.backups.backup(tiny_disk / "copy.sqlite3")
    _nothing_left(tiny_disk, "copy.sqlite3")


def test_a_write_error_half_way_leaves_no_export(
    filled: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = okuvol_csv.write

    def write_then_fail(lines: object, out: object) -> int:
        real_write(list(lines)[:100], out)  # type: ignore[call-overload, arg-type]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(okuvol_csv, "write", write_then_fail)
    with pytest.raises(OkuvolError, match="Could not write .*No space left on device"):
        filled.exporting.export("csv", tmp_path / "hours.csv")
    _nothing_left(tmp_path, "hours.csv")
