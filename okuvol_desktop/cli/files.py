"""`okuvol import`, `export`, `backup` and `restore`: files in and out of the ledger."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from okuvol_desktop.cli import args as types
from okuvol_desktop.cli.ledger_admin import TerminalProgress
from okuvol_desktop.cli.main import Cli
from okuvol_desktop.cli.names import OrganisationName, PersonName
from okuvol_desktop.interchange import okuvol_json
from okuvol_desktop.interchange.formats import FORMATS
from okuvol_desktop.interchange.names import EXPORT_FORMATS


def _import(a: argparse.Namespace, cli: Cli) -> int:
    from okuvol_desktop.services.import_report import describe_import
    from okuvol_desktop.services.importing import ImportOptions

    progress = TerminalProgress(sys.stderr if cli.err is sys.stderr else cli.err, "Rows")
    report = cli.ledger.importing.run(
        a.file,
        ImportOptions(
            format=a.format,
            person=a.person,
            organisation=a.org,
            kind=a.kind,
            timezone=a.timezone,
            dry_run=a.dry_run,
            force_organisation=a.force_org,
            force_kind=a.force_kind,
            date_order=a.date_order,
        ),
        progress,
    )
    for sentence in describe_import(report):
        cli.out.write(f"{sentence}\n")
    return 0


def _export(a: argparse.Namespace, cli: Cli) -> int:
    from okuvol_desktop.services.listing import LogQuery

    progress = TerminalProgress(sys.stderr if cli.err is sys.stderr else cli.err, "Entries")
    query = LogQuery(
        person=a.person,
        organisation=a.org,
        kind=a.kind,
        status=a.status,
        date_from=a.date_from,
        date_to=a.date_to,
        sort="date",
        descending=False,
    )
    count = cli.ledger.exporting.export(a.format, a.out, query, progress, with_keys=a.with_keys)
    noun = "entry" if count == 1 else "entries"
    cli.out.write(f"Wrote {count:,} {noun} to {a.out}.\n")
    if a.with_keys:
        cli.out.write(
            "The file holds the organisations' private signing keys: anyone who has it can "
            "sign in their names. Keep it as safely as a backup.\n"
        )
    return 0


def _backup(a: argparse.Namespace, cli: Cli) -> int:
    out = cli.ledger.backups.backup(a.out)
    cli.out.write(f"Backed up the ledger to {out} (checked: intact).\n")
    return 0


def _restore(a: argparse.Namespace, cli: Cli) -> int:
    restored = cli.ledger.backups.restore(a.file, force=a.force)
    cli.out.write(
        f"Restored {restored.entries:,} entries of {restored.people:,} people from {a.file}.\n"
        f"The ledger it replaced is kept at {restored.kept_aside}.\n"
    )
    return 0


def register(commands: Any) -> None:
    """Add the import, export, backup and restore commands."""
    imp = commands.add_parser("import", help="import another tracker's export file")
    imp.add_argument("file", type=types.in_path, metavar="FILE")
    imp.add_argument("--format", required=True, choices=(*FORMATS, okuvol_json.FORMAT))
    imp.add_argument("--person", help="the person of rows that name none (Timewarrior, Watson)")
    imp.add_argument("--org", help="the organisation of rows that name none")
    imp.add_argument(
        "--kind",
        type=types.work_kind,
        help="professional or volunteer, for rows that do not say (Billable, a tag)",
    )
    imp.add_argument("--force-org", metavar="ORG", help="the organisation of every row")
    imp.add_argument(
        "--force-kind", type=types.work_kind, metavar="KIND", help="the kind of every row"
    )
    imp.add_argument(
        "--date-order",
        type=types.date_order,
        metavar="dmy|mdy|ymd",
        help="how to read dates like 03/02/2026 when the file cannot tell",
    )
    imp.add_argument("--timezone", metavar="Area/City", help="zone of the file's local times")
    imp.add_argument(
        "--dry-run", action="store_true", help="say what would be added; write nothing"
    )
    imp.set_defaults(handler=_import)
    exp = commands.add_parser("export", help="write entries as csv or ics, or the ledger as json")
    exp.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    exp.add_argument("--out", required=True, type=types.out_path, metavar="FILE")
    exp.add_argument("--from", dest="date_from", type=types.iso_date, metavar="YYYY-MM-DD")
    exp.add_argument("--to", dest="date_to", type=types.iso_date, metavar="YYYY-MM-DD")
    exp.add_argument("--person", type=PersonName)
    exp.add_argument("--org", type=OrganisationName)
    exp.add_argument("--kind", type=types.work_kind)
    exp.add_argument("--status", type=types.entry_status)
    exp.add_argument(
        "--with-keys",
        action="store_true",
        help="json: also the private signing keys (without, a ledger loaded from it signs "
        "with new keys; what the old ones signed still verifies)",
    )
    exp.set_defaults(handler=_export)
    back = commands.add_parser("backup", help="a consistent copy of the ledger, even while in use")
    back.add_argument("--out", required=True, type=types.out_path, metavar="FILE")
    back.set_defaults(handler=_backup)
    res = commands.add_parser("restore", help="replace the ledger by a checked backup")
    res.add_argument("file", type=types.in_path, metavar="FILE")
    res.add_argument("--force", action="store_true", help="replace a ledger that holds entries")
    res.set_defaults(handler=_restore)
