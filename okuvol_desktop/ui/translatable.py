"""Marking text for translation where it is written and translating it where it is shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate finds
    """Mark ``source`` for translation in ``context``; return it untranslated.

    PySide6's own QT_TRANSLATE_NOOP does the same but is typed as returning ``object``; the
    columns and labels that hold these texts want a ``str``. pyside6-lupdate finds the calls
    by this name, whichever module defines it.
    """
    return source
