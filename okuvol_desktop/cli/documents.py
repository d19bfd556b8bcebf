"""`okuvol certificate(s)`, `issued`, `reprint`, `verify` and `report`: documents to share."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from okuvol_desktop.cli import args as types
from okuvol_desktop.cli.ledger_admin import TerminalProgress
from okuvol_desktop.cli.main import Cli
from okuvol_desktop.cli.names import OrganisationName, PersonName
from okuvol_desktop.cli.output import print_listing
from okuvol_desktop.domain.durations import hours
from okuvol_desktop.domain.errors import OkuvolError, ValidationError


def _certificate(a: argparse.Namespace, cli: Cli) -> int:
    if a.year is not None and (a.date_from or a.date_to):
        raise ValidationError("year", "Give either --year or --from/--to, not both.")
    from okuvol_desktop.services.certificates import CertificateRequest
    from okuvol_desktop.services.stats import year_period

    ledger = cli.ledger
    period = year_period(a.year, a.date_from, a.date_to, ledger.ctx.today())
    result = ledger.certificates.issue(
        CertificateRequest(a.person, a.org, period, a.lang, a.paper, a.itemised, a.reissue),
        a.out,
    )
    issued = result.certificate
    facts = (
        f"{hours(issued.minutes)} approved volunteer hours of {issued.person_name}, "
        f"{issued.period_start.isoformat()} to {issued.period_end.isoformat()}"
    )
    if result.reused:
        cli.out.write(
            f"Certificate {issued.number} (issued on {issued.issue_date.isoformat()}) already "
            f"certifies these facts: {facts}. Written again to {a.out}; --reissue gives a new "
            "number.\n"
        )
    else:
        cli.out.write(f"Certificate {issued.number}: {facts}, written to {a.out}\n")
    return 0


def _certificates(a: argparse.Namespace, cli: Cli) -> int:
    progress = TerminalProgress(sys.stderr if cli.err is sys.stderr else cli.err, "Certificates")
    issued = cli.ledger.certificates.issue_batch(
        a.org, a.year, float(a.min_hours), a.out, language=a.lang, paper=a.paper, progress=progress
    )
    new = sum(1 for i in issued if not i.reused)
    cli.out.write(
        f"Issued {new} certificate{'' if new == 1 else 's'} into {a.out}"
        + (
            f"; {len(issued) - new} already in force for the same facts were written again"
            if new < len(issued)
            else ""
        )
        + "\n"
    )
    return 0


def _issued(a: argparse.Namespace, cli: Cli) -> int:
    print_listing(
        cli.out,
        cli.ledger.certificates.newest_first(a.org, a.person),
        as_json=a.json,
        to_json=lambda c: {
            "number": c.number,
            "person": c.person_name,
            "organisation": c.organisation_name,
            "from": c.period_start.isoformat(),
            "to": c.period_end.isoformat(),
            "approved_hours": hours(c.minutes),
            "issue_date": c.issue_date.isoformat(),
            "language": c.language,
            "code": c.code,
            "revoked_at": c.revoked_at.isoformat() if c.revoked_at else None,
            "revoked_reason": c.revoked_reason,
        },
        headers=("NUMBER", "PERSON", "ORGANISATION", "FROM", "TO", "HOURS", "ISSUED", "REVOKED"),
        to_row=lambda c: (
            c.number,
            c.person_name,
            c.organisation_name,
            c.period_start,
            c.period_end,
            hours(c.minutes),
            c.issue_date,
            cli.ledger.ctx.day_of(c.revoked_at).isoformat() if c.revoked_at else "",
        ),
    )
    return 0


def _reprint(a: argparse.Namespace, cli: Cli) -> int:
    issued = cli.ledger.certificates.reprint(a.number, a.out)
    cli.out.write(f"Reprinted certificate {issued.number} to {a.out}\n")
    return 0


def _revoke(a: argparse.Namespace, cli: Cli) -> int:
    revoked = cli.ledger.certificates.revoke(a.number, a.reason)
    cli.out.write(
        f"Revoked certificate {revoked.number} of {revoked.person_name}: verify refuses it from "
        "now on. Publish the key file again (org export-key) so that others learn it offline.\n"
    )
    return 0


def _verify(a: argparse.Namespace, cli: Cli) -> int:
    from okuvol_desktop.services.verification import RecordsCheck

    key = None
    if a.key is not None:
        try:
            key = a.key.read_bytes()
        except OSError as exc:
            raise OkuvolError(
                "Cannot read the key file {key}: {strerror}.", key=a.key, strerror=exc.strerror
            ) from exc
    result = cli.ledger.verification.verify(a.target, key)
    if not result.valid:
        cli.err.write(f"okuvol: NOT VALID: {result.reason}\n")
        return 1
    signer = result.signer or "a key in the key file given"
    facts = result.facts
    if facts is None:  # a summary or another document okuvol signed
        cli.out.write(
            f"VALID document, signed by {signer}: {result.document_title or a.target}.\n"
            f"{result.reason}\n"
        )
        return 0
    cli.out.write(
        f"VALID certificate {facts.number}, signed by {signer}.\n"
        f"  Person:       {facts.person}\n"
        f"  Organisation: {facts.organisation}\n"
        f"  Period:       {facts.period_start.isoformat()} to {facts.period_end.isoformat()}\n"
        f"  Approved volunteer hours: {hours(facts.approved_minutes)}\n"
        f"  Issued on:    {facts.issue_date.isoformat()}\n"
        f"  Key:          {facts.key_fingerprint}\n"
    )
    if Path(a.target).suffix.lower() != ".pdf":
        cli.out.write(
            "Compare these facts with the paper: the code vouches for them, not for the paper.\n"
        )
    if result.records is RecordsCheck.AGREE:
        cli.out.write("The records still agree with this certificate.\n")
    elif result.records is RecordsCheck.CHANGED:
        cli.out.write(
            f"The records have changed since: they now hold "
            f"{hours(result.current_minutes or 0)} approved volunteer hours for this "
            "period.\n"
        )
    else:
        cli.out.write("This ledger did not issue it, so its records were not compared.\n")
    return 0


def _report(a: argparse.Namespace, cli: Cli) -> int:
    summaries = cli.ledger.summaries
    if a.subject == "person":
        name = summaries.write_person(a.ref, a.year, a.out, a.lang or "en")
    else:
        name = summaries.write_organisation(a.ref, a.year, a.out, a.lang)
    cli.out.write(f"Wrote the {a.year} summary of {name} to {a.out}\n")
    return 0


def _portfolio(a: argparse.Namespace, cli: Cli) -> int:
    data = cli.ledger.portfolio.write(
        a.ref, a.out, a.lang or "en", date_from=a.date_from, date_to=a.date_to
    )
    cli.out.write(
        f"Wrote the portfolio of {data.person_name} ({data.period_start.isoformat()} to "
        f"{data.period_end.isoformat()}: {hours(data.totals.approved)} approved hours, "
        f"{len(data.certificates)} certificate{'' if len(data.certificates) == 1 else 's'}) "
        f"to {a.out}\n"
    )
    return 0


def _add_print_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("en", "id"), help="language (default: the organisation's)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")


def _register_reports(commands: Any) -> None:
    """`report person|org`, a year of one, and `report portfolio`, a person's whole record."""
    report = commands.add_parser(
        "report", help="a yearly summary of a person or organisation, or a person's portfolio"
    )
    subjects = report.add_subparsers(dest="subject", metavar="person|org|portfolio")
    for subject, text, named in (
        ("person", "a person's year: both kinds of work, goals, awards", PersonName),
        ("org", "an organisation's yearly impact summary", OrganisationName),
    ):
        p = subjects.add_parser(subject, help=text)
        p.add_argument("ref", type=named, metavar=subject.upper(), help="id or exact name")
        p.add_argument("--year", type=types.year, required=True)
        p.add_argument("--lang", choices=("en", "id"))
        p.add_argument("--out", required=True, type=types.out_path, metavar="FILE.pdf")
        p.set_defaults(handler=_report)
    portfolio = subjects.add_parser(
        "portfolio",
        help="a person's whole record for a job application: skills, organisations, awards, "
        "requirements, certificates",
    )
    portfolio.add_argument("ref", type=PersonName, metavar="PERSON", help="id or exact name")
    portfolio.add_argument(
        "--from",
        dest="date_from",
        type=types.iso_date,
        metavar="YYYY-MM-DD",
        help="default: the person's first day with hours",
    )
    portfolio.add_argument(
        "--to", dest="date_to", type=types.iso_date, metavar="YYYY-MM-DD", help="default: today"
    )
    portfolio.add_argument("--lang", choices=("en", "id"), help="language (default: en)")
    portfolio.add_argument("--out", required=True, type=types.out_path, metavar="FILE.pdf")
    portfolio.set_defaults(handler=_portfolio)


def register(commands: Any) -> None:
    """Add the certificate, certificates, issued, reprint, report, revoke and verify commands."""
    one = commands.add_parser("certificate", help="a volunteer certificate for one person")
    one.add_argument("--person", type=PersonName, required=True)
    one.add_argument("--org", type=OrganisationName, required=True)
    one.add_argument("--year", type=types.year)
    one.add_argument("--from", dest="date_from", type=types.iso_date, metavar="YYYY-MM-DD")
    one.add_argument("--to", dest="date_to", type=types.iso_date, metavar="YYYY-MM-DD")
    one.add_argument("--itemised", action="store_true", help="list every approved entry")
    one.add_argument(
        "--reissue",
        action="store_true",
        help="a new number even when a certificate of the same facts is in force",
    )
    _add_print_options(one)
    one.add_argument("--out", required=True, type=types.out_path, metavar="FILE.pdf")
    one.set_defaults(handler=_certificate)

    batch = commands.add_parser(
        "certificates", help="a certificate for every volunteer with enough hours"
    )
    batch.add_argument("--org", type=OrganisationName, required=True)
    batch.add_argument("--year", type=types.year, required=True)
    batch.add_argument("--min-hours", type=types.decimal_number, required=True, metavar="H")
    _add_print_options(batch)
    batch.add_argument("--out", required=True, type=types.out_path, metavar="DIR")
    batch.set_defaults(handler=_certificates)

    issued = commands.add_parser("issued", help="certificates issued so far")
    issued.add_argument("--org", type=OrganisationName)
    issued.add_argument("--person", type=PersonName)
    issued.add_argument("--json", action="store_true")
    issued.set_defaults(handler=_issued)

    reprint = commands.add_parser("reprint", help="print an issued certificate again, unchanged")
    reprint.add_argument("number", metavar="NUMBER")
    reprint.add_argument("--out", required=True, type=types.out_path, metavar="FILE.pdf")
    reprint.set_defaults(handler=_reprint)

    _register_reports(commands)

    revoke = commands.add_parser("revoke", help="withdraw an issued certificate")
    revoke.add_argument("number", metavar="NUMBER")
    revoke.add_argument("--reason", required=True, help="why, in words a recipient understands")
    revoke.set_defaults(handler=_revoke)

    verify = commands.add_parser("verify", help="check a certificate PDF or code, offline")
    verify.add_argument("target", metavar="FILE.pdf|CODE")
    verify.add_argument(
        "--key",
        type=types.in_path,
        metavar="PUBLIC_KEY_FILE",
        help="the key file the organisation published (okuvol org export-key)",
    )
    verify.set_defaults(handler=_verify)
