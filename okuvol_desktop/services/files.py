"""Writing documents so that a failure never leaves a partial file under the final name,
and never anywhere it must not go: over the ledger, a folder, a device or through a link."""

from __future__ import annotations

import glob
import os
import secrets
import shutil
from collections.abc import Callable, Collection
from pathlib import Path

from okuvol_desktop.domain.errors import OkuvolError, ValidationError


def check_output(out: Path, protected: Collection[Path] = ()) -> None:
    """Refuse a document's path that is no file to write: empty, a folder, a device or pipe,
    a symbolic link (replacing the link with a file would surprise whoever made it), or one of
    the ``protected`` files (the ledger and its companions: writing there destroys it).

    Raises:
        ValidationError: naming the path and what it is.
    """
    if not str(out).strip():
        raise ValidationError("out", "Give the name of the file to write.")
    try:
        _check_file_to_write(out)
    except (OSError, ValueError) as exc:  # a name too long, a NUL: the system refuses it
        raise ValidationError(
            "out", "{out} cannot be written: {reason}.", out=str(out), reason=_reason(exc)
        ) from exc
    _check_not_protected(out, protected)


def _reason(error: OSError | ValueError | RuntimeError) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return "a file name cannot hold a NUL character" if "null" in str(error) else str(error)


def _check_file_to_write(out: Path) -> None:
    if out.is_symlink():
        raise ValidationError(
            "out",
            "{out} is a symbolic link; give the name of a file, not of a link.",
            out=str(out),
        )
    if out.is_dir():
        raise ValidationError(
            "out",
            "{out} is a folder; give the name of a file in it (for example {example}).",
            out=str(out),
            example=str(out / "document.pdf"),
        )
    if out.exists() and not out.is_file():
        raise ValidationError(
            "out",
            "{out} is not a file but a device or a pipe; give the name of a file.",
            out=str(out),
        )


def check_folder(folder: Path, protected: Collection[Path] = ()) -> None:
    """Refuse a folder to write documents into that is a file, a device or the ledger.

    Raises:
        ValidationError: naming the path and what it is.
    """
    if not str(folder).strip():
        raise ValidationError("out", "Give the folder to write into.")
    try:
        is_file = folder.exists() and not folder.is_dir()
    except (OSError, ValueError) as exc:
        raise ValidationError(
            "out", "{out} cannot be written: {reason}.", out=str(folder), reason=_reason(exc)
        ) from exc
    if is_file:
        raise ValidationError(
            "out",
            "{out} is a file, not a folder; give a folder for the documents.",
            out=str(folder),
        )
    _check_not_protected(folder, protected)


def _check_not_protected(out: Path, protected: Collection[Path]) -> None:
    try:
        resolved = out.resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # a loop of links, a refused name
        raise ValidationError(
            "out", "{out} cannot be written: {reason}.", out=str(out), reason=_reason(exc)
        ) from exc
    if resolved in protected:
        raise ValidationError(
            "out",
            "{out} is the ledger itself (or one of its files); writing there would destroy "
            "it. Choose another name.",
            out=str(out),
        )


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


def write_atomically(
    out: Path, write: Callable[[Path], object], protected: Collection[Path] = ()
) -> Path:
    """Run ``write`` on a temporary file beside ``out`` and return it; the caller renames it
    into place (os.replace) once everything else has succeeded. A failure removes it.

    Raises:
        ValidationError: ``out`` is no file to write (see check_output).
        FileNotWritten: the system refused (a full disk, a read-only folder).
    """
    check_output(out, protected)
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


def write_file(
    out: Path, write: Callable[[Path], object], protected: Collection[Path] = ()
) -> None:
    """Write ``out`` whole or not at all."""
    place(write_atomically(out, write, protected), out)


def place(temporary: Path, out: Path) -> None:
    """Rename a finished temporary file into place, and remove what a killed writer of the
    same name left behind (its hidden .part files)."""
    try:
        os.replace(temporary, out)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise FileNotWritten(out, exc) from exc
    for leftover in out.parent.glob(f".{glob.escape(out.name)}.*.part"):
        leftover.unlink(missing_ok=True)


def save_copy(source: Path, out: Path, protected: Collection[Path] = ()) -> None:
    """Save a copy of a document made before (a preview) at ``out``, whole or not at all."""
    write_file(out, lambda path: shutil.copyfile(source, path), protected)
