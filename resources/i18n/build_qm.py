"""Hatch build hook: compile the Qt Linguist translations (.ts) into .qm files.

The .qm files are built, never committed: `pip install` (and an editable install) runs this,
writing them beside their sources in resources/i18n, which the wheel carries.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    """Runs PySide6's lrelease on every resources/i18n/*.ts."""

    PLUGIN_NAME = "qt-translations"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Override of BuildHookInterface.initialize."""
        import PySide6

        lrelease = Path(PySide6.__file__).parent / "lrelease"
        for source in sorted((Path(self.root) / "resources" / "i18n").glob("*.ts")):
            target = source.with_suffix(".qm")
            # Written beside the source: the wheel carries resources/ whole.
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
