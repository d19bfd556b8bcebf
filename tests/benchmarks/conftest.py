"""Benchmarks run on their own: `python -m pytest tests/benchmarks -s` (see README)."""

from __future__ import annotations

import os

import pytest

# How many entries the benchmarks generate; a smaller number gives a quick trial run.
ENTRIES = int(os.environ.get("OKUVOL_BENCH_ENTRIES", "1000000"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.benchmark)
