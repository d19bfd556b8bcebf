"""`okuvol demo` and `okuvol migrate`: filling and maintaining the ledger itself."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from okuvol_desktop.cli import args as types
from okuvol_desktop.cli.main import Cli
from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.services.files import check_folder


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


def _screenshots(a: argparse.Namespace, cli: Cli) -> int:
    if cli.desktop is None:
        raise OkuvolError("Screenshots need the desktop application.")
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
    shots = commands.add_parser("screenshots", help="a PNG of every main view, offscreen")
    shots.add_argument("--out", required=True, type=types.out_path, metavar="DIR")
    shots.add_argument("--lang", choices=("en", "id"), default="en")
    shots.set_defaults(handler=_screenshots)
