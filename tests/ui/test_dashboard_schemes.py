"""The dashboard shows where a person stands in the schemes assigned to them, and shows a
scheme's name as text, whatever a stranger's file puts in it."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.main_window import MainWindow
from tests.services.helpers import dual_role_person, log


def _labels(window: MainWindow) -> list[QLabel]:
    side = window.dashboard.side
    return [
        side.itemAt(i).widget()
        for i in range(side.count())
        if isinstance(side.itemAt(i).widget(), QLabel)
    ]


def test_requirements_and_awards_on_a_persons_dashboard(
    qtbot: QtBot, ledger: Ledger, db_path: Path, tmp_path: Path
) -> None:
    dual_role_person(ledger)
    scheme = tmp_path / "cpd.json"
    scheme.write_text(
        json.dumps(
            {
                "format": "okuvol-scheme", "version": 1, "type": "requirement",
                "name": "<b>CPD</b> perawat", "source": "test", "measure": "credits",
                "cycle_years": 5, "target": 20, "counts": ["professional"],
                "minimums": [{"category": "education", "amount": 4}],
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    ledger.schemes.add_file(scheme)
    ledger.schemes.assign(
        "<b>CPD</b> perawat",
        person=ledger.names.person("Siti Rahmawati"),
        starts_on=date(2024, 1, 1),
    )
    ledger.schemes.assign(
        "Organisation's own award (example)", person=ledger.names.person("Siti Rahmawati")
    )
    course = log(
        ledger,
        date(2026, 3, 2),
        kind=WorkKind.PROFESSIONAL,
        hours="6",
        credits=Decimal("15.5"),
        category="education",
    )
    log(ledger, date(2026, 3, 3), kind=WorkKind.PROFESSIONAL, hours="2", credits=Decimal(2))
    ledger.approvals.approve([course.id])
    window = MainWindow(ledger, str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    page = window.dashboard
    qtbot.waitUntil(lambda: page.person.count() == 2, timeout=5000)
    page.person.setCurrentIndex(page.person.findText("Siti Rahmawati"))
    qtbot.waitUntil(
        lambda: any("credits approved" in x.text() for x in _labels(window)), timeout=5000
    )
    texts = [x.text() for x in _labels(window)]
    assert "<b>&lt;b&gt;CPD&lt;/b&gt; perawat</b>" in texts  # the name, escaped, in bold
    line = next(t for t in texts if "credits approved" in t)
    assert line.startswith("15.5 of 20 credits approved, 2 awaiting review")
    assert "not met yet" in line
    assert "education: 15.5 of 4 credits ✓" in texts
    assert "no tier yet (Everyone) — 50.00 h more for Bronze" in texts
    plain = next(x for x in _labels(window) if x.text() == "education: 15.5 of 4 credits ✓")
    assert plain.textFormat() == Qt.TextFormat.PlainText
    window.grab().save(str(tmp_path / "dashboard.png"))
