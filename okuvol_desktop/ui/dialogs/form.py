"""The frame shared by the small forms: labelled rows, an error line, OK and Cancel.

A form's save() calls a service; a refusal is shown in the error line, translated, and the
dialog stays open with everything the user typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.ui.errors import error_text
from okuvol_desktop.ui.palette import error_style


class FormDialog(QDialog):
    """Rows of fields with translated labels; subclasses give the rows and save()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_value: Any = None
        self._form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        self.error = QLabel()
        self.error.setStyleSheet(error_style(self.palette()))
        self.error.setWordWrap(True)
        self.error.hide()
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

    def add_row(self, key: str, widget: QWidget) -> None:
        """A field whose label retranslate_ui() sets by ``key``."""
        label = QLabel()
        label.setBuddy(widget)
        self._labels[key] = label
        self._form.addRow(label, widget)

    def set_labels(self, texts: dict[str, str]) -> None:
        """The rows' labels in the current language."""
        for key, text in texts.items():
            self._labels[key].setText(text)

    def retranslate_ui(self) -> None:
        """Every visible string of the form; subclasses override."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def save(self) -> Any:
        """Carry out the form through a service; raise OkuvolError to refuse."""
        raise NotImplementedError

    def accept(self) -> None:
        """Override of QDialog.accept: close only when the service accepted the form."""
        try:
            self.result_value = self.save()
        except OkuvolError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        super().accept()

    def run(self) -> Any:
        """Show the form and wait; the saved result, or None when cancelled."""
        return self.result_value if self.exec() == QDialog.DialogCode.Accepted else None
