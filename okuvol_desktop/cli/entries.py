"""`okuvol log`, `okuvol entry`, `okuvol approve` and `okuvol timer`: recording hours."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from okuvol_desktop.cli import args as types
from okuvol_desktop.cli.main import Cli
from okuvol_desktop.cli.names import CategoryName, OrganisationName, PersonName
from okuvol_desktop.cli.output import print_json, print_listing, print_table
from okuvol_desktop.domain.durations import format_hmm
from okuvol_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from okuvol_desktop.domain.model import Entry, EntryLine
    from okuvol_desktop.services.entries import EntryInput


def _details(a: argparse.Namespace, base: Entry | None = None) -> EntryInput:
    """What the options say about an entry; with ``base``, unspecified fields keep its values."""
    from okuvol_desktop.services.entries import EntryInput

    def pick(name: str, old: Any) -> Any:
        new = getattr(a, name, None)
        return old if new is None else new

    timed_change = a.start is not None or a.end is not None
    hours = a.hours
    start, end = a.start, a.end
    if base is not None and hours is None and not timed_change:
        start, end = base.start, base.end
        hours = (
            None if base.start is not None else Decimal(base.minutes) / 60
        )  # exact: an unchanged duration survives
    return EntryInput(
        date=pick("date", base.date if base else None),
        hours=hours,
        start=start,
        end=end,
        timezone=pick("timezone", base.timezone if base else None),
        category=pick("category", base.category_id if base else None),
        description=pick("description", base.description if base else None),
        location=pick("location", base.location if base else None),
        skills=pick("skills", base.skills if base else ()),
        beneficiaries=pick("beneficiaries", base.beneficiaries if base else None),
        credits=a.credits,  # None keeps an edited entry's credits
        evidence=tuple(a.evidence or ()),
    )


def _describe(entry: Entry) -> str:
    span = f"{entry.start:%H:%M}-{entry.end:%H:%M}, " if entry.start and entry.end else ""
    return (
        f"entry {entry.id}: {entry.date.isoformat()}, {span}{format_hmm(entry.minutes)} h "
        f"{entry.kind.value}, {entry.status.value}"
    )


def _log(a: argparse.Namespace, cli: Cli) -> int:
    if a.hours is not None and (a.start is not None or a.end is not None):
        raise ValidationError("hours", "Give either --hours or --start and --end, not both.")
    from okuvol_desktop.services.entries import LogEntry

    role = (
        None
        if a.role is None
        else cli.ledger.names.role(a.person, a.org, a.role, kind=a.kind, on=a.date)
    )
    entry = cli.ledger.entries.log(
        LogEntry(
            person=a.person,
            organisation=a.org,
            details=_details(a),
            kind=a.kind,
            role=role,
            draft=a.draft,
        )
    )
    cli.out.write(f"Logged {_describe(entry)}\n")
    _warn_past_limit(cli, entry)
    return 0


def _warn_past_limit(cli: Cli, entry: Entry) -> None:
    """A warning, not a refusal: the hours were worked and are logged; the person (whose own
    limit counts, else 48 h) hears that the week has grown past what they meant to carry."""
    week = cli.ledger.entries.week_of(entry)
    if week.overloaded:
        cli.err.write(
            f"okuvol: warning: this brings the week of {week.week_start.isoformat()} to "
            f"{format_hmm(week.total_minutes)} h, over the limit of "
            f"{format_hmm(week.limit_minutes)} h\n"
        )


def _add_entry_options(p: argparse.ArgumentParser, *, required_date: bool) -> None:
    p.add_argument("--date", type=types.iso_date, required=required_date, metavar="YYYY-MM-DD")
    p.add_argument("--hours", type=types.decimal_number, metavar="H", help="e.g. 2.5")
    p.add_argument("--start", type=types.clock_time, metavar="HH:MM")
    p.add_argument(
        "--end",
        type=types.clock_time,
        metavar="HH:MM",
        help="an end before the start means the entry crosses midnight",
    )
    p.add_argument("--timezone", metavar="AREA/CITY", help="zone of the times (default: yours)")
    p.add_argument("--category", type=CategoryName, help='e.g. "Education" or "Pendidikan"')
    p.add_argument("--description")
    p.add_argument("--location")
    p.add_argument("--skills", type=types.skill_list, metavar="A,B")
    p.add_argument(
        "--beneficiaries", type=types.whole_number, metavar="N", help="how many people were served"
    )
    p.add_argument(
        "--credits",
        type=types.decimal_number,
        metavar="N",
        help="credits towards a requirement (continuing education); 0 takes them away",
    )
    p.add_argument(
        "--evidence",
        type=types.in_path,
        action="append",
        metavar="FILE",
        help="a file that proves it (a training certificate); may be given more than once",
    )


def _line_row(line: EntryLine) -> tuple[Any, ...]:
    e = line.entry
    span = f"{e.start:%H:%M}-{e.end:%H:%M}" if e.start and e.end else ""
    return (
        e.id,
        e.date.isoformat(),
        span,
        format_hmm(e.minutes),
        line.person_name,
        line.organisation_name,
        e.kind.value,
        line.role_title,
        e.status.value,
    )


def _line_json(line: EntryLine) -> dict[str, Any]:
    e = line.entry
    return {
        "id": e.id,
        "date": e.date.isoformat(),
        "start": f"{e.start:%H:%M}" if e.start else None,
        "end": f"{e.end:%H:%M}" if e.end else None,
        "minutes": e.minutes,
        "timezone": e.timezone,
        "person": line.person_name,
        "organisation": line.organisation_name,
        "kind": e.kind.value,
        "role": line.role_title,
        "category": line.category.name_en if line.category else None,
        "description": e.description,
        "location": e.location,
        "skills": list(e.skills),
        "beneficiaries": e.beneficiaries,
        "status": e.status.value,
        "reviewer": e.reviewer,
        "review_note": e.review_note,
        "source": e.source.value,
    }


def _entry_list(a: argparse.Namespace, cli: Cli) -> int:
    from okuvol_desktop.services.listing import LogQuery

    lines = cli.ledger.listing.page(
        LogQuery(
            person=a.person,
            organisation=a.org,
            kind=a.kind,
            status=a.status,
            category=a.category,
            date_from=a.date_from,
            date_to=a.date_to,
            text=a.text,
        ),
        limit=a.limit,
        offset=a.offset,
    )
    print_listing(
        cli.out,
        lines,
        as_json=a.json,
        to_json=_line_json,
        headers=("ID", "DATE", "TIME", "H:MM", "PERSON", "ORGANISATION", "KIND", "ROLE", "STATUS"),
        to_row=_line_row,
    )
    return 0


def _entry_edit(a: argparse.Namespace, cli: Cli) -> int:
    if a.hours is not None and (a.start is not None or a.end is not None):
        raise ValidationError("hours", "Give either --hours or --start and --end, not both.")
    entries = cli.ledger.entries
    entry = entries.edit(a.entry_id, _details(a, entries.get(a.entry_id)))
    cli.out.write(f"Updated {_describe(entry)}\n")
    return 0


def _entry_delete(a: argparse.Namespace, cli: Cli) -> int:
    entry = cli.ledger.entries.delete(a.entry_id)
    cli.out.write(f"Deleted {_describe(entry)}\n")
    return 0


def _entry_submit(a: argparse.Namespace, cli: Cli) -> int:
    count = cli.ledger.approvals.submit(a.entry_ids)
    cli.out.write(f"Submitted {count} entr{'y' if count == 1 else 'ies'} for review.\n")
    return 0


def _approve(a: argparse.Namespace, cli: Cli) -> int:
    from okuvol_desktop.services.approvals import ReviewSelection

    approvals = cli.ledger.approvals
    if a.entry:
        if a.org or a.person or a.date_from or a.date_to:
            raise ValidationError(
                "entry",
                "Name entries with --entry, or choose them with "
                "--org (and --person, --from, --to), not both.",
            )
        count = (
            approvals.reject(a.entry, a.note) if a.reject else approvals.approve(a.entry, a.note)
        )
    elif a.org:
        count = approvals.review_selection(
            ReviewSelection(a.org, a.person, a.date_from, a.date_to),
            reject=a.reject,
            note=a.note,
        )
    else:
        raise ValidationError("entry", "Say which entries: --entry ID... or --org O.")
    verb = "Rejected" if a.reject else "Approved"
    cli.out.write(f"{verb} {count} entr{'y' if count == 1 else 'ies'}.\n")
    return 0


def _timer_start(a: argparse.Namespace, cli: Cli) -> int:
    ledger = cli.ledger
    role = None
    if a.role is not None:
        today = ledger.ctx.today()
        role = ledger.names.role(a.person, a.org, a.role, kind=a.kind, on=today)
    status = ledger.timer.start(
        a.person, a.org, kind=a.kind, role=role, description=a.description, category=a.category
    )
    cli.out.write(
        f"Timer started for {status.person_name}: {status.role_title} at "
        f"{status.organisation_name} ({status.kind.value}).\n"
    )
    return 0


def _timer_stop(a: argparse.Namespace, cli: Cli) -> int:
    entry = cli.ledger.timer.stop(a.person)
    cli.out.write(f"Timer stopped; logged {_describe(entry)}\n")
    return 0


def _timer_cancel(a: argparse.Namespace, cli: Cli) -> int:
    cli.ledger.timer.cancel(a.person)
    cli.out.write("Timer cancelled; nothing was logged.\n")
    return 0


def _timer_status(a: argparse.Namespace, cli: Cli) -> int:
    # On a SQLite ledger at the current schema the standard library's sqlite3 answers, without
    # SQLAlchemy (storage/quick_read.py); anywhere else, the timer service.
    from okuvol_desktop.storage.quick_read import running_timers

    statuses = running_timers(cli.settings.database, datetime.now(UTC))
    if statuses is None:
        statuses = cli.ledger.timer.status()
    if a.json:
        print_json(
            cli.out,
            [
                {
                    "person": s.person_name,
                    "organisation": s.organisation_name,
                    "role": s.role_title,
                    "kind": s.kind.value,
                    "started_at": s.timer.started_at.isoformat(),
                    "elapsed_minutes": int(s.elapsed.total_seconds() // 60),
                }
                for s in statuses
            ],
        )
        return 0
    if not statuses:
        cli.out.write("No timer is running.\n")
    for s in statuses:
        minutes = int(s.elapsed.total_seconds() // 60)
        cli.out.write(
            f"{s.person_name}: {s.role_title} at {s.organisation_name} "
            f"({s.kind.value}), running for {format_hmm(minutes)} h\n"
        )
    return 0


def _register_log(commands: Any) -> None:
    log = commands.add_parser("log", help="log hours: a date with --hours, or --start/--end")
    log.add_argument("--person", type=PersonName, required=True, help="id or exact name")
    log.add_argument("--org", type=OrganisationName, required=True, help="id or exact name")
    log.add_argument(
        "--kind",
        type=types.work_kind,
        help="needed only when the person has roles of both kinds there",
    )
    log.add_argument("--role", help="role title or id, when there are several")
    log.add_argument("--draft", action="store_true", help="keep it a draft, not submitted")
    _add_entry_options(log, required_date=True)
    log.set_defaults(handler=_log)


def _register_entry(commands: Any) -> None:
    group = commands.add_parser("entry", help="list, edit, delete and submit entries")
    actions = group.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", help="entries, newest first")
    listing.add_argument("--person", type=PersonName)
    listing.add_argument("--org", type=OrganisationName)
    listing.add_argument("--kind", type=types.work_kind)
    listing.add_argument("--status", type=types.entry_status)
    listing.add_argument("--category", type=CategoryName)
    listing.add_argument("--from", dest="date_from", type=types.iso_date, metavar="YYYY-MM-DD")
    listing.add_argument("--to", dest="date_to", type=types.iso_date, metavar="YYYY-MM-DD")
    listing.add_argument("--text", help="words in the description or location")
    listing.add_argument("--limit", type=types.whole_number, default=50)
    listing.add_argument("--offset", type=types.whole_number, default=0)
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=_entry_list)
    edit = actions.add_parser("edit", help="change an entry (approved ones go back to review)")
    edit.add_argument("entry_id", metavar="ENTRY_ID", type=types.record_id)
    _add_entry_options(edit, required_date=False)
    edit.set_defaults(handler=_entry_edit)
    delete = actions.add_parser("delete", help="delete a draft or submitted entry")
    delete.add_argument("entry_id", metavar="ENTRY_ID", type=types.record_id)
    delete.set_defaults(handler=_entry_delete)
    submit = actions.add_parser("submit", help="send drafts for review")
    submit.add_argument("entry_ids", metavar="ENTRY_ID", type=types.record_id, nargs="+")
    submit.set_defaults(handler=_entry_submit)


def _register_approve(commands: Any) -> None:
    approve = commands.add_parser("approve", help="approve or reject submitted entries")
    approve.add_argument(
        "--entry", type=types.record_id, nargs="+", metavar="ID", help="these entries"
    )
    approve.add_argument(
        "--org", type=OrganisationName, help="every submitted entry at this organisation..."
    )
    approve.add_argument("--person", type=PersonName, help="...of this person")
    approve.add_argument("--from", dest="date_from", type=types.iso_date, metavar="YYYY-MM-DD")
    approve.add_argument("--to", dest="date_to", type=types.iso_date, metavar="YYYY-MM-DD")
    approve.add_argument("--reject", action="store_true", help="reject instead (needs --note)")
    approve.add_argument("--note", help="the reviewer's note; required when rejecting")
    approve.set_defaults(handler=_approve)


def _register_timer(commands: Any) -> None:
    group = commands.add_parser("timer", help="the live timer")
    actions = group.add_subparsers(dest="action", metavar="ACTION")
    start = actions.add_parser("start", help="start timing work in a role")
    start.add_argument("--person", type=PersonName, required=True)
    start.add_argument("--org", type=OrganisationName, required=True)
    start.add_argument("--kind", type=types.work_kind)
    start.add_argument("--role", help="role title or id, when there are several")
    start.add_argument("--description")
    start.add_argument("--category", type=CategoryName)
    start.set_defaults(handler=_timer_start)
    for name, handler, text in (
        ("stop", _timer_stop, "stop and log the time as an entry"),
        ("cancel", _timer_cancel, "discard the timer, log nothing"),
    ):
        p = actions.add_parser(name, help=text)
        p.add_argument("--person", type=PersonName, help="whose timer, when several are running")
        p.set_defaults(handler=handler)
    status = actions.add_parser("status", help="what is running, and for how long")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_timer_status)


def _evidence_list(a: argparse.Namespace, cli: Cli) -> int:
    ledger = cli.ledger
    credits = ledger.entries.credits(a.entry_id)
    kept = ledger.entries.evidence(a.entry_id)
    if a.json:
        print_json(
            cli.out,
            {
                "entry": a.entry_id,
                "credits": None if credits is None else str(credits),
                "evidence": [
                    {
                        "id": e.id,
                        "file": e.file_name,
                        "media_type": e.media_type,
                        "bytes": e.size,
                        "sha256": e.sha256,
                        "intact": e.intact,
                    }
                    for e in kept
                ],
            },
        )
    else:
        cli.out.write(f"Entry {a.entry_id}: {credits or 'no'} credits\n")
        print_table(
            cli.out,
            ("ID", "FILE", "BYTES", "SHA-256", "CHECK"),
            [
                (e.id, e.file_name, e.size, e.sha256, "intact" if e.intact else "CHANGED")
                for e in kept
            ],
        )
    changed = [e for e in kept if not e.intact]
    for e in changed:
        cli.err.write(
            f"okuvol: {e.file_name} has changed since it was kept: its SHA-256 is no longer "
            f"{e.sha256}\n"
        )
    return 1 if changed else 0


def _evidence_add(a: argparse.Namespace, cli: Cli) -> int:
    kept = cli.ledger.entries.add_evidence(a.entry_id, a.file)
    cli.out.write(f"Kept {kept.file_name} with entry {a.entry_id} (SHA-256 {kept.sha256}).\n")
    return 0


def _evidence_save(a: argparse.Namespace, cli: Cli) -> int:
    kept = cli.ledger.entries.save_evidence(a.evidence_id, a.out)
    cli.out.write(f"Wrote {kept.file_name} to {a.out}.\n")
    return 0


def _register_evidence(commands: Any) -> None:
    group = commands.add_parser("evidence", help="files that prove entries, and their credits")
    actions = group.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", help="an entry's credits and files, hashes checked")
    listing.add_argument("entry_id", metavar="ENTRY_ID", type=types.record_id)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_evidence_list)
    add = actions.add_parser("add", help="keep a file with an entry")
    add.add_argument("entry_id", metavar="ENTRY_ID", type=types.record_id)
    add.add_argument("file", metavar="FILE", type=types.in_path)
    add.set_defaults(handler=_evidence_add)
    save = actions.add_parser("save", help="write a kept file out")
    save.add_argument("evidence_id", metavar="EVIDENCE_ID", type=types.record_id)
    save.add_argument("--out", type=types.out_path, required=True, metavar="FILE")
    save.set_defaults(handler=_evidence_save)


def register(commands: Any) -> None:
    """Add the log, entry, evidence, approve and timer commands."""
    _register_log(commands)
    _register_evidence(commands)
    _register_entry(commands)
    _register_approve(commands)
    _register_timer(commands)
