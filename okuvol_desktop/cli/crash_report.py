"""What okuvol does with an error it did not expect: the details go to a log file, the user
gets one line that names it.

A traceback on the terminal helps no volunteer and may print people's data; a file they can
send does both jobs. Passwords in a database URL are hidden in the file too.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from okuvol_desktop import __version__
from okuvol_desktop.config import log_folder
from okuvol_desktop.storage.locations import shown_location

LOG_NAME = "okuvol-errors.log"
# A few reports of a few hundred lines each; older ones make way.
_LOG_BYTES, _LOG_KEPT = 1_000_000, 3


def record(error: BaseException, argv: list[str]) -> Path | None:
    """Append ``error`` with its traceback to the error log; the log's path, or None when it
    cannot be written either (then the details go to stderr)."""
    # Imported only when something went wrong: every command imports this module.
    import platform
    from logging.handlers import RotatingFileHandler

    logger = logging.getLogger("okuvol.crash")
    logger.propagate = False  # the details go to the file, not to the terminal's handler
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        handler = RotatingFileHandler(
            path,
            maxBytes=_LOG_BYTES,
            backupCount=_LOG_KEPT,
            encoding="utf-8",
            errors="backslashreplace",
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    logger.addHandler(handler)
    try:
        logger.error(
            "okuvol %s, Python %s on %s\nokuvol %s",
            __version__,
            platform.python_version(),
            platform.platform(),
            " ".join(shown_location(arg)[:200] for arg in argv),
            exc_info=error,
        )
    finally:
        logger.removeHandler(handler)
        handler.close()
    return path


def fallback(error: BaseException) -> None:
    """The details on stderr, when no log file could be written."""
    import traceback

    traceback.print_exception(error, file=sys.stderr)
