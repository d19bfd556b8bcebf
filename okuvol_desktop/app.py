"""Composition root: arguments -> settings -> database -> services -> command line or GUI.

Qt is imported only when the window is opened, so headless commands start fast.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from okuvol_desktop.config import Settings


def _open_gui(settings: Settings) -> int:
    from okuvol_desktop.ui.application import run_application

    return run_application(settings)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `okuvol` command; returns the exit status."""
    from okuvol_desktop.cli.main import run

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return run(list(sys.argv[1:] if argv is None else argv), open_gui=_open_gui)
    except BrokenPipeError:
        # The reader went away (`okuvol entry list | head`): not an error of ours. Point stdout
        # at nothing so that Python's own flush at exit does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
