"""No --out can destroy the ledger or write where a file does not belong: the ledger itself
(by any name), its -wal, -shm and -journal, a folder, a device, a symbolic link, or nothing.
Each is refused with one line, before anything is written or recorded."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.test_cli import Okuvol
from tests.dbstate import snapshot

BACKENDS = ("sqlite",)  # these are about the ledger's own file


@pytest.fixture
def ledger_cli(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Okuvol:
    monkeypatch.setenv("OKUVOL_TZ", "Asia/Jakarta")
    monkeypatch.chdir(db_path.parent)
    cli = Okuvol(str(db_path))
    cli.ok("person", "add", "Ani")
    cli.ok("org", "add", "Yayasan")
    cli.ok("role", "add", "--person", "Ani", "--org", "Yayasan", "--kind", "volunteer",
           "--title", "Tutor")  # fmt: skip
    cli.ok("log", "--person", "Ani", "--org", "Yayasan", "--date", "2026-03-02", "--hours", "2")
    cli.ok("approve", "--org", "Yayasan")
    return cli


def _commands(out: str) -> list[tuple[str, ...]]:
    return [
        ("export", "--format", "csv", "--out", out),
        ("export", "--format", "json", "--out", out),
        ("export", "--format", "ics", "--out", out),
        ("certificate", "--person", "Ani", "--org", "Yayasan", "--out", out),
        ("report", "person", "Ani", "--year", "2026", "--out", out),
        ("report", "org", "Yayasan", "--year", "2026", "--out", out),
        ("org", "export-key", "Yayasan", "--out", out),
        ("backup", "--out", out),
    ]


def _targets(db_path: Path, tmp_path: Path) -> list[tuple[str, str]]:
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "elsewhere.pdf")
    folder = tmp_path / "folder"
    folder.mkdir()
    return [
        (str(db_path), "is the ledger itself"),
        (f"./{db_path.name}", "is the ledger itself"),
        (str(db_path) + "-wal", "is the ledger itself"),
        (str(db_path) + "-shm", "is the ledger itself"),
        (str(db_path) + "-journal", "is the ledger itself"),
        (str(folder), "is a folder"),
        (str(link), "is a symbolic link"),
        ("/dev/null", "device or a pipe"),
        ("", "give the name of the file or folder to write"),
        (".", "is a folder"),
    ]


def test_no_output_can_be_the_ledger_a_folder_a_device_or_a_link(
    ledger_cli: Okuvol, db_path: Path, tmp_path: Path
) -> None:
    before = snapshot(str(db_path))
    certificates = ledger_cli.ok("issued")
    for target, words in _targets(db_path, tmp_path):
        for argv in _commands(target):
            code, out, err = ledger_cli(*argv)
            assert (code, out) == (1, ""), (argv, out, err)
            assert err.count("\n") <= 2 and words in err, (argv, err)  # argparse adds usage
    assert snapshot(str(db_path)) == before
    assert ledger_cli.ok("issued") == certificates  # no certificate recorded without its file
    assert not (tmp_path / "elsewhere.pdf").exists()
    assert os.path.islink(tmp_path / "link.pdf")


def test_a_batch_of_certificates_goes_into_a_folder_only(
    ledger_cli: Okuvol, db_path: Path, tmp_path: Path
) -> None:
    batch = ("certificates", "--org", "Yayasan", "--year", "2026", "--min-hours", "1", "--out")
    for target, words in (
        (str(db_path), "is a file, not a folder"),
        ("", "give the name of the file or folder to write"),
    ):
        code, _, err = ledger_cli(*batch, target)
        assert code == 1 and words in err, err
    assert "Issued 1 certificate" in ledger_cli.ok(*batch, str(tmp_path / "new" / "folder"))


def test_a_full_disk_leaves_no_empty_key_file(
    ledger_cli: Okuvol, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: Path, *args: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    out = tmp_path / "key.pem"
    code, _, err = ledger_cli("org", "export-key", "Yayasan", "--out", str(out))
    assert code == 1 and "No space left on device" in err
    assert list(tmp_path.glob("*key.pem*")) == []
