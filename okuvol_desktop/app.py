"""Composition root: arguments -> settings -> database -> services -> command line or GUI.

Qt is imported only when the window is opened, so headless commands start fast.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from okuvol_desktop.config import Settings


def _open_gui(settings: Settings) -> int:
    from okuvol_desktop.ui.application import run_application

    return run_application(settings)


def _screenshots(settings: Settings, out_dir: Path, language: str) -> list[Path]:
    from okuvol_desktop.ui.screenshots import take_screenshots

    return take_screenshots(settings, out_dir, language)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `okuvol` command; returns the exit status."""
    from okuvol_desktop.cli.main import Desktop, run

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # A name or path given in bytes that are not UTF-8 comes back in messages: it is printed
    # escaped rather than stopping the command with an encoding error.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return run(
            list(sys.argv[1:] if argv is None else argv), desktop=Desktop(_open_gui, _screenshots)
        )
    except BrokenPipeError:
        # The reader went away (`okuvol entry list | head`): not an error of ours. Point stdout
        # at nothing so that Python's own flush at exit does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
