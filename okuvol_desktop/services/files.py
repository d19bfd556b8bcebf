"""Writing documents so that a failure never leaves a partial file under the final name."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from okuvol_desktop.domain.errors import OkuvolError


class FileNotWritten(OkuvolError):
    """Writing a document failed; nothing is left under its name."""

    def __init__(self, out: Path, error: OSError) -> None:
        super().__init__(
            "Could not write {file}: {reason}. Nothing was written under that name.",
            file=str(out),
            reason=error.strerror or str(error),
        )


def _new_file_beside(out: Path) -> Path:
    """A new, empty file next to ``out`` under a name of its own.

    Created with os.open and mode 0o666, so that the system's umask decides its permissions
    as for any file the user saves; tempfile.mkstemp makes owner-only files, and certificates
    written into a shared folder could then be opened by no one else.
    """
    while True:
        candidate = out.with_name(f".{out.name}.{secrets.token_hex(4)}.part")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue  # another writer's name; 32 random bits make this rare
        return candidate


def write_atomically(out: Path, write: Callable[[Path], None]) -> Path:
    """Run ``write`` on a temporary file beside ``out`` and return it; the caller renames it
    into place (os.replace) once everything else has succeeded. A failure removes it."""
    path: Path | None = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        path = _new_file_beside(out)
        write(path)
    except BaseException as exc:
        if path is not None:
            path.unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a full disk, a folder that is read-only...
            raise FileNotWritten(out, exc) from exc
        raise
    return path


def write_file(out: Path, write: Callable[[Path], None]) -> None:
    """Write ``out`` whole or not at all."""
    os.replace(write_atomically(out, write), out)
