"""The standalone bundle, built from a clean checkout, run where no Python is on PATH: the
commands a coordinator uses, on a fresh account's default ledger, and the window offscreen."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from tests.packaging.bundle import build_bundle, version

# The build (about six minutes on two cores) is set up by the first test that needs it.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(45 * 60)]

APP_ID = "org.okuvol.Okuvol"
Okuvol = Callable[..., subprocess.CompletedProcess[str]]
VIEWS = ("dashboard", "time-log", "people", "organisations", "reports", "settings")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build for every check of this module."""
    return build_bundle(tmp_path_factory.mktemp("bundle"))


@pytest.fixture(scope="module")
def account(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh home folder: no ledger, no settings."""
    return tmp_path_factory.mktemp("home")


def _environment(home: Path, no_python: Path) -> dict[str, str]:
    """A person's environment, but with a PATH that holds no Python at all."""
    assert shutil.which("python3", path=str(no_python)) is None
    return {
        "HOME": str(home),
        "PATH": str(no_python),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "OKUVOL_TZ": "Asia/Jakarta",
    }


@pytest.fixture(scope="module")
def okuvol(dist: Path, account: Path, tmp_path_factory: pytest.TempPathFactory) -> Okuvol:
    """Run the bundle's okuvol with arguments; returns its completed process."""
    program = dist / "okuvol" / "okuvol"
    env = _environment(account, tmp_path_factory.mktemp("empty-bin"))

    def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(program), *args],
            check=False,  # the assertion below says what it printed
            env=env,
            cwd=account,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert done.returncode == 0, f"okuvol {' '.join(args)}: {done.stdout}\n{done.stderr}"
        return done

    return run


@pytest.fixture(scope="module")
def demo(okuvol: Okuvol) -> str:
    """Sample data in the default ledger of the fresh account (no --db): what `demo` said."""
    return okuvol("demo", "--entries", "1000").stdout


def test_the_build_makes_the_folder_and_the_archive(dist: Path) -> None:
    program = dist / "okuvol" / "okuvol"
    assert program.stat().st_mode & stat.S_IXUSR
    share = dist / "okuvol" / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    # The application's own files, where okuvol_desktop/resources.py looks for them.
    resources = dist / "okuvol" / "_internal" / "okuvol_desktop" / "_resources"
    assert (resources / "i18n" / "okuvol_id.qm").is_file()
    assert (resources / "fonts" / "NotoSans-Regular.ttf").is_file()
    assert (resources / "icons" / "okuvol-16.png").is_file()
    assert list((resources / "schemes").glob("*.json"))
    assert (resources / "rates" / "presets.json").is_file()
    archive = dist / f"okuvol-{version()}-linux-x86_64.tar.gz"
    with tarfile.open(archive) as tar:
        inside = tar.getmember("okuvol/okuvol")
        assert inside.isfile() and inside.mode & stat.S_IXUSR
        assert "okuvol/install.sh" in tar.getnames()


def test_the_bundle_runs_the_command_line_without_python(
    okuvol: Okuvol, demo: str, account: Path, dist: Path
) -> None:
    assert okuvol("--version").stdout.strip() == f"okuvol {version()}"
    # The first run on a fresh account made the ledger in the user data folder.
    assert "1,000 entries" in demo
    assert (account / ".local" / "share" / "okuvol" / "okuvol.sqlite3").is_file()
    stats = json.loads(okuvol("stats", "--json").stdout)
    assert stats["entries"] > 0 and stats["hours"]["volunteer"] > 0
    (entry,) = json.loads(
        okuvol(
            "entry", "list", "--status", "approved", "--kind", "volunteer", "--limit", "1", "--json"
        ).stdout
    )
    year = entry["date"][:4]
    certificate = account / "certificate.pdf"
    okuvol(
        "certificate",
        "--person", entry["person"],
        "--org", entry["organisation"],
        "--year", year,
        "--lang", "id",
        "--out", str(certificate),
    )  # fmt: skip
    assert certificate.read_bytes().startswith(b"%PDF-")
    assert certificate.stat().st_size > 20_000  # fonts embedded, the QR code drawn
    verified = okuvol("verify", str(certificate)).stdout
    assert verified.startswith("VALID certificate") and entry["person"] in verified
    # Alembic ran its migration scripts from inside the bundle to make that ledger; nothing
    # was written beside the program.
    assert not list((dist / "okuvol").glob("*.sqlite3"))


def test_the_bundle_shows_the_window(okuvol: Okuvol, demo: str, account: Path) -> None:
    """Every main view drawn offscreen, in Indonesian, on the sample ledger."""
    shots = account / "screenshots"
    saved = okuvol("screenshots", "--out", str(shots), "--lang", "id").stdout
    for view in VIEWS:
        path = shots / f"{view}.png"
        assert str(path) in saved
        assert path.stat().st_size > 20_000, view
        with Image.open(path) as image:
            assert image.size == (1280, 800), view
            # Text, a chart or a table: far more than a blank or single-colour window.
            assert len(image.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 50, view


def test_the_bundle_opens_the_window_on_a_first_run_with_no_arguments(
    dist: Path, tmp_path: Path
) -> None:
    """A person who just extracted the archive double-clicks okuvol: the window opens and
    offers sample data (a question the offscreen window keeps waiting on), and stays up."""
    env = _environment(tmp_path / "home", tmp_path / "empty-bin")
    (tmp_path / "home").mkdir()
    (tmp_path / "empty-bin").mkdir()
    env["OKUVOL_SAY_WHEN_SHOWN"] = "1"
    with subprocess.Popen(
        [str(dist / "okuvol" / "okuvol")],
        env=env,
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    ) as process:
        assert process.stderr is not None
        try:
            deadline = time.monotonic() + 120
            said = ""
            while time.monotonic() < deadline and process.poll() is None:
                line = process.stderr.readline()
                said += line
                if "first view shown" in line:
                    break
            assert process.poll() is None, f"okuvol stopped: {said}"
            assert "first view shown" in said
            ledger = tmp_path / "home" / ".local" / "share" / "okuvol" / "okuvol.sqlite3"
            assert ledger.is_file()
        finally:
            process.kill()
