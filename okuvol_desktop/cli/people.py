"""`okuvol person`, `okuvol org` and `okuvol role`: who works where, and in which kind of work."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from okuvol_desktop.cli import args as types
from okuvol_desktop.cli.keys import register_org_actions
from okuvol_desktop.cli.main import Cli
from okuvol_desktop.cli.names import OrganisationName, PersonName
from okuvol_desktop.cli.output import print_json, print_listing
from okuvol_desktop.domain.durations import format_hmm

if TYPE_CHECKING:
    from okuvol_desktop.domain.model import Organisation, Person, Role, RoleDetails


def _jsonable(obj: Any) -> dict[str, Any]:
    """A record as JSON values, its id first (a record's fields list what is said of it before
    its id)."""
    fields = asdict(obj)
    fields = {"id": fields.pop("id"), **fields} if "id" in fields else fields
    return {
        k: (
            v.isoformat()
            if hasattr(v, "isoformat")
            else str(v)
            if v is not None and not isinstance(v, int | str | bool)
            else v
        )
        for k, v in fields.items()
    }


def _said(cli: Cli, done: str, record_id: int, name: str) -> int:
    """What a command did to one record, with the id later commands take: ``Added person
    3: Siti Rahmawati``."""
    cli.out.write(f"{done} {record_id}: {name}\n")
    return 0


def _listed(
    a: argparse.Namespace,
    cli: Cli,
    records: Sequence[Any],
    headers: tuple[str, ...],
    to_row: Callable[[Any], tuple[object, ...]],
) -> int:
    """Records as a table, or as JSON with --json."""
    print_listing(
        cli.out, records, as_json=a.json, to_json=_jsonable, headers=headers, to_row=to_row
    )
    return 0


def _given(a: argparse.Namespace, names: tuple[str, ...]) -> dict[str, Any]:
    """The options ``names`` as keyword arguments of a service: their dests are its names."""
    return {name: getattr(a, name) for name in names}


def _archive_pair(
    group: Any, noun: str, named: type[str], handler_archive: Any, handler_restore: Any
) -> None:
    for name, handler, text in (
        ("archive", handler_archive, f"hide a {noun} from lists (its hours still count)"),
        ("restore", handler_restore, f"bring an archived {noun} back"),
    ):
        p = group.add_parser(name, help=text)
        p.add_argument("ref", type=named, metavar=noun.upper(), help="id or exact name")
        p.set_defaults(handler=handler)


# --- people -------------------------------------------------------------------------------------


def _weekly_hours(text: str) -> Decimal:
    """Hours a week for --weekly-limit and --weekly-budget; "none" (or 0) clears the choice."""
    return Decimal(0) if text.strip().lower() in ("none", "") else types.decimal_number(text)


# The options that add and edit share; each one's dest is the name the service takes it by.
_PERSON_FIELDS = (
    "email",
    "phone",
    "birth_date",
    "notes",
    "weekly_limit_hours",
    "weekly_budget_hours",
)


def _person_add(a: argparse.Namespace, cli: Cli) -> int:
    person = cli.ledger.people.add(a.name, **_given(a, _PERSON_FIELDS))
    return _said(cli, "Added person", person.id, person.full_name)


def _week_hours(minutes: int | None) -> str:
    return "not chosen" if minutes is None else f"{format_hmm(minutes)} h"


def _person_show(a: argparse.Namespace, cli: Cli) -> int:
    person = cli.ledger.people.get(a.ref)
    if a.json:
        print_json(cli.out, _jsonable(person))
        return 0
    for label, value in (
        ("id", person.id),
        ("name", person.full_name),
        ("e-mail", person.email or ""),
        ("phone", person.phone or ""),
        ("birth date", person.birth_date.isoformat() if person.birth_date else ""),
        ("notes", person.notes or ""),
        # Without a limit of their own, a person's weeks are measured against 48 h.
        ("weekly limit", _week_hours(person.weekly_limit_minutes)),
        ("weekly volunteering budget", _week_hours(person.weekly_volunteer_minutes)),
        ("archived", "yes" if person.archived else "no"),
    ):
        cli.out.write(f"{label + ':':<28}{value}\n")
    return 0


def _person_list(a: argparse.Namespace, cli: Cli) -> int:
    return _listed(
        a,
        cli,
        cli.ledger.people.by_name(include_archived=a.all),
        ("ID", "NAME", "E-MAIL", "ARCHIVED"),
        lambda p: (p.id, p.full_name, p.email or "", "yes" if p.archived else ""),
    )


def _person_edit(a: argparse.Namespace, cli: Cli) -> int:
    from okuvol_desktop.services.people import PersonChanges

    person = cli.ledger.people.edit(
        a.ref,
        PersonChanges(full_name=a.name, **_given(a, _PERSON_FIELDS)),
    )
    return _said(cli, "Updated person", person.id, person.full_name)


def _person_archive(a: argparse.Namespace, cli: Cli, archived: bool = True) -> int:
    person: Person = cli.ledger.people.set_archived(a.ref, archived)
    return _said(
        cli, f"{'Archived' if archived else 'Restored'} person", person.id, person.full_name
    )


def _person_delete(a: argparse.Namespace, cli: Cli) -> int:
    person = cli.ledger.people.delete(a.ref)
    return _said(cli, "Deleted person", person.id, person.full_name)


def _register_person(commands: Any) -> None:
    group = commands.add_parser("person", help="add, list, edit and archive people")
    actions = group.add_subparsers(dest="action", metavar="ACTION")
    add = actions.add_parser("add", help="record a new person")
    add.add_argument("name", metavar="NAME", help="full name, exactly as it should be printed")
    edit = actions.add_parser("edit", help="change a person's details")
    edit.add_argument("ref", type=PersonName, metavar="PERSON", help="id or exact name")
    edit.add_argument("--name", help="new full name")
    for p in (add, edit):
        p.add_argument("--email")
        p.add_argument("--phone")
        p.add_argument(
            "--birth-date",
            type=types.iso_date,
            metavar="YYYY-MM-DD",
            help="only needed for age-banded award schemes",
        )
        p.add_argument("--notes")
        p.add_argument(
            "--weekly-limit",
            dest="weekly_limit_hours",
            type=_weekly_hours,
            metavar="HOURS",
            help="hours a week of both kinds of work together past which to warn "
            "(1-168; default 48; none clears)",
        )
        p.add_argument(
            "--weekly-budget",
            dest="weekly_budget_hours",
            type=_weekly_hours,
            metavar="HOURS",
            help="volunteer hours meant for a week (1-168, not above the limit; none clears)",
        )
    add.set_defaults(handler=_person_add)
    edit.set_defaults(handler=_person_edit)
    show = actions.add_parser("show", help="a person's details, weekly limit and budget")
    show.add_argument("ref", type=PersonName, metavar="PERSON", help="id or exact name")
    show.add_argument("--json", action="store_true", help="print JSON for scripts")
    show.set_defaults(handler=_person_show)
    listing = actions.add_parser("list", help="list people by name")
    listing.add_argument("--all", action="store_true", help="include archived people")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=_person_list)
    _archive_pair(
        actions,
        "person",
        PersonName,
        _person_archive,
        lambda a, cli: _person_archive(a, cli, archived=False),
    )
    delete = actions.add_parser("delete", help="delete a person who has no entries")
    delete.add_argument("ref", type=PersonName, metavar="PERSON", help="id or exact name")
    delete.set_defaults(handler=_person_delete)


# --- organisations ------------------------------------------------------------------------------


# As _PERSON_FIELDS, for organisations.
_ORG_FIELDS = (
    "logo_path",
    "type",
    "address",
    "contact",
    "signatory_name",
    "signatory_title",
    "verify_url",
)


def _org_add(a: argparse.Namespace, cli: Cli) -> int:
    org = cli.ledger.organisations.add(
        a.name, certificate_language=a.certificate_language or "en", **_given(a, _ORG_FIELDS)
    )
    return _said(cli, "Added organisation", org.id, org.name)


def _org_list(a: argparse.Namespace, cli: Cli) -> int:
    return _listed(
        a,
        cli,
        cli.ledger.organisations.by_name(include_archived=a.all),
        ("ID", "NAME", "TYPE", "ARCHIVED"),
        lambda o: (o.id, o.name, o.type or "", "yes" if o.archived else ""),
    )


def _org_edit(a: argparse.Namespace, cli: Cli) -> int:
    from okuvol_desktop.services.organisations import OrganisationChanges

    org = cli.ledger.organisations.edit(
        a.ref,
        OrganisationChanges(
            name=a.name, certificate_language=a.certificate_language, **_given(a, _ORG_FIELDS)
        ),
    )
    return _said(cli, "Updated organisation", org.id, org.name)


def _org_archive(a: argparse.Namespace, cli: Cli, archived: bool = True) -> int:
    org: Organisation = cli.ledger.organisations.set_archived(a.ref, archived)
    return _said(cli, f"{'Archived' if archived else 'Restored'} organisation", org.id, org.name)


def _org_delete(a: argparse.Namespace, cli: Cli) -> int:
    org = cli.ledger.organisations.delete(a.ref)
    cli.out.write(f"Deleted organisation {org.id}: {org.name}\n")
    return 0


def _register_org(commands: Any) -> None:
    group = commands.add_parser("org", help="add, list, edit and archive organisations")
    actions = group.add_subparsers(dest="action", metavar="ACTION")
    add = actions.add_parser("add", help="record a new organisation")
    add.add_argument("name", metavar="NAME", help="the organisation's name (unique)")
    edit = actions.add_parser("edit", help="change an organisation's details")
    edit.add_argument("ref", type=OrganisationName, metavar="ORG", help="id or exact name")
    edit.add_argument("--name", help="new name")
    for p in (add, edit):
        p.add_argument("--type", help="hospital, school, law firm, NGO...")
        p.add_argument("--address")
        p.add_argument("--contact")
        p.add_argument("--signatory-name", help="who signs certificates")
        p.add_argument("--signatory-title", help="the signatory's title")
        p.add_argument("--certificate-language", choices=("en", "id"))
        p.add_argument(
            "--logo",
            dest="logo_path",
            metavar="IMAGE",
            help='PNG or JPEG, kept in the ledger for documents ("" removes)',
        )
        p.add_argument(
            "--verify-url",
            metavar="URL",
            help="the organisation's own page to check certificates; the QR code opens it "
            "with the code ({code} marks where it goes)",
        )
    add.set_defaults(handler=_org_add)
    edit.set_defaults(handler=_org_edit)
    listing = actions.add_parser("list", help="list organisations by name")
    listing.add_argument("--all", action="store_true", help="include archived organisations")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=_org_list)
    _archive_pair(
        actions, "org", OrganisationName, _org_archive, lambda a, cli: _org_archive(a, cli, False)
    )
    register_org_actions(actions)
    delete = actions.add_parser("delete", help="delete an organisation that has no entries")
    delete.add_argument("ref", type=OrganisationName, metavar="ORG", help="id or exact name")
    delete.set_defaults(handler=_org_delete)


# --- roles --------------------------------------------------------------------------------------


def _role_details(a: argparse.Namespace, current: Role | None = None) -> RoleDetails:
    """The role's terms from the options given, the rest as ``current`` has them."""
    from okuvol_desktop.domain.model import RoleDetails

    given = {
        "title": a.title,
        "field": a.field,
        "start_date": a.date_from,
        "end_date": a.date_to,
        "hourly_rate": a.rate,
        "currency": a.currency,
        # Typed in hours, kept in minutes, as the window's spin box does.
        "weekly_minutes": None if a.weekly_hours is None else int(a.weekly_hours * 60),
    }
    kept = current.details if current is not None else RoleDetails(title="")
    return replace(kept, **{name: value for name, value in given.items() if value is not None})


def _role_add(a: argparse.Namespace, cli: Cli) -> int:
    role = cli.ledger.roles.add(a.person, a.org, a.kind, _role_details(a))
    return _said(cli, f"Added {role.kind.value} role", role.id, role.title)


def _role_list(a: argparse.Namespace, cli: Cli) -> int:
    ledger = cli.ledger
    people = {p.id: p.full_name for p in ledger.people.by_name(include_archived=True)}
    orgs = {o.id: o.name for o in ledger.organisations.by_name(include_archived=True)}
    print_listing(
        cli.out,
        ledger.roles.held(a.person, a.org, include_archived=a.all),
        as_json=a.json,
        to_json=_jsonable,
        headers=("ID", "PERSON", "ORGANISATION", "KIND", "TITLE", "FROM", "TO"),
        to_row=lambda r: (
            r.id,
            people[r.person_id],
            orgs[r.organisation_id],
            r.kind.value,
            r.title,
            r.start_date or "",
            r.end_date or "",
        ),
    )
    return 0


def _role_edit(a: argparse.Namespace, cli: Cli) -> int:
    roles = cli.ledger.roles
    role = roles.edit(a.role_id, _role_details(a, roles.get(a.role_id)))
    return _said(cli, "Updated role", role.id, role.title)


def _role_archive(a: argparse.Namespace, cli: Cli) -> int:
    role = cli.ledger.roles.set_archived(a.role_id, not a.restore)
    cli.out.write(f"{'Restored' if a.restore else 'Archived'} role {role.id}: {role.title}\n")
    return 0


def _register_role(commands: Any) -> None:
    group = commands.add_parser("role", help="give people roles at organisations")
    actions = group.add_subparsers(dest="action", metavar="ACTION")
    add = actions.add_parser("add", help="a new professional or volunteer role")
    add.add_argument("--person", type=PersonName, required=True, help="id or exact name")
    add.add_argument("--org", type=OrganisationName, required=True, help="id or exact name")
    add.add_argument(
        "--kind", required=True, type=types.work_kind, help="professional or volunteer"
    )
    add.add_argument("--title", required=True, help='e.g. "Nurse" or "Reading tutor"')
    edit = actions.add_parser("edit", help="change a role's terms")
    edit.add_argument("role_id", metavar="ROLE_ID", type=types.record_id)
    edit.add_argument("--title")
    for p in (add, edit):
        p.add_argument("--field", help="field of work, e.g. paediatrics")
        p.add_argument("--from", dest="date_from", type=types.iso_date, metavar="YYYY-MM-DD")
        p.add_argument("--to", dest="date_to", type=types.iso_date, metavar="YYYY-MM-DD")
        p.add_argument(
            "--rate",
            type=types.decimal_number,
            metavar="AMOUNT",
            help="hourly rate of a professional role",
        )
        p.add_argument("--currency", metavar="CUR", help="currency of the rate, e.g. IDR")
        p.add_argument(
            "--weekly-hours", type=types.decimal_number, metavar="H", help="contracted hours a week"
        )
    add.set_defaults(handler=_role_add)
    edit.set_defaults(handler=_role_edit)
    listing = actions.add_parser("list", help="list roles")
    listing.add_argument("--person", type=PersonName, help="only this person's roles")
    listing.add_argument("--org", type=OrganisationName, help="only roles at this organisation")
    listing.add_argument("--all", action="store_true", help="include archived roles")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=_role_list)
    archive = actions.add_parser("archive", help="close a role to new entries")
    archive.add_argument("role_id", metavar="ROLE_ID", type=types.record_id)
    archive.add_argument("--restore", action="store_true", help="open it again")
    archive.set_defaults(handler=_role_archive)


def register(commands: Any) -> None:
    """Add the person, org and role commands."""
    _register_person(commands)
    _register_org(commands)
    _register_role(commands)
