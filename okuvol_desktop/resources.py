"""The one way to find files of resources/ (fonts, translations), installed or in a checkout.

A wheel carries resources/ as okuvol_desktop/_resources; a development checkout has it beside
the package.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder that holds fonts/ and i18n/."""
    installed = _PACKAGE / "_resources"
    return installed if installed.is_dir() else _PACKAGE.parent / "resources"


def resource_path(relative: str) -> Path:
    """The file at ``relative`` (e.g. "fonts/DejaVuSans.ttf") inside resources/."""
    pure = PurePosixPath(relative)
    # Only names inside resources/ may be asked for (qutebrowser does the same).
    assert not pure.is_absolute() and ".." not in pure.parts, relative
    return resources_dir().joinpath(*pure.parts)
