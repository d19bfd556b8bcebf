"""The bundle's tests take minutes: `python -m pytest -m slow tests/packaging` runs them
(.ci/run does, after the main suite); README's `python -m pytest` leaves them out."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect this folder's slow tests unless the marker expression names them."""
    if "slow" in (config.getoption("markexpr") or ""):
        return
    kept, dropped = [], []
    for item in items:
        mine = item.path.is_relative_to(HERE) and item.get_closest_marker("slow") is not None
        (dropped if mine else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
