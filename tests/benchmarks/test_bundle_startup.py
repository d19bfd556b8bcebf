"""Start-up of the standalone bundle against the installed package, offscreen.

From starting the process to the window's first view with its figures (the line
OKUVOL_SAY_WHEN_SHOWN=1 makes the window write), for `DIR/okuvol/okuvol` and for
`python -m okuvol_desktop` on the same sources and the same ledger, in interleaved rounds of
one run; each once before the rounds, so that the installed package has its bytecode cached
and both have the files in the system's cache. Target of issue 18: ratio at most 1.3.

The bundle is built from a clean checkout (about six minutes), or taken from the folder
OKUVOL_TEST_BUNDLE_OUT names.
"""

from __future__ import annotations

import io
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from okuvol_desktop.cli.main import run
from tests.packaging.bundle import ROOT, build_bundle

ROUNDS = 7
SHOWN = "okuvol: first view shown"


def _until_shown(command: list[str], env: dict[str, str], cwd: Path) -> float:
    """Seconds from starting ``command`` to its window's first view."""
    started = time.perf_counter()
    with subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stderr is not None
        try:
            said = []
            for line in process.stderr:
                if line.startswith(SHOWN):
                    return time.perf_counter() - started
                said.append(line)
            raise AssertionError(f"{command[0]} ended before its window showed: {''.join(said)}")
        finally:
            process.kill()


def test_the_bundle_starts_within_1_3x_of_the_installed_package(tmp_path: Path) -> None:
    dist = build_bundle(tmp_path)
    ledger = tmp_path / "ledger.sqlite3"
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", str(ledger), "demo", "--entries", "10000", "--seed", "1"], out, err) == 0
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),  # no settings of the user's: the dashboard, a fresh window
        "QT_QPA_PLATFORM": "offscreen",
        "OKUVOL_SAY_WHEN_SHOWN": "1",
        "OKUVOL_TZ": "Asia/Jakarta",
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed okuvol has its bytecode cached
    bundle = [str(dist / "okuvol" / "okuvol"), "--db", str(ledger)]
    package = [sys.executable, "-m", "okuvol_desktop", "--db", str(ledger)]
    package_env = {**env, "PYTHONPATH": str(ROOT)}  # these sources, as the bundle's
    _until_shown(bundle, env, tmp_path)
    _until_shown(package, package_env, tmp_path)
    bundle_times, package_times = [], []
    for _ in range(ROUNDS):  # interleaved, so that noise hits both alike
        bundle_times.append(_until_shown(bundle, env, tmp_path))
        package_times.append(_until_shown(package, package_env, tmp_path))
    ours, reference = statistics.median(bundle_times), statistics.median(package_times)
    files = (f for f in (dist / "okuvol").rglob("*") if f.is_file() and not f.is_symlink())
    size = sum(f.stat().st_size for f in files)
    print(
        f"\nfirst view: bundle {ours * 1000:.0f} ms, python -m okuvol_desktop "
        f"{reference * 1000:.0f} ms, ratio {ours / reference:.2f} "
        f"(bundle {size / 2**20:.0f} MB unpacked)"
    )
    assert ours / reference <= 1.3
