"""`okuvol org export-key|rotate-key|import-key|keys`: the keys that sign an organisation's
documents."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from okuvol_desktop.cli import args as types
from okuvol_desktop.cli.main import Cli
from okuvol_desktop.cli.names import OrganisationName
from okuvol_desktop.cli.output import print_listing
from okuvol_desktop.domain.errors import ValidationError

if TYPE_CHECKING:  # it imports cryptography, which registering the commands does not need
    from okuvol_desktop.domain.keys import KeyRecord

PASSWORD_ENV = "OKUVOL_KEY_PASSWORD"


def _export_key(a: argparse.Namespace, cli: Cli) -> int:
    holder, published = cli.ledger.keys.publish(a.ref, a.out)
    cli.out.write(
        f"Wrote the public keys of {holder} ({len(published.certificates)} certificate"
        f"{'' if len(published.certificates) == 1 else 's'}) and its list of revoked "
        f"certificates to {a.out}; publish it so that anyone can check its certificates.\n"
    )
    return 0


def _rotate_key(a: argparse.Namespace, cli: Cli) -> int:
    record = cli.ledger.keys.rotate(a.ref)
    cli.out.write(
        f"A new key signs from now on: {record.fingerprint}. Certificates signed before still "
        "verify; publish the key file again (org export-key).\n"
    )
    return 0


def _password() -> bytes | None:
    """The PKCS#12 password: from the environment, else asked for at a terminal."""
    if PASSWORD_ENV in os.environ:
        return os.environ[PASSWORD_ENV].encode("utf-8") or None
    if sys.stdin.isatty():
        return getpass.getpass("Password of the key file (empty for none): ").encode() or None
    return None


def _import_key(a: argparse.Namespace, cli: Cli) -> int:
    try:
        data = a.file.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "file", "Cannot read {file}: {reason}.", file=a.file, reason=exc.strerror
        ) from exc
    record = cli.ledger.keys.import_pkcs12(a.ref, data, _password())
    cli.out.write(
        f"The key {record.fingerprint} of {record.holder} signs this organisation's documents "
        "from now on; publish the key file again (org export-key).\n"
    )
    return 0


def _age(record: KeyRecord, now: datetime) -> str:
    days = (now - record.created_at).days
    return f"{days} day{'' if days == 1 else 's'}"


def _keys(a: argparse.Namespace, cli: Cli) -> int:
    now = cli.ledger.ctx.clock()
    day_of = cli.ledger.ctx.day_of  # dates where the user is, as every message names them
    print_listing(
        cli.out,
        cli.ledger.keys.keys(a.ref),
        as_json=a.json,
        to_json=lambda r: {
            "fingerprint": r.fingerprint,
            "algorithm": r.algorithm,
            "holder": r.holder,
            "created_at": r.created_at.isoformat(),
            "retired_at": r.retired_at.isoformat() if r.retired_at else None,
        },
        headers=("FINGERPRINT", "ALGORITHM", "CREATED", "AGE", "STATE"),
        to_row=lambda r: (
            r.fingerprint,
            r.algorithm,
            day_of(r.created_at).isoformat(),
            _age(r, now),
            f"retired {day_of(r.retired_at).isoformat()}" if r.retired_at else "signs now",
        ),
    )
    return 0


def register_org_actions(actions: Any) -> None:
    """Add the key actions to the `org` command."""
    export_key = actions.add_parser(
        "export-key",
        help="write the public keys and the list of revoked certificates, to publish",
    )
    export_key.add_argument("ref", type=OrganisationName, metavar="ORG", help="id or exact name")
    export_key.add_argument("--out", required=True, type=types.out_path, metavar="FILE")
    export_key.set_defaults(handler=_export_key)

    rotate = actions.add_parser(
        "rotate-key", help="a new key signs from now on; what the old one signed still verifies"
    )
    rotate.add_argument("ref", type=OrganisationName, metavar="ORG", help="id or exact name")
    rotate.set_defaults(handler=_rotate_key)

    imported = actions.add_parser(
        "import-key",
        help=f"sign with a key and certificate from a PKCS#12 file (password: ${PASSWORD_ENV})",
    )
    imported.add_argument("ref", type=OrganisationName, metavar="ORG", help="id or exact name")
    imported.add_argument("file", type=types.in_path, metavar="FILE.p12")
    imported.set_defaults(handler=_import_key)

    listing = actions.add_parser("keys", help="the organisation's signing keys and their age")
    listing.add_argument("ref", type=OrganisationName, metavar="ORG", help="id or exact name")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=_keys)
