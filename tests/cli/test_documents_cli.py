"""`okuvol certificate`, `certificates`, `verify`, `report` and `org export-key` end to end."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.cli.test_cli import Okuvol


def _today() -> str:
    """Today in Jakarta: the command line runs on the real clock."""
    return datetime.now(ZoneInfo("Asia/Jakarta")).date().isoformat()


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
    cli.ok("approve", "--org", "1")
    return cli


def test_certificate_verify_and_the_published_key(okuvol: Okuvol, tmp_path: Path) -> None:
    out = tmp_path / "duc.pdf"
    said = okuvol.ok(
        "certificate", "--person", "Trần Văn Đức", "--org", "1", "--year", "2026", "--out", str(out)
    )
    assert "Certificate LHTT-2026-0001: 6.5 approved volunteer hours of Trần Văn Đức" in said
    assert f"2026-01-01 to {_today()}" in said  # the period ends on the day of issue
    again = okuvol.ok(
        "certificate", "--person", "Trần Văn Đức", "--org", "1", "--year", "2026", "--out", str(out)
    )
    assert f"Certificate LHTT-2026-0001 (issued on {_today()}) already certifies" in again
    verified = okuvol.ok("verify", str(out))
    assert "VALID certificate LHTT-2026-0001, signed by Lớp Học Tình Thương" in verified
    assert "Approved volunteer hours: 6.5" in verified
    assert "The records still agree" in verified
    said = okuvol.ok("org", "export-key", "1", "--out", str(tmp_path / "key.pem"))
    assert "Wrote the public keys of Lớp Học Tình Thương (1 certificate)" in said
    elsewhere = Okuvol(tmp_path / "elsewhere.sqlite3")
    code, _, err = elsewhere("verify", str(out))
    assert code == 1 and "No organisation in this ledger has the key" in err
    assert "VALID" in elsewhere.ok("verify", str(out), "--key", str(tmp_path / "key.pem"))
    (issued,) = json.loads(okuvol.ok("issued", "--json"))
    said = okuvol.ok("verify", issued["code"])
    assert "Compare these facts with the paper" in said
    code, _, err = okuvol("verify", issued["code"].replace("OKV2.", "OKV2.A", 1))
    assert code == 1 and err.startswith("okuvol: NOT VALID:")


def test_revoke_rotate_and_keys(okuvol: Okuvol, tmp_path: Path) -> None:
    out = tmp_path / "duc.pdf"
    okuvol.ok("certificate", "--person", "Trần Văn Đức", "--org", "1", "--out", str(out))
    said = okuvol.ok("revoke", "LHTT-2026-0001", "--reason", "Counted twice")
    assert "Revoked certificate LHTT-2026-0001 of Trần Văn Đức" in said
    code, _, err = okuvol("verify", str(out))
    assert code == 1
    assert f"0001 was revoked by Lớp Học Tình Thương on {_today()}: Counted twice" in err
    okuvol.ok("org", "export-key", "1", "--out", str(tmp_path / "key.pem"))
    elsewhere = Okuvol(tmp_path / "elsewhere.sqlite3")
    code, _, err = elsewhere("verify", str(out), "--key", str(tmp_path / "key.pem"))
    assert code == 1 and "was revoked" in err and "Counted twice" in err
    (issued,) = json.loads(okuvol.ok("issued", "--json"))
    assert issued["revoked_reason"] == "Counted twice"
    okuvol.ok("org", "rotate-key", "1")
    (current, retired) = json.loads(okuvol.ok("org", "keys", "1", "--json"))
    assert current["retired_at"] is None and retired["retired_at"] is not None
    assert current["algorithm"] == "ecdsa-p256" and current["holder"] == "Lớp Học Tình Thương"
    table = okuvol.ok("org", "keys", "1")
    assert "signs now" in table and f"retired {_today()}" in table


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
        (("verify", "{tmp}/missing.pdf"), "There is no file"),
        (("verify", "{tmp}"), "not a valid okuvol verification code"),
        (("revoke", "NOPE-1", "--reason", "x"), "No certificate has the number"),
        (("org", "import-key", "1", "{tmp}/none.p12"), "Cannot read"),
        (("reprint", "NOPE-1", "--out", "{tmp}/x.pdf"), "No certificate has the number"),
        (("org", "edit", "1", "--logo", "{tmp}/nologo.png"), "cannot be read"),
        (("org", "edit", "1", "--verify-url", "ftp://x"), "must start with https://"),
    ],
)
def test_document_mistakes_exit_1_with_one_line(
    okuvol: Okuvol, tmp_path: Path, argv: tuple[str, ...], words: str
) -> None:
    code, out, err = okuvol(*(a.format(tmp=tmp_path) for a in argv))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and words in err, err
    assert not (tmp_path / "x.pdf").exists()


def test_report_portfolio_writes_the_whole_history(okuvol: Okuvol, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "duc-portfolio.pdf"
    said = okuvol.ok("report", "portfolio", "Trần Văn Đức", "--lang", "id", "--out", str(out))
    assert said == (
        f"Wrote the portfolio of Trần Văn Đức (2026-05-02 to {_today()}: 6.5 approved hours, "
        f"0 certificates) to {out}\n"
    )
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Portofolio: Trần Văn Đức" in text
    assert "Lớp Học Tình Thương Volunteer teacher Relawan" in text and "6,50" in text
    verdict = okuvol.ok("verify", str(out))
    assert verdict.startswith("VALID document, signed by this ledger: Portofolio: Trần Văn Đức")


def test_report_portfolio_never_writes_over_the_ledger(okuvol: Okuvol, tmp_path: Path) -> None:
    ledger = Path(okuvol.db)
    if not ledger.is_file():
        pytest.skip("a ledger on a server has no file to write over")
    before = ledger.read_bytes()
    code, out, err = okuvol("report", "portfolio", "Trần Văn Đức", "--out", str(ledger))
    assert (code, out) == (1, "") and "ledger" in err and err.count("\n") == 1, err
    assert ledger.read_bytes() == before


def test_report_portfolio_of_someone_with_nothing_says_why(okuvol: Okuvol, tmp_path: Path) -> None:
    okuvol.ok("person", "add", "Budi Santoso")
    out = tmp_path / "budi.pdf"
    code, said, err = okuvol("report", "portfolio", "Budi Santoso", "--out", str(out))
    assert (code, said) == (1, "") and "a portfolio would be empty" in err, err
    assert not out.exists()
    code, _, err = okuvol(
        "report", "portfolio", "Trần Văn Đức", "--from", "2026-06-01", "--to", "2026-05-01",
        "--out", str(out),
    )  # fmt: skip
    assert code == 1 and "before it starts" in err and not out.exists()
