"""Showing what went wrong in words a person understands, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.ui.i18n import translate_message


def error_text(error: OkuvolError) -> str:
    """The error's message in the interface's language."""
    return translate_message(error.text)


def show_error(parent: QWidget | None, error: OkuvolError | str) -> None:
    """A warning box with the message of a user mistake or a failed task."""
    text = error if isinstance(error, str) else error_text(error)
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "okuvol"), text)
