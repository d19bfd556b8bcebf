"""`okuvol stats`, `okuvol goal` and `okuvol rate`: counting hours and what they are worth."""

from __future__ import annotations

import argparse
from typing import Any

from okuvol_desktop.cli import args as types
from okuvol_desktop.cli.main import Cli
from okuvol_desktop.cli.names import OrganisationName, PersonName
from okuvol_desktop.cli.output import print_json, print_listing, print_table
from okuvol_desktop.domain.durations import hours
from okuvol_desktop.domain.errors import ValidationError


def _stats(a: argparse.Namespace, cli: Cli) -> int:
    if a.year is not None and (a.date_from is not None or a.date_to is not None):
        raise ValidationError("year", "Give either --year or --from/--to, not both.")
    from okuvol_desktop.services.stats import StatsQuery, stats_document, year_period

    ledger = cli.ledger
    period = year_period(a.year, a.date_from, a.date_to, ledger.ctx.today())
    stats = ledger.stats.stats(StatsQuery(period, a.person, a.org, a.status == "approved"))
    document = stats_document(stats)
    if a.json:
        print_json(cli.out, document)
        return 0
    h = document["hours"]
    people = document["people"]
    cli.out.write(
        f"{document['from']} to {document['to']}: {document['entries']} entries\n"
        f"Hours: {h['professional']} professional, {h['volunteer']} volunteer, "
        f"{h['total']} in all\n"
        f"People: {people['total']} ({people['professional_only']} professional only, "
        f"{people['volunteer_only']} volunteer only, {people['dual_role']} both)\n"
    )
    if document["volunteer_value"]:
        value = document["volunteer_value"]
        cli.out.write(f"Value of volunteer time: {value['amount']:,.2f} {value['currency']}\n")
    cli.out.write("\n")
    print_table(
        cli.out,
        ("ORGANISATION", "PROFESSIONAL", "VOLUNTEER"),
        [
            (r["organisation"], r["professional"], r["volunteer"])
            for r in document["by_organisation"]
        ],
    )
    return 0


def _goal_set(a: argparse.Namespace, cli: Cli) -> int:
    goal = cli.ledger.goals.put(a.person, a.year, a.kind, a.hours)
    cli.out.write(
        f"Goal set: {hours(goal.target_minutes)} {goal.kind.value} hours in {goal.year}.\n"
    )
    return 0


def _goal_list(a: argparse.Namespace, cli: Cli) -> int:
    ledger = cli.ledger
    year = a.year or ledger.ctx.today().year
    progress = ledger.goals.progress(a.person, year)
    if a.json:
        print_json(
            cli.out,
            [
                {
                    "year": p.goal.year,
                    "kind": p.goal.kind.value,
                    "target_hours": hours(p.goal.target_minutes),
                    "approved_hours": hours(p.approved_minutes),
                    "pending_hours": hours(p.pending_minutes),
                }
                for p in progress
            ],
        )
        return 0
    print_table(
        cli.out,
        ("KIND", "TARGET", "APPROVED", "PENDING", "DONE"),
        [
            (
                p.goal.kind.value,
                hours(p.goal.target_minutes),
                hours(p.approved_minutes),
                hours(p.pending_minutes),
                f"{min(p.fraction, 9.99):.0%}",
            )
            for p in progress
        ],
    )
    return 0


def _rate_add(a: argparse.Namespace, cli: Cli) -> int:
    if a.preset is not None:
        if a.amount is not None or a.currency is not None or a.date_from is not None:
            raise ValidationError(
                "preset", "Give either --preset or --amount, --currency and --from, not both."
            )
        rate = cli.ledger.rates.add_preset(a.preset)
    elif a.amount is None or a.currency is None or a.date_from is None:
        raise ValidationError(
            "amount", "Give --amount, --currency and --from (or --preset; see okuvol rate presets)."
        )
    else:
        rate = cli.ledger.rates.add(a.amount, a.currency, a.date_from, a.source)
    cli.out.write(
        f"One volunteer hour is worth {rate.amount} {rate.currency} from "
        f"{rate.valid_from.isoformat()}.\n"
    )
    return 0


def _rate_list(a: argparse.Namespace, cli: Cli) -> int:
    print_table(
        cli.out,
        ("FROM", "AMOUNT", "CURRENCY", "SOURCE"),
        [
            (r.valid_from.isoformat(), r.amount, r.currency, r.source or "")
            for r in cli.ledger.rates.oldest_first()
        ],
    )
    return 0


def _rate_presets(a: argparse.Namespace, cli: Cli) -> int:
    print_listing(
        cli.out,
        cli.ledger.rates.presets(),
        as_json=a.json,
        to_json=lambda p: {
            "id": p.id,
            "country": p.country,
            "currency": p.currency,
            "amount": str(p.amount),
            "valid_from": p.valid_from.isoformat(),
            "year": p.year,
            "method": p.method,
            "source": p.source,
            "example": p.example,
            "note": p.note,
        },
        headers=("ID", "COUNTRY", "AMOUNT", "CURRENCY", "FROM", "METHOD", "SOURCE"),
        to_row=lambda p: (
            p.id + (" (example)" if p.example else ""),
            p.country,
            p.amount,
            p.currency,
            p.valid_from.isoformat(),
            f"{p.method} cost",
            p.source,
        ),
    )
    return 0


def register(commands: Any) -> None:
    """Add the stats, goal and rate commands."""
    stats = commands.add_parser("stats", help="totals for a year or a period")
    stats.add_argument("--year", type=types.year, help="a calendar year (default: this year)")
    stats.add_argument("--from", dest="date_from", type=types.iso_date, metavar="YYYY-MM-DD")
    stats.add_argument("--to", dest="date_to", type=types.iso_date, metavar="YYYY-MM-DD")
    stats.add_argument("--person", type=PersonName, help="only this person")
    stats.add_argument("--org", type=OrganisationName, help="only this organisation")
    stats.add_argument(
        "--status",
        choices=("approved",),
        help="count approved entries only (default: all but rejected)",
    )
    stats.add_argument("--json", action="store_true", help="print the JSON of DESIGN.md")
    stats.set_defaults(handler=_stats)

    goal = commands.add_parser("goal", help="yearly goals of hours")
    actions = goal.add_subparsers(dest="action", metavar="ACTION")
    goal_set = actions.add_parser("set", help="set a person's target for a year")
    goal_set.add_argument("--person", type=PersonName, required=True)
    goal_set.add_argument("--year", type=types.year, required=True)
    goal_set.add_argument("--kind", type=types.work_kind, required=True)
    goal_set.add_argument("--hours", type=types.decimal_number, required=True)
    goal_set.set_defaults(handler=_goal_set)
    goal_list = actions.add_parser("list", help="a person's goals and progress")
    goal_list.add_argument("--person", type=PersonName, required=True)
    goal_list.add_argument("--year", type=types.year)
    goal_list.add_argument("--json", action="store_true")
    goal_list.set_defaults(handler=_goal_list)

    rate = commands.add_parser("rate", help="the value of a volunteer hour")
    actions = rate.add_subparsers(dest="action", metavar="ACTION")
    rate_add = actions.add_parser("add", help="a value from a date on")
    rate_add.add_argument("--amount", type=types.decimal_number)
    rate_add.add_argument("--currency")
    rate_add.add_argument("--from", dest="date_from", type=types.iso_date, metavar="YYYY-MM-DD")
    rate_add.add_argument("--source", help="where the figure comes from")
    rate_add.add_argument("--preset", metavar="ID", help="a published value (rate presets)")
    rate_add.set_defaults(handler=_rate_add)
    actions.add_parser("list", help="every rate").set_defaults(handler=_rate_list)
    presets = actions.add_parser("presets", help="published values okuvol ships, by country")
    presets.add_argument("--json", action="store_true")
    presets.set_defaults(handler=_rate_presets)
