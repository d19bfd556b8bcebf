"""Writing documents so that a failure never leaves a partial file under the final name."""

from __future__ import annotations

import os
import tempfile
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


def write_atomically(out: Path, write: Callable[[Path], None]) -> Path:
    """Run ``write`` on a temporary file beside ``out`` and return it; the caller renames it
    into place (os.replace) once everything else has succeeded. A failure removes it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(handle)
    path = Path(temporary)
    try:
        write(path)
    except BaseException as exc:
        path.unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a full disk, a file system gone read-only...
            raise FileNotWritten(out, exc) from exc
        raise
    return path


def write_file(out: Path, write: Callable[[Path], None]) -> None:
    """Write ``out`` whole or not at all."""
    os.replace(write_atomically(out, write), out)
