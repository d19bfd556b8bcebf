"""Driving the small forms (ui/dialogs/form.py) as a person does: press OK, wait for the
ledger's answer (the form is carried out in the window's write thread)."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from okuvol_desktop.ui.dialogs.form import FormDialog


def answered(dialog: FormDialog, seconds: float = 5) -> None:
    """Wait until the form sent to the ledger has its answer shown (closed, or refused)."""
    deadline = time.monotonic() + seconds
    while dialog.saving():
        assert time.monotonic() < deadline, "the ledger never answered the form"
        QApplication.processEvents()
        time.sleep(0.002)


def press_ok(dialog: FormDialog) -> None:
    """Click OK and wait for the ledger's answer."""
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    answered(dialog)
