"""Parsing `okuvol` arguments and running the chosen command.

User mistakes end with exit status 1 and one line on stderr; anything unexpected ends with
status 70 and one line naming the log file that holds the details (cli.crash_report).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from okuvol_desktop import __version__
from okuvol_desktop.cli import crash_report
from okuvol_desktop.cli.names import resolve_names
from okuvol_desktop.config import DB_ENV, Settings
from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.progress import Cancelled

if TYPE_CHECKING:
    from okuvol_desktop.services.ledger import Ledger


class UsageError(OkuvolError):
    """The command line itself is wrong (unknown option, bad value, missing argument)."""


class Parser(argparse.ArgumentParser):
    """argparse that reports mistakes as UsageError instead of exiting with status 2."""

    def error(self, message: str) -> NoReturn:
        """Override of ArgumentParser.error: one line, handled by run()."""
        raise UsageError("{prog}: {message_}", prog=self.prog, message_=message)


@dataclass
class Cli:
    """What a command handler gets: its arguments' settings, output streams and the ledger."""

    settings: Settings
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    desktop: Desktop | None = None
    _ledger: Ledger | None = None

    @property
    def ledger(self) -> Ledger:
        """The ledger's services, opening (and upgrading) the database on first use."""
        if self._ledger is None:
            # Imported here, not at the top: the services and SQLAlchemy cost most of a
            # command's start, and --help or a usage mistake needs neither.
            from okuvol_desktop.services.ledger import Ledger

            self._ledger = Ledger.open(self.settings.database, timezone=self.settings.timezone)
        return self._ledger

    def close(self) -> None:
        """Release the database."""
        if self._ledger is not None:
            self._ledger.close()


Handler = Callable[[argparse.Namespace, Cli], int]


def build_parser() -> Parser:
    """The whole command line: global options and one sub-parser per command."""
    from okuvol_desktop.cli import (
        access,
        documents,
        entries,
        files,
        ledger_admin,
        people,
        schemes,
        stats,
    )

    parser = Parser(
        prog="okuvol",
        description="Track hours of paid professional work and volunteer work. Without a "
        "command, opens the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"okuvol {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL_OR_FILE",
        help=f"database: a SQLAlchemy URL or a SQLite file path (default: ${DB_ENV}, or a file "
        "in your user data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "id"),
        help="language of the desktop application (default: as last chosen)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in (people, entries, stats, schemes, documents, ledger_admin, files, access):
        module.register(commands)
    return parser


@dataclass(frozen=True, slots=True)
class Desktop:
    """What only the desktop application can do. The composition root passes it in, so this
    package never imports Qt."""

    open: Callable[[Settings], int]
    screenshots: Callable[[Settings, Path, str], list[Path]]


def _check_text(args: argparse.Namespace) -> None:
    """Refuse an argument given in bytes that are not UTF-8 (Python hands them over as lone
    surrogates, which no database stores and no terminal prints)."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list | tuple) else [value]
        if any(isinstance(v, str) and _NOT_UTF8.search(v) for v in values):
            raise UsageError(
                "okuvol: the value of {option} holds bytes that are not UTF-8 text; type it "
                "again, or rename the file",
                option="--" + name.replace("_", "-"),
            )


_NOT_UTF8 = re.compile("[\ud800-\udfff]")


def _dispatch(args: argparse.Namespace, desktop: Desktop | None) -> Handler:
    """The handler for parsed arguments; a missing command or action is a UsageError."""
    if args.command is None:
        if desktop is None:
            raise UsageError("okuvol: choose a command; see okuvol --help")
        gui = desktop.open
        return lambda a, _cli: gui(Settings.resolve(a.db, language=a.lang))
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:  # a command group such as `okuvol person` without its action
        raise UsageError(
            "okuvol {command}: choose an action; see okuvol {command} --help", command=args.command
        )
    return handler


# Exit status of an error okuvol did not expect (BSD's EX_SOFTWARE).
UNEXPECTED = 70


def _unexpected(error: Exception, argv: list[str], err: TextIO) -> int:
    """One line for an error okuvol did not expect, naming the file that holds its details."""
    path = crash_report.record(error, argv)
    if path is None:
        crash_report.fallback(error)
        where = "above"
    else:
        where = f"in {path}"
    err.write(
        f"okuvol: something went wrong that okuvol did not expect ({type(error).__name__}); "
        f"the command stopped. The details are {where}: please send them to whoever looks "
        "after your okuvol, with what you did.\n"
    )
    return UNEXPECTED


def run(
    argv: list[str],
    out: TextIO | None = None,
    err: TextIO | None = None,
    desktop: Desktop | None = None,
) -> int:
    """Run one command line; returns the exit status.

    ``desktop`` opens the desktop application when no command is given, and takes the
    screenshots; the composition root passes it in, so this package never imports Qt.
    """
    out, err = out or sys.stdout, err or sys.stderr
    try:
        return _run(argv, out, err, desktop)
    except KeyboardInterrupt:
        err.write("okuvol: stopped (Ctrl+C); what was being written was not kept.\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - the one guard: anything else gets one line
        return _unexpected(exc, argv, err)


def _run(argv: list[str], out: TextIO, err: TextIO, desktop: Desktop | None) -> int:
    """run() without its guard: user mistakes become one line here."""
    cli: Cli | None = None
    try:
        args = build_parser().parse_args(argv)
        _check_text(args)
        handler = _dispatch(args, desktop)
        cli = opened = Cli(Settings.resolve(args.db), out, err, desktop)
        resolve_names(args, lambda: opened.ledger.names)
        return handler(args, opened)
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    except UsageError as exc:
        err.write(f"{exc}\n")
        return 1
    except Cancelled as exc:
        err.write(f"okuvol: {exc}\n")
        return 130
    except OkuvolError as exc:
        err.write(f"okuvol: error: {exc}\n")
        return 1
    finally:
        if cli is not None:
            cli.close()
