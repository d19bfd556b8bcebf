"""Building the standalone bundle from a clean copy of the committed sources, as a user of
packaging/build.py would, for the bundle's test and its start-up benchmark."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Reuse a bundle built before (the folder given to --out), e.g. while working on the test.
BUNDLE_ENV = "OKUVOL_TEST_BUNDLE_OUT"
BUILD_TIMEOUT_S = 40 * 60  # about 6 minutes on two cores


def version() -> str:
    """The version the bundle says it is: the sources', not the installed package's."""
    text = (ROOT / "okuvol_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    assert found is not None
    return found.group(1)


def clean_checkout(into: Path) -> Path:
    """The committed tree (HEAD), as `git archive` hands it out: no build leftovers, no .qm
    files, nothing uncommitted."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", "HEAD"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="tar")
    return into


def build_bundle(work: Path) -> Path:
    """`python packaging/build.py --out OUT` in a clean checkout; returns OUT."""
    given = os.environ.get(BUNDLE_ENV)
    if given:
        return Path(given)
    source = clean_checkout(work / "source")
    out = work / "dist"
    subprocess.run(
        [sys.executable, "packaging/build.py", "--out", str(out)],
        cwd=source,
        check=True,
        timeout=BUILD_TIMEOUT_S,
    )
    return out
