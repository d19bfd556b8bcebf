"""`okuvol grant`: database roles for the coordinators and volunteers of a shared ledger."""

from __future__ import annotations

import argparse
from typing import Any

from okuvol_desktop.cli.main import Cli
from okuvol_desktop.cli.names import OrganisationName, PersonName
from okuvol_desktop.cli.output import print_table


def _coordinator(a: argparse.Namespace, cli: Cli) -> int:
    name = cli.ledger.access.coordinator(a.role, a.org)
    cli.out.write(f"{a.role} may now review and certify the hours of {name}.\n")
    return 0


def _volunteer(a: argparse.Namespace, cli: Cli) -> int:
    name = cli.ledger.access.volunteer(a.role, a.person)
    cli.out.write(f"{a.role} may now log and edit the hours of {name}, and only those.\n")
    return 0


def _list(a: argparse.Namespace, cli: Cli) -> int:
    print_table(cli.out, ["ROLE", "AS", "OF"], [list(g) for g in cli.ledger.access.grants()])
    return 0


def register(commands: Any) -> None:
    """Add the grant command."""
    grant = commands.add_parser(
        "grant", help="give a PostgreSQL role access to a shared ledger (run as its owner)"
    )
    kinds = grant.add_subparsers(
        dest="grant_kind", required=True, metavar="coordinator|volunteer|list"
    )
    coordinator = kinds.add_parser(
        "coordinator", help="review and certify one organisation's hours"
    )
    coordinator.add_argument("role", help="the PostgreSQL role (created if missing)")
    coordinator.add_argument("--org", type=OrganisationName, required=True)
    coordinator.set_defaults(handler=_coordinator)
    volunteer = kinds.add_parser("volunteer", help="log and edit one person's own hours")
    volunteer.add_argument("role", help="the PostgreSQL role (created if missing)")
    volunteer.add_argument("--person", type=PersonName, required=True)
    volunteer.set_defaults(handler=_volunteer)
    listing = kinds.add_parser("list", help="every grant")
    listing.set_defaults(handler=_list)
