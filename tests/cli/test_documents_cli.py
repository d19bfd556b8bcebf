"""`okuvol certificate`, `certificates`, `verify`, `report` and `org export-key` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import Okuvol


@pytest.fixture
def okuvol(db_location: str, monkeypatch: pytest.MonkeyPatch) -> Okuvol:
    monkeypatch.setenv("OKUVOL_TZ", "Asia/Jakarta")
    cli = Okuvol(db_location)
    cli.ok("person", "add", "Trần Văn Đức")
    cli.ok("person", "add", "Gülşen Doğan")
    cli.ok(
        "org",
        "add",
        "Lớp Học Tình Thương",
        "--signatory-name",
        "Cô Lan",
        "--certificate-language",
        "id",
    )
    for name in ("Trần Văn Đức", "Gülşen Doğan"):
        cli.ok(
            "role",
            "add",
            "--person",
            name,
            "--org",
            "Lớp Học Tình Thương",
            "--kind",
            "volunteer",
            "--title",
            "Volunteer teacher",
        )
    cli.ok(
        "log", "--person", "Trần Văn Đức", "--org", "1", "--date", "2026-05-02", "--hours", "6.5"
    )
    cli.ok("log", "--person", "Gülşen Doğan", "--org", "1", "--date", "2026-05-03", "--hours", "1")
    cli.ok("approve", "--org", "1", "--reviewer", "Cô Lan")
    return cli


def test_certificate_verify_and_the_published_key(okuvol: Okuvol, tmp_path: Path) -> None:
    out = tmp_path / "duc.pdf"
    said = okuvol.ok(
        "certificate", "--person", "Trần Văn Đức", "--org", "1", "--year", "2026", "--out", str(out)
    )
    assert "6.5 approved volunteer hours of Trần Văn Đức" in said
    assert out.exists()
    verified = okuvol.ok("verify", str(out))
    assert "VALID certificate LHTT-2026-0001" in verified
    assert "Approved volunteer hours: 6.5" in verified
    assert "The records still agree" in verified
    okuvol.ok("org", "export-key", "1", "--out", str(tmp_path / "key.pem"))
    elsewhere = Okuvol(tmp_path / "elsewhere.sqlite3")
    code, _, err = elsewhere("verify", str(out))
    assert code == 1 and "No organisation in this ledger has the key" in err
    assert "VALID" in elsewhere.ok("verify", str(out), "--key", str(tmp_path / "key.pem"))
    (issued,) = json.loads(okuvol.ok("issued", "--json"))
    code, _, err = okuvol("verify", issued["code"].replace("OKV1.", "OKV1.A", 1))
    assert code == 1 and err.startswith("okuvol: NOT VALID:")


def test_batch_certificates_and_reports(okuvol: Okuvol, tmp_path: Path) -> None:
    said = okuvol.ok(
        "certificates",
        "--org",
        "1",
        "--year",
        "2026",
        "--min-hours",
        "2",
        "--out",
        str(tmp_path / "batch"),
    )
    assert said == f"Issued 1 certificate into {tmp_path / 'batch'}\n"
    assert [p.name for p in (tmp_path / "batch").iterdir()] == ["LHTT-2026-0001 Trần Văn Đức.pdf"]
    okuvol.ok("reprint", "LHTT-2026-0001", "--out", str(tmp_path / "again.pdf"))
    assert (tmp_path / "again.pdf").read_bytes() == next(
        (tmp_path / "batch").iterdir()
    ).read_bytes()
    okuvol.ok(
        "report", "person", "Gülşen Doğan", "--year", "2026", "--out", str(tmp_path / "p.pdf")
    )
    okuvol.ok("report", "org", "1", "--year", "2026", "--out", str(tmp_path / "o.pdf"))
    assert (tmp_path / "p.pdf").stat().st_size > 0 and (tmp_path / "o.pdf").stat().st_size > 0


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (
            (
                "certificate",
                "--person",
                "Gülşen Doğan",
                "--org",
                "1",
                "--year",
                "2025",
                "--out",
                "{tmp}/x.pdf",
            ),
            "no approved volunteer hours",
        ),
        (
            (
                "certificate",
                "--person",
                "Nobody",
                "--org",
                "1",
                "--year",
                "2026",
                "--out",
                "{tmp}/x.pdf",
            ),
            "No person is called 'Nobody'",
        ),
        (("verify", "not-a-code"), "not a valid okuvol verification code"),
        (("verify", "{tmp}/missing.pdf"), "cannot be read as a PDF"),
        (("reprint", "NOPE-1", "--out", "{tmp}/x.pdf"), "No certificate has the number"),
        (("org", "edit", "1", "--logo", "{tmp}/nologo.png"), "does not exist"),
    ],
)
def test_document_mistakes_exit_1_with_one_line(
    okuvol: Okuvol, tmp_path: Path, argv: tuple[str, ...], words: str
) -> None:
    code, out, err = okuvol(*(a.format(tmp=tmp_path) for a in argv))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and words in err, err
    assert not (tmp_path / "x.pdf").exists()
