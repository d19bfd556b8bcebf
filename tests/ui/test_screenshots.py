"""`okuvol screenshots` saves a picture of every main view, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from okuvol_desktop.app import main
from okuvol_desktop.services.ledger import Ledger


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
        )
    )
    for path in out.iterdir():
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 800)
        # Not blank: many colours over the page (one row could fall between two groups of a
        # form, where the system's fonts decide the layout).
        pixels = {image.pixel(x, y) for x in range(0, 1280, 8) for y in range(100, 800, 50)}
        assert len(pixels) > 3, path.name
    assert capsys.readouterr().out.count(".png") == 8
    assert ledger.timer.status() == []  # the running timer of the picture is gone again
