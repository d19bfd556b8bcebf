"""The okuvol-scheme file: every preset reads back as written, and a broken or hostile file
is refused with the field or line that is wrong."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.domain.schemes import AwardScheme, RequirementScheme
from okuvol_desktop.interchange import scheme_file
from okuvol_desktop.resources import resource_path

PRESETS = sorted(resource_path("schemes").glob("*.json"))


@pytest.mark.parametrize("path", PRESETS, ids=lambda p: p.stem)
def test_every_preset_is_valid_and_written_back_the_same(path: Path) -> None:
    scheme = scheme_file.parse(path.read_text(encoding="utf-8"))
    text = scheme_file.dumps(scheme)
    assert scheme_file.parse(text) == scheme
    assert scheme_file.dumps(scheme_file.parse(text)) == text  # a fixed point
    assert scheme.about.source  # every preset says where its figures come from


def test_presets_cover_awards_and_requirements_and_mark_examples() -> None:
    schemes = [scheme_file.parse(p.read_text(encoding="utf-8")) for p in PRESETS]
    awards = {s.about.name for s in schemes if isinstance(s, AwardScheme)}
    requirements = [s for s in schemes if isinstance(s, RequirementScheme)]
    assert "President's Volunteer Service Award (US)" in awards
    skp = next(s for s in requirements if s.about.region == "ID")
    assert (skp.cycle_years, skp.about.example) == (5, True)
    cle = next(s for s in requirements if s.about.region == "US-NY")
    assert {m.category: m.amount for m in cle.minimums} == {
        "ethics": 4,
        "diversity_bias": 1,
        "cybersecurity": 1,
    }


def _band(name: str, low: int | None, high: int | None, *tiers: tuple[str, Any]) -> Any:
    return {
        "name": name,
        "min_age": low,
        "max_age": high,
        "tiers": [{"name": tier, "hours": hours} for tier, hours in tiers],
    }


def _award(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": "okuvol-scheme",
        "version": 1,
        "name": "Gold star",
        "type": "award",
        "source": "our board, 2026",
        "period": "year",
        "counts": ["volunteer"],
        "bands": [
            {
                "name": "All",
                "min_age": None,
                "max_age": None,
                "tiers": [{"name": "Gold", "hours": 12.5}],
            }
        ],
    }
    document.update(changes)
    return document


def _requirement(**changes: Any) -> dict[str, Any]:
    document = {k: v for k, v in _award(type="requirement").items() if k not in ("period", "bands")}
    return document | {"measure": "credits", "cycle_years": 5, "target": 10} | changes


def test_decimal_hours_survive_exactly() -> None:
    scheme = scheme_file.from_document(json.loads(json.dumps(_award()), parse_float=Decimal))
    assert isinstance(scheme, AwardScheme)
    assert scheme.bands[0].tiers[0].hours == Decimal("12.5")
    assert '"hours": 12.5' in scheme_file.dumps(scheme)


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        ('{"format": "okuvol-scheme",\n "version": 1,,}', "file", "line 2"),
        (json.dumps({**_award(), "format": "clockify"}), "format", "not an okuvol scheme"),
        (json.dumps({**_award(), "version": 2}), "version", "version 2"),
        (json.dumps({**_award(), "tier": []}), "tier", "tier is not a field"),
        (json.dumps({**_award(), "name": "  "}), "name", "name must be text"),
        (json.dumps({**_award(), "counts": ["charity"]}), "counts", "not charity"),
        (json.dumps({**_award(), "period": "month"}), "period", "one of year, lifetime"),
        (json.dumps({**_award(), "bands": []}), "bands", "at least one"),
        (
            json.dumps(
                _award(
                    bands=[
                        {
                            "name": "A",
                            "min_age": 0,
                            "max_age": None,
                            "tiers": [{"name": "G", "hours": -3}],
                        }
                    ]
                )
            ),
            "bands[0].tiers[0].hours",
            "more than 0",
        ),
        (
            json.dumps(
                _award(
                    bands=[
                        {
                            "name": "Teens",
                            "min_age": 11,
                            "max_age": 18,
                            "tiers": [{"name": "G", "hours": 5}],
                        },
                        {
                            "name": "Adults",
                            "min_age": 18,
                            "max_age": None,
                            "tiers": [{"name": "G", "hours": 9}],
                        },
                    ]
                )
            ),
            "bands",
            "aged 18",
        ),
        (
            json.dumps(
                _award(
                    bands=[
                        {
                            "name": "A",
                            "min_age": 30,
                            "max_age": 20,
                            "tiers": [{"name": "G", "hours": 5}],
                        }
                    ]
                )
            ),
            "bands[0].min_age",
            "above",
        ),
        (
            json.dumps(
                _award(
                    bands=[
                        {
                            "name": "A",
                            "tiers": [{"name": "G", "hours": 5}, {"name": "g", "hours": 6}],
                        }
                    ]
                )
            ),
            "bands[0].tiers",
            "twice",
        ),
        (
            json.dumps(_award(type="requirement")),  # an award's fields in a requirement
            "period",
            "not a field",
        ),
        (
            json.dumps(
                {
                    key: value
                    for key, value in _award(type="requirement").items()
                    if key not in ("period", "bands")
                }
                | {"measure": "credits", "cycle_years": 50, "target": 10}
            ),
            "cycle_years",
            "from 1 to 20",
        ),
        ("[1, 2]", "the file", "JSON object"),
        (json.dumps(_award(year=True)), "year", "whole number"),
    ],
)
def test_a_broken_file_names_what_is_wrong(text: str, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        scheme_file.parse(text)
    assert field in str(caught.value) or caught.value.field == field
    assert words in str(caught.value)
