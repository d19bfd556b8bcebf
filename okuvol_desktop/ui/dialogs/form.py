"""The frame shared by the small forms: labelled rows, an error line, OK and Cancel.

A form's change() reads the form and returns the service call that carries it out; the call
runs in the window's write thread (the form waits, the window does not). A refusal is shown
under the field it names (or in the error line), translated, the field takes the focus, and
the dialog stays open with everything the user typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.errors import OkuvolError, ValidationError
from okuvol_desktop.ui.errors import error_text
from okuvol_desktop.ui.mnemonics import keep_mnemonics
from okuvol_desktop.ui.palette import error_style
from okuvol_desktop.ui.tasks import LedgerWriter
from okuvol_desktop.ui.widgets import name_fields


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(error_style(label.palette()))
    label.setWordWrap(True)
    label.hide()
    return label


class FormDialog(QDialog):
    """Rows of fields with translated labels; subclasses give the rows and change().

    Attributes:
        field_rows: The row that shows a refusal of a service's field, where the names differ
            ("full_name" is shown under the row "name").
    """

    field_rows: dict[str, str] = {}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_value: Any = None
        self._form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._mnemonics = keep_mnemonics(self)
        self._writer = LedgerWriter(self)

    def add_row(self, key: str, widget: QWidget, field: QWidget | None = None) -> None:
        """A row whose label retranslate_ui() sets by ``key``, with a line under it for a
        refusal; ``field`` is the input of a row made of several widgets."""
        label = QLabel()
        label.setBuddy(field or widget)
        self._labels[key] = label
        self._form.addRow(label, widget)
        self._errors[key] = _error_label()
        self._form.addRow("", self._errors[key])

    def set_labels(self, texts: dict[str, str]) -> None:
        """The rows' labels in the current language; each field is named after its label."""
        name_fields((self._labels[key], text) for key, text in texts.items())
        self._mnemonics.settle()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Override of QWidget.showEvent: the form opens on its first field, not on OK."""
        super().showEvent(event)
        fields = (label.buddy() for label in self._labels.values())
        first = next((field for field in fields if field is not None and field.isEnabled()), None)
        if first is not None:
            first.setFocus()

    def retranslate_ui(self) -> None:
        """Every visible string of the form; subclasses override."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def change(self) -> Callable[[], Any]:
        """Read the form now and return the service call that carries it out (it runs in
        the write thread and must not touch the form); raise OkuvolError to refuse at once."""
        raise NotImplementedError

    def saving(self) -> bool:
        """Whether the form has been sent and the ledger has not answered yet."""
        return self._writer.busy()

    def accept(self) -> None:
        """Override of QDialog.accept: send the form; close only when the service accepted
        it. Meanwhile OK and Cancel wait (the change cannot be called back)."""
        if self.saving():
            return
        for line in (self.error, *self._errors.values()):
            line.hide()
        for label in self._labels.values():
            if label.buddy() is not None:
                label.buddy().setAccessibleDescription("")
        try:
            call = self.change()
        except OkuvolError as error:
            self._show_refusal(error)
            return
        self.buttons.setEnabled(False)
        self._writer.write(call, self._saved, self._refused, self._failed)

    def reject(self) -> None:
        """Override of QDialog.reject: not while the form is on its way to the ledger."""
        if not self.saving():
            super().reject()

    def _saved(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = result
        super().accept()

    def _refused(self, error: OkuvolError) -> None:
        self.buttons.setEnabled(True)
        self._show_refusal(error)

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message)
        self.error.show()

    def refusal(self) -> str:
        """The refusal the form shows now, wherever it is shown ("" when none)."""
        lines = (self.error, *self._errors.values())
        return next((line.text() for line in lines if not line.isHidden()), "")

    def _show_refusal(self, error: OkuvolError) -> None:
        """The message under the field it names, which takes the focus (a screen reader then
        reads the field with the message as its description)."""
        key = None
        if isinstance(error, ValidationError):
            key = self.field_rows.get(error.field, error.field)
        line = self._errors.get(key or "", self.error)
        line.setText(error_text(error))
        line.show()
        label = self._labels.get(key or "")
        field = label.buddy() if label is not None else None
        if field is not None:
            field.setAccessibleDescription(error_text(error))
            field.setFocus()

    def run(self) -> Any:
        """Show the form and wait; the saved result, or None when cancelled. The form is
        deleted once the event loop runs again."""
        accepted = self.exec() == QDialog.DialogCode.Accepted
        # PySide6's exec() hands the dialog to Python, and the form and its mnemonic keeper
        # refer to each other: left to the cycle collector, the dialog would be destroyed in
        # whichever thread collects (a background task's too), and Qt crashes there.
        self.deleteLater()
        return self.result_value if accepted else None
