"""The person's yearly summary carries the calendar of weekly load, in both languages."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.people import PersonChanges
from tests.services.helpers import dual_role_person, log

BACKENDS = ("sqlite",)  # the document, not the database, is what these test
SHOTS = Path("/tmp/okuvol-load")


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


@pytest.fixture
def siti(ledger: Ledger) -> Ledger:
    dual_role_person(ledger)
    ledger.people.edit(
        ledger.names.person("Siti Rahmawati"),
        PersonChanges(weekly_limit_hours=Decimal(45), weekly_budget_hours=Decimal("7.5")),
    )
    monday = date(2026, 1, 5)
    while monday <= date(2026, 11, 23):
        if monday.month != 8:  # August off
            log(ledger, monday, kind=WorkKind.PROFESSIONAL, hours="20")
            log(ledger, monday + timedelta(days=1), kind=WorkKind.PROFESSIONAL, hours="20")
            log(ledger, monday + timedelta(days=2), hours="8" if monday.month >= 10 else "3")
        monday += timedelta(weeks=1)
    return ledger


def test_the_data_holds_every_week_with_the_persons_limit(siti: Ledger) -> None:
    load = siti.summaries.person_data(siti.names.person("Siti Rahmawati"), 2026).load
    assert load is not None and len(load.weeks) == 53
    assert (load.limit_minutes, load.budget_minutes) == (45 * 60, 450)
    over = load.over_limit()
    assert len(over) == 8 and over == load.past_budget()  # October and November: 48 h
    assert {w.week_start.month for w in load.rest_weeks()} >= {8}


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "en",
            [
                "Weekly load",
                "Paid work",
                "Volunteering",
                "Over the limit (45 h)",
                "Past the volunteering budget (7.5 h)",
                "Rest week",
                "8 of 53 weeks over the weekly limit of 45 hours",
                "8 weeks past the volunteering budget of 7.5 hours.",
            ],
        ),
        (
            "id",
            [
                "Beban mingguan",
                "Kerja berbayar",
                "Kegiatan relawan",
                "Melebihi batas (45 jam)",
                "Melewati anggaran relawan (7,5 jam)",
                "Minggu istirahat",
                "8 dari 53 minggu melebihi batas mingguan 45 jam",
            ],
        ),
    ],
)
def test_the_summary_pdf_draws_the_calendar_with_its_legend(
    siti: Ledger, tmp_path: Path, language: str, words: list[str]
) -> None:
    out = tmp_path / f"summary-{language}.pdf"
    siti.summaries.write_person(siti.names.person("Siti Rahmawati"), 2026, out, language)
    said = _pdf_text(out)
    for word in words:
        assert word in said
    if shutil.which("pdftoppm"):  # to look at: the page with the calendar, as a picture
        SHOTS.mkdir(exist_ok=True)
        prefix = SHOTS / f"summary-{language}"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out), str(prefix)],
            check=True,
        )
        assert list(SHOTS.glob(f"summary-{language}*.png"))
