"""`okuvol demo`, `migrate` and `check`: filling and maintaining the ledger itself."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any, TextIO

from okuvol_desktop.cli import args as types
from okuvol_desktop.cli.main import Cli
from okuvol_desktop.domain.errors import OkuvolError


class TerminalProgress:
    """A one-line progress bar on a terminal; silent when output goes to a file."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self._stream = stream
        self._label = label
        self._shown = -1
        self._tty = stream.isatty()

    def report(self, done: int, total: int) -> None:
        """Redraw the bar when the whole percentage changes."""
        percent = 100 * done // total if total else 100
        if not self._tty or percent == self._shown:
            return
        self._shown = percent
        bar = "#" * (percent // 4)
        self._stream.write(f"\r{self._label} [{bar:<25}] {percent:3d}% ({done:,}/{total:,})")
        if done >= total:
            self._stream.write("\n")
        self._stream.flush()

    def cancelled(self) -> bool:
        """A terminal cancels with Ctrl+C, which ends the transaction by itself."""
        return False


def _demo(a: argparse.Namespace, cli: Cli) -> int:
    progress = TerminalProgress(sys.stderr if cli.err is sys.stderr else cli.err, "Entries")
    summary = cli.ledger.demo.fill(
        people=a.people, entries=a.entries, seed=a.seed, progress=progress
    )
    cli.out.write(
        f"Demo data: {summary.people} people, {summary.organisations} organisations, "
        f"{summary.roles} roles, {summary.entries:,} entries.\n"
    )
    return 0


def _migrate(a: argparse.Namespace, cli: Cli) -> int:
    cli.ledger  # opening the ledger upgrades it  # noqa: B018
    cli.out.write(f"The database {cli.settings.shown_database} is at the current schema.\n")
    return 0


def _init_db(a: argparse.Namespace, cli: Cli) -> int:
    cli.ledger  # opening an empty database creates the schema in one transaction  # noqa: B018
    cli.out.write(f"The database {cli.settings.shown_database} holds an okuvol ledger.\n")
    return 0


# A check that finds many differences shows this many and counts the rest.
_SHOWN_DIFFERENCES = 20


def _group(table: str, key: tuple[object, ...]) -> str:
    """A group of a kept totals table in words: its period first, then what it counts."""
    if table == "waiting_line":
        organisation, person = key
        return f"waiting for review: person {person}, organisation {organisation}"
    when, *rest = key
    period = str(when)[:7] if table in ("month_total", "person_month_total") else str(when)
    if table == "person_year_total":
        period = str(when)[:4]
    names = dict(zip(_KEY_WORDS[table], rest, strict=True))
    words = [f"{name} {value}" for name, value in names.items() if name in _IDS]
    if names.get("category") == 0:
        words = [w for w in words if not w.startswith("category")] + ["no category"]
    return ", ".join([period, *words, str(names["kind"]), str(names["status"])])


_IDS = ("person", "organisation", "category")
_KEY_WORDS = {
    "day_total": ("organisation", "kind", "category", "status"),
    "month_total": ("organisation", "kind", "category", "status"),
    "person_month_total": ("person", "organisation", "kind", "status"),
    "person_year_total": ("person", "organisation", "kind", "status"),
}


def _sums(values: tuple[int | date, ...] | None) -> str:
    if values is None:
        return "nothing"
    entries = "1 entry" if values[0] == 1 else f"{values[0]:,} entries"
    said = f"{entries}, {values[1]:,} min"
    if len(values) == 5:  # a line of the queue: sent back, then its first and last day
        said += f", {values[2]:,} sent back, {values[3]} to {values[4]}"
    return said


def _check(a: argparse.Namespace, cli: Cli) -> int:
    found = cli.ledger.totals.check(repair=a.repair)
    for difference in found.differences[:_SHOWN_DIFFERENCES]:
        cli.out.write(
            f"{_group(difference.table, difference.key)}: kept {_sums(difference.kept)}; "
            f"the entries add up to {_sums(difference.counted)}\n"
        )
    hidden = len(found.differences) - _SHOWN_DIFFERENCES
    if hidden > 0:
        cli.out.write(f"... and {hidden:,} more\n")
    if not found.differences:
        cli.out.write(
            f"The kept totals agree with the {found.entries:,} entries "
            f"({found.kept_rows:,} rows of totals).\n"
        )
        return 0
    if found.repaired:
        cli.out.write(
            f"Rebuilt the kept totals from the {found.entries:,} entries; "
            f"{len(found.differences):,} were wrong.\n"
        )
        return 0
    cli.out.write(
        f"{len(found.differences):,} kept totals differ from the entries; "
        "okuvol check --repair rebuilds them.\n"
    )
    return 1


def _screenshots(a: argparse.Namespace, cli: Cli) -> int:
    if cli.desktop is None:
        raise OkuvolError("Screenshots need the desktop application.")
    from okuvol_desktop.services.files import check_folder

    check_folder(a.out, cli.ledger.ctx.ledger_files())
    saved = cli.desktop.screenshots(cli.settings, a.out, a.lang)
    for path in saved:
        cli.out.write(f"{path}\n")
    return 0


def register(commands: Any) -> None:
    """Add the demo, migrate and screenshots commands."""
    demo = commands.add_parser("demo", help="fill an empty database with realistic sample data")
    demo.add_argument(
        "--people",
        type=types.whole_number,
        help="how many people (default: 40, more for large --entries)",
    )
    demo.add_argument("--entries", type=types.whole_number, default=2000)
    demo.add_argument(
        "--seed", type=types.whole_number, default=1, help="the same seed gives the same data"
    )
    demo.set_defaults(handler=_demo)
    migrate = commands.add_parser("migrate", help="bring the database to the current schema")
    migrate.set_defaults(handler=_migrate)
    init = commands.add_parser(
        "init-db", help="create the okuvol schema in an empty database (e.g. on PostgreSQL)"
    )
    init.set_defaults(handler=_init_db)
    check = commands.add_parser(
        "check", help="recompute the kept totals from the entries and report any difference"
    )
    check.add_argument(
        "--repair", action="store_true", help="rebuild the kept totals when any differs"
    )
    check.set_defaults(handler=_check)
    shots = commands.add_parser("screenshots", help="a PNG of every main view, offscreen")
    shots.add_argument("--out", required=True, type=types.out_path, metavar="DIR")
    shots.add_argument("--lang", choices=("en", "id"), default="en")
    shots.set_defaults(handler=_screenshots)
