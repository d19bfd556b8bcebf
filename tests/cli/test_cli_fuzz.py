"""Hypothesis makes the command lines: whatever the arguments, okuvol ends with 0 or with one
line that says what is wrong (status 1), never with an error it did not expect."""

from __future__ import annotations

import argparse
import string
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from okuvol_desktop.cli.main import build_parser
from okuvol_desktop.config import LOG_ENV
from tests.cli.test_cli import Okuvol, _setup

BACKENDS = ("sqlite",)  # the parser and the rules are the same on every database


@pytest.fixture
def okuvol(db_location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Okuvol:
    monkeypatch.setenv("OKUVOL_TZ", "Asia/Jakarta")
    monkeypatch.setenv(LOG_ENV, str(tmp_path / "logs"))
    okuvol = Okuvol(db_location)
    _setup(okuvol)
    return okuvol


# Hypothesis makes the arguments: a real command and action, then options of the parser's
# own, with values from the awkward corners (control characters, surrogates, numbers of
# hundreds of digits, empty text). Commands that take minutes by design (demo of millions of
# entries, restore, the window) are left to the tests above.
_SLOW = {"demo", "restore", "backup", "screenshots", "gui"}


@dataclass(frozen=True)
class _Argument:
    """One argument of a command as the parser defines it."""

    option: str | None  # None: positional
    dest: str
    takes_value: bool
    required: bool
    choices: tuple[str, ...]


def _commands() -> list[tuple[list[str], list[_Argument]]]:
    """Every (command path, its arguments) the parser knows."""
    found: list[tuple[list[str], list[_Argument]]] = []

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> None:
        actions = parser._actions  # noqa: SLF001 - argparse keeps them nowhere else
        subs = [a for a in actions if isinstance(a, argparse._SubParsersAction)]  # noqa: SLF001
        if subs:
            for name, child in subs[0].choices.items():
                if path or name not in _SLOW:
                    walk(child, [*path, name])
            return
        arguments = [
            _Argument(
                next((o for o in a.option_strings if o.startswith("--")), None),
                a.dest,
                a.nargs != 0,
                bool(a.required) or not a.option_strings,
                tuple(str(c) for c in a.choices or ()),
            )
            for a in actions
            if not isinstance(a, argparse._HelpAction | argparse._VersionAction)  # noqa: SLF001
        ]
        found.append((path, arguments))

    walk(build_parser(), [])
    return found


_COMMANDS = _commands()
_HOSTILE = st.one_of(
    st.text(alphabet=string.printable + "\x00\x1b\u202e\udcffŞüÖ", max_size=12),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.sampled_from(["", "0", "-1", "1e308", "nan", "inf", "2026-02-30", "25:61", "9" * 400,
                     str(2**70), "²", "١٢"]),
)  # fmt: skip
# Values a user would give, by what the argument is: most runs get past the parser and into
# the ledger's rules, where the odd values among them then land.
_PLAUSIBLE = {
    "person": ["1", "2", "Şükrü Öztürk", "Nguyễn Thị Hương"],
    "org": ["1", "2", "LBH Keadilan", "RS Harapan"],
    "date": ["2026-03-02", "2026-03-03", "2025-12-31"],
    "hours": ["1", "2.5", "8", "24", "0.25"],
    "start": ["09:00", "10:00", "23:30"],
    "end": ["10:00", "12:00", "00:30"],
    "year": ["2026", "2025"],
    "out": ["out.pdf", "out.csv", "folder"],
}


def _value(argument: _Argument) -> st.SearchStrategy[str]:
    key = argument.dest.removeprefix("date_").replace("organisation", "org")
    plausible = _PLAUSIBLE.get(key) or _PLAUSIBLE.get(argument.dest.split("_")[0])
    if argument.choices:
        return st.one_of(st.sampled_from(argument.choices), _HOSTILE)
    if plausible:
        return st.one_of(st.sampled_from(plausible), st.sampled_from(plausible), _HOSTILE)
    return st.one_of(st.sampled_from(["1", "2", "x"]), _HOSTILE)


@st.composite
def _argv(draw: st.DrawFn) -> list[str]:
    path, arguments = draw(st.sampled_from(_COMMANDS))
    argv = list(path)
    optional = [a for a in arguments if not a.required]
    chosen = draw(st.lists(st.sampled_from(optional), max_size=3, unique=True)) if optional else []
    for argument in [a for a in arguments if a.required] + chosen:
        if argument.option is not None:
            argv.append(argument.option)
        if argument.takes_value:
            argv.append(draw(_value(argument)))
    return argv


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(argv=_argv())
def test_no_arguments_make_okuvol_fail_unexpectedly(
    okuvol: Okuvol, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = okuvol(*argv)
    assert code in (0, 1), f"{argv!r}: {err}"
    assert "Traceback" not in err
