"""A quick command line (issue 16): each command imports only what it needs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from okuvol_desktop.cli.main import build_parser
from okuvol_desktop.interchange import okuvol_json
from okuvol_desktop.services.importing import WHOLE_LEDGER

# Packages a command loads only when it uses them.
HEAVY = ("sqlalchemy", "alembic", "reportlab", "cryptography", "PySide6")


def _loaded_by(*argv: str) -> tuple[str, set[str]]:
    """What `okuvol ARGV` printed, and which of the HEAVY packages it imported."""
    code = (
        "import sys; from okuvol_desktop.app import main; rc = main(sys.argv[1:]); "
        f"print(*sorted({{m.partition('.')[0] for m in sys.modules}} & set({HEAVY!r})), "
        "file=sys.stderr); sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *argv],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
        env={**os.environ, "COLUMNS": "400"},  # help on one line a command
    )
    assert result.returncode == 0, result.stderr
    return result.stdout, set(result.stderr.split())


def test_a_command_on_a_ledger_at_the_current_schema_loads_no_alembic(db_path: Path) -> None:
    printed, loaded = _loaded_by("--db", str(db_path), "person", "list")
    assert printed == "(none)\n"
    assert loaded == {"sqlalchemy"}  # nor ReportLab, nor cryptography: person list needs neither


def test_help_lists_every_command_and_loads_nothing_heavy() -> None:
    printed, loaded = _loaded_by("--help")
    assert loaded == set()
    (commands,) = (a for a in build_parser()._actions if a.dest == "command")
    for choice in commands._choices_actions:  # every command with its help text
        assert choice.help
        assert f"    {choice.dest} " in printed and choice.help in printed


def test_import_offers_the_whole_ledger_format_the_import_service_reads() -> None:
    # cli/files.py names it through interchange.okuvol_json, so that registering the command
    # does not load the import service.
    assert okuvol_json.FORMAT == WHOLE_LEDGER
