"""Small widgets shared by several pages."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


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
