"""Small widgets shared by several pages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QWidget


class NoticeLabel(QLabel):
    """A line that tells the user what is happening, and takes no room when it has nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)

    def say(self, text: str) -> None:
        """Show ``text``, or hide the label when it is empty."""
        self.setText(text)
        self.setVisible(bool(text))


def refill_combo(box: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    """Replace a combo box's items, keeping the chosen value, without announcing a change."""
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    for text, data in items:
        box.addItem(text, data)
    box.setCurrentIndex(max(box.findData(chosen), 0))
    box.blockSignals(False)
