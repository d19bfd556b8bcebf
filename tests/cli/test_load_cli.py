"""`okuvol person ... --weekly-limit/--weekly-budget` and the warning of `okuvol log`."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import Okuvol


@pytest.fixture
def okuvol(db_location: str) -> Okuvol:
    return Okuvol(db_location)


def _siti(okuvol: Okuvol, *limits: str) -> None:
    okuvol.ok("person", "add", "Siti Rahmawati", *limits)
    okuvol.ok("org", "add", "RS Harapan")
    for kind, title in (("professional", "Nurse"), ("volunteer", "Tutor")):
        okuvol.ok(
            "role", "add", "--person", "Siti Rahmawati", "--org", "RS Harapan",
            "--kind", kind, "--title", title, "--from", "2026-01-01",
        )  # fmt: skip


def test_limit_and_budget_are_set_shown_and_cleared(okuvol: Okuvol) -> None:
    _siti(okuvol, "--weekly-limit", "40", "--weekly-budget", "7,5")
    shown = okuvol.ok("person", "show", "Siti Rahmawati")
    assert "weekly limit:               40:00 h" in shown
    assert "weekly volunteering budget: 7:30 h" in shown
    okuvol.ok("person", "edit", "Siti Rahmawati", "--weekly-limit", "none")
    person = json.loads(okuvol.ok("person", "show", "Siti Rahmawati", "--json"))
    assert (person["weekly_limit_minutes"], person["weekly_volunteer_minutes"]) == (None, 450)
    listed = json.loads(okuvol.ok("person", "list", "--json"))
    assert listed[0]["weekly_volunteer_minutes"] == 450
    assert "weekly limit:               not chosen" in okuvol.ok("person", "show", "1")


def test_a_budget_above_the_limit_is_a_one_line_mistake(okuvol: Okuvol) -> None:
    _siti(okuvol, "--weekly-limit", "10")
    code, out, err = okuvol("person", "edit", "Siti Rahmawati", "--weekly-budget", "12")
    assert code == 1 and out == ""
    assert err == (
        "okuvol: error: The weekly volunteering budget (12 hours) cannot be above the weekly "
        "limit (10 hours).\n"
    )
    code, _, err = okuvol("person", "edit", "Siti Rahmawati", "--weekly-limit", "200")
    assert code == 1 and "weekly limit must be between 1 and 168 hours (got 200 hours)" in err


def test_log_warns_on_stderr_when_the_week_passes_the_limit_and_still_logs(
    okuvol: Okuvol,
) -> None:
    _siti(okuvol, "--weekly-limit", "10")
    base = ("log", "--person", "Siti Rahmawati", "--org", "RS Harapan")
    code, out, err = okuvol(*base, "--kind", "professional", "--date", "2026-11-23", "--hours", "8")
    assert (code, err) == (0, "")
    code, out, err = okuvol(*base, "--kind", "volunteer", "--date", "2026-11-25", "--hours", "3")
    assert code == 0 and out.startswith("Logged entry 2: 2026-11-25, 3:00 h volunteer")
    assert err == (
        "okuvol: warning: this brings the week of 2026-11-23 to 11:00 h, over the limit of "
        "10:00 h\n"
    )
    # The next week starts afresh.
    code, _, err = okuvol(*base, "--kind", "volunteer", "--date", "2026-11-16", "--hours", "3")
    assert (code, err) == (0, "")
