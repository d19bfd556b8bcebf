"""`okuvol screenshots` saves a picture of every main view, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from okuvol_desktop.app import main
from okuvol_desktop.services.ledger import Ledger

DIALOGS = ("entry-dialog", "week-grid", "import-wizard")


@pytest.mark.parametrize("language", ["en", "id"])
def test_screenshots_of_the_demo_in_both_languages(
    qtbot: QtBot,
    ledger: Ledger,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
) -> None:
    ledger.demo.fill(entries=600, seed=3)
    out = tmp_path / f"shots-{language}"
    assert main(["--db", str(db_path), "screenshots", "--out", str(out), "--lang", language]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        f"{view}.png"
        for view in (
            "dashboard",
            "dashboard-person",
            "time-log",
            "people",
            "organisations",
            "reports",
            "settings",
            "timer",
            "review-queue",
            "rejected-entry",
            *DIALOGS,
        )
    )
    for path in out.iterdir():
        image = QImage(str(path))
        width, height = image.width(), image.height()
        if path.stem in DIALOGS:  # a dialog at its own size
            assert 300 < width < 1280 and 200 < height < 800, path.name
        else:
            assert (width, height) == (1280, 800), path.name
        # Not blank: many colours over the page (one row could fall between two groups of a
        # form, where the system's fonts decide the layout).
        pixels = {
            image.pixel(x, y) for x in range(0, width, 8) for y in range(40, height, height // 16)
        }
        assert len(pixels) > 3, path.name
    assert capsys.readouterr().out.count(".png") == 13
    assert ledger.timer.status() == []  # the running timer of the picture is gone again
