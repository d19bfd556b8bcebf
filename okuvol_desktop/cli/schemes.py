"""`okuvol scheme` and `okuvol progress`: award and requirement schemes, and where a person
stands in those assigned to them."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from okuvol_desktop.cli import args as types
from okuvol_desktop.cli.main import Cli
from okuvol_desktop.cli.names import OrganisationName, PersonName
from okuvol_desktop.cli.output import print_json, print_listing, print_table
from okuvol_desktop.domain.durations import hours

if TYPE_CHECKING:
    from okuvol_desktop.domain.schemes import AwardStanding, RequirementStanding
    from okuvol_desktop.services.schemes import SchemeListing


def _amount(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.01")))


def _shown(value: Decimal) -> str:
    """2, 2.5 or 2.25: hours or credits to two places, without trailing zeros."""
    return f"{value.quantize(Decimal('0.01')).normalize():f}"


def _listing_json(item: SchemeListing) -> dict[str, Any]:
    about = item.scheme.about
    return {
        "name": about.name,
        "type": item.scheme.kind.value,
        "source": about.source,
        "year": about.year,
        "region": about.region,
        "example": about.example,
        "preset": item.preset,
        "in_ledger": item.in_ledger,
        "people": [p.full_name for p in item.people],
        "organisations": [o.name for o in item.organisations],
    }


def _listing_row(item: SchemeListing) -> tuple[str, ...]:
    about = item.scheme.about
    given = [
        *(p.full_name for p in item.people),
        *(f"{o.name} (volunteers)" for o in item.organisations),
    ]
    where = "ledger" if item.in_ledger else "preset"
    return (
        about.name,
        item.scheme.kind.value,
        about.region or "",
        "" if about.year is None else str(about.year),
        where + (", example" if about.example else ""),
        ", ".join(given) or "nobody",
    )


def _list(a: argparse.Namespace, cli: Cli) -> int:
    print_listing(
        cli.out,
        cli.ledger.schemes.listings(),
        as_json=a.json,
        to_json=_listing_json,
        headers=("NAME", "TYPE", "REGION", "YEAR", "KEPT", "ASSIGNED TO"),
        to_row=_listing_row,
    )
    return 0


def _add(a: argparse.Namespace, cli: Cli) -> int:
    scheme = cli.ledger.schemes.add_file(a.file, replace=a.replace)
    verb = "Replaced" if a.replace else "Added"
    cli.out.write(f"{verb} the {scheme.kind.value} scheme {scheme.about.name}.\n")
    return 0


def _export(a: argparse.Namespace, cli: Cli) -> int:
    scheme = cli.ledger.schemes.export(a.name, a.out)
    cli.out.write(f"Wrote the scheme {scheme.about.name} to {a.out}.\n")
    return 0


def _whom(a: argparse.Namespace, cli: Cli) -> str:
    """Who a scheme was given to or taken from, by name: the person, or the volunteers of
    the organisation (the command may have named them by id)."""
    if a.person is not None:
        return cli.ledger.people.get(a.person).full_name
    return f"the volunteers of {cli.ledger.organisations.get(a.org).name}"


def _assign(a: argparse.Namespace, cli: Cli) -> int:
    changed = cli.ledger.schemes.assign(
        a.name, person=a.person, organisation=a.org, starts_on=a.date_from
    )
    whom = _whom(a, cli)
    if changed:
        cli.out.write(f"{a.name.strip()} now applies to {whom}.\n")
    else:
        cli.out.write(f"{a.name.strip()} applied to {whom} already.\n")
    return 0


def _unassign(a: argparse.Namespace, cli: Cli) -> int:
    cli.ledger.schemes.unassign(a.name, person=a.person, organisation=a.org)
    whom = _whom(a, cli)
    cli.out.write(f"{a.name.strip()} no longer applies to {whom}.\n")
    return 0


def _award_json(award: AwardStanding) -> dict[str, Any]:
    return {
        "scheme": award.scheme,
        "band": award.band,
        "reached": award.reached,
        "next_tier": award.next_tier,
        "hours_to_next": hours(award.minutes_to_next),
        "approved_hours": hours(award.approved_minutes),
        "pending_hours": hours(award.pending_minutes),
    }


def _requirement_json(need: RequirementStanding) -> dict[str, Any]:
    return {
        "scheme": need.scheme,
        "measure": need.measure.value,
        "cycle": {"from": need.cycle_start.isoformat(), "to": need.cycle_end.isoformat()},
        "target": _amount(need.target),
        "approved": _amount(need.approved),
        "pending": _amount(need.pending),
        "still_needed": _amount(need.still_needed),
        "met": need.met,
        "minimums": [
            {
                "category": m.category,
                "needed": _amount(m.needed),
                "approved": _amount(m.approved),
                "pending": _amount(m.pending),
                "met": m.met,
            }
            for m in need.minimums
        ],
    }


def _progress(a: argparse.Namespace, cli: Cli) -> int:
    ledger = cli.ledger
    year = a.year or ledger.ctx.today().year
    progress = ledger.schemes.progress(a.person, year)
    if a.json:
        print_json(
            cli.out,
            {
                "person": progress.person.full_name,
                "year": year,
                "awards": [_award_json(x) for x in progress.awards],
                "requirements": [_requirement_json(x) for x in progress.requirements],
            },
        )
        return 0
    if not progress.awards and not progress.requirements:
        cli.out.write(
            f"No scheme applies to {progress.person.full_name}; okuvol scheme list shows them "
            "and okuvol scheme assign gives one.\n"
        )
        return 0
    if progress.awards:
        print_table(
            cli.out,
            ("AWARD", "BAND", "REACHED", "NEXT", "HOURS TO NEXT", "APPROVED", "PENDING"),
            [
                (
                    x.scheme,
                    x.band or "no band fits",
                    x.reached or "-",
                    x.next_tier or "-",
                    hours(x.minutes_to_next),
                    hours(x.approved_minutes),
                    hours(x.pending_minutes),
                )
                for x in progress.awards
            ],
        )
    for need in progress.requirements:
        cli.out.write(
            f"\n{need.scheme}, {need.cycle_start.isoformat()} to {need.cycle_end.isoformat()}: "
            f"{_shown(need.approved)} of {_shown(need.target)} {need.measure.value} approved, "
            f"{_shown(need.pending)} pending; {'met' if need.met else 'not met yet'}\n"
        )
        for m in need.minimums:
            cli.out.write(
                f"  {m.category}: {_shown(m.approved)} of {_shown(m.needed)} "
                f"({_shown(m.pending)} pending){' - met' if m.met else ''}\n"
            )
    return 0


def _whom_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--person", type=PersonName, help="a person's name or id")
    group.add_argument(
        "--org", type=OrganisationName, help="an organisation's name or id: each of its volunteers"
    )


def register(commands: Any) -> None:
    """Add the scheme and progress commands."""
    scheme = commands.add_parser("scheme", help="award and requirement schemes")
    actions = scheme.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", help="the ledger's schemes and the presets")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)
    add = actions.add_parser("add", help="keep the scheme of an okuvol-scheme file")
    add.add_argument("file", type=types.in_path, metavar="FILE")
    add.add_argument(
        "--replace", action="store_true", help="put it in place of the scheme of its name"
    )
    add.set_defaults(handler=_add)
    export = actions.add_parser("export", help="write a scheme as an okuvol-scheme file")
    export.add_argument("name", metavar="NAME")
    export.add_argument("--out", type=types.out_path, required=True, metavar="FILE")
    export.set_defaults(handler=_export)
    assign = actions.add_parser("assign", help="give a scheme to a person or organisation")
    assign.add_argument("name", metavar="NAME")
    _whom_options(assign)
    assign.add_argument(
        "--from",
        dest="date_from",
        type=types.iso_date,
        metavar="YYYY-MM-DD",
        help="the first day of a requirement's cycles (default: 1 January of this year)",
    )
    assign.set_defaults(handler=_assign)
    unassign = actions.add_parser("unassign", help="take a scheme back")
    unassign.add_argument("name", metavar="NAME")
    _whom_options(unassign)
    unassign.set_defaults(handler=_unassign)

    progress = commands.add_parser("progress", help="where a person stands in their schemes")
    progress.add_argument("--person", type=PersonName, required=True)
    progress.add_argument("--year", type=types.year, help="default: this year")
    progress.add_argument("--json", action="store_true")
    progress.set_defaults(handler=_progress)
