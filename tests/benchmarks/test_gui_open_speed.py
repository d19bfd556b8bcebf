"""Opening the main window on the time log: a million entries against ten.

Measured from creating the window to the first page of the time log on screen, in the same
run and process for both ledgers. Target: ratio at most 1.3.
"""

from __future__ import annotations

import io
import statistics
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from okuvol_desktop.cli.main import run
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.preferences import Preferences
from tests.benchmarks.conftest import ENTRIES

ROUNDS = 5


def _ledger_file(folder: Path, entries: int) -> Path:
    path = folder / f"ledger-{entries}.sqlite3"
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", str(path), "demo", "--entries", str(entries)], out, err) == 0
    return path


def _open_once(qtbot: QtBot, path: Path) -> float:
    ledger = Ledger.open(str(path), timezone="Asia/Jakarta")
    try:
        started = time.perf_counter()
        window = MainWindow(ledger, str(path))
        window.show()
        window.refresh()
        qtbot.waitUntil(lambda: window.time_log.model.rowCount() > 0, timeout=120_000)
        elapsed = time.perf_counter() - started
        qtbot.waitUntil(
            lambda: not any(r.busy() for r in window.findChildren(type(window.runner))),
            timeout=120_000,
        )
        window.close()
        window.deleteLater()
        return elapsed
    finally:
        ledger.close()


def test_open_on_a_million_entries_against_ten(qtbot: QtBot, tmp_path: Path) -> None:
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    Preferences().last_view = 1  # the time log
    small, big = _ledger_file(tmp_path, 10), _ledger_file(tmp_path, ENTRIES)
    small_times, big_times = [], []
    for _ in range(ROUNDS):  # interleaved, so that noise hits both alike
        small_times.append(_open_once(qtbot, small))
        big_times.append(_open_once(qtbot, big))
    ours, reference = statistics.median(big_times), statistics.median(small_times)
    print(
        f"\nwindow with the time log's first page: {ENTRIES:,} entries {ours * 1000:.0f} ms, "
        f"10 entries {reference * 1000:.0f} ms, ratio {ours / reference:.2f}"
    )
    assert ours / reference <= 1.3
