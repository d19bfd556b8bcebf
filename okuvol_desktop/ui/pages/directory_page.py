"""The frame shared by the People and Organisations views: a sortable list beside details."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.errors import show_error
from okuvol_desktop.ui.models.line_table import LineTableModel
from okuvol_desktop.ui.tasks import BackgroundRunner, LedgerWriter
from okuvol_desktop.ui.widgets import NoticeLabel, sorted_list


class DirectoryPage(QWidget):
    """A list of people or organisations with buttons above and the chosen one's details."""

    def __init__(
        self, ledger: Ledger, model: LineTableModel[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._runner = BackgroundRunner(self)
        self._writer = LedgerWriter(self)  # archive and restore
        self.model = model
        # Owned by the page: the model goes with it in the GUI thread, never with a Python
        # cycle that the collector may break in a worker thread.
        model.setParent(self)
        self.table = sorted_list(model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.show_archived = QCheckBox()
        self.show_archived.toggled.connect(self.refresh)
        self.buttons = QHBoxLayout()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side = QWidget()  # the details, and what a page shows under them
        self.side = QVBoxLayout(side)
        self.side.addWidget(self.details)
        self.side.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        scroll.setMinimumWidth(360)  # the details must stay readable beside a wide list
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 440])
        self.message = NoticeLabel()
        top = QHBoxLayout()
        top.addLayout(self.buttons)
        top.addStretch()
        top.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    def button(self, slot: Any) -> QPushButton:
        """A button above the list."""
        button = QPushButton()
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def standard_buttons(self, new: Any, *own: Any) -> list[QPushButton]:
        """New…, Edit…, the page's own buttons (one for each slot in ``own``), then Archive /
        restore, in that order of the keyboard; the page's own buttons."""
        self.new_button = self.button(new)
        self.edit_button = self.button(self.edit_selected)
        buttons = [self.button(slot) for slot in own]
        self.archive_button = self.button(self.toggle_archived)
        return buttons

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """The words every directory shares (subclasses add theirs, then show the details
        again); the model's headers follow."""
        self.model.retranslate()
        self.edit_button.setText(self.tr("&Edit…"))
        self.archive_button.setText(self.tr("&Archive / restore"))
        self.show_archived.setText(self.tr("Show archived"))

    def selected(self) -> Any | None:
        """The DTO of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(rows[0].row())

    def _selection_changed(self, *_changed: object) -> None:
        self.show_details(self.selected())

    def load(self, fetch: Callable[[], list[Any]]) -> None:
        """Fill the list from ``fetch`` (a service call) in a worker, keeping the selection."""

        def done(rows: list[Any]) -> None:
            chosen = self.selected()
            self.model.set_rows(rows)
            self.table.resizeColumnsToContents()
            self.message.say("" if rows else self.empty_text())
            if chosen is not None:
                for row in range(self.model.rowCount()):
                    if self.same(self.model.row(row), chosen):
                        self.table.selectRow(row)
                        break
            self.show_details(self.selected())

        self._runner.run(fetch, done, self.message.say)

    def refresh(self) -> None:
        """Load the list again."""
        raise NotImplementedError

    def show_details(self, line: Any | None) -> None:
        """Show the chosen row's details."""
        raise NotImplementedError

    def edit_selected(self) -> None:
        """Edit the chosen row."""
        raise NotImplementedError

    def toggle_archived(self) -> None:
        """Archive the chosen record (its hours still count), or restore it."""
        line = self.selected()
        if line is None:
            return

        def refused(error: OkuvolError | str) -> None:
            show_error(self, error)
            self.refresh()

        self._writer.write(self.flip_archived(line), lambda _done: self.refresh(), refused, refused)

    def flip_archived(self, line: Any) -> Callable[[], object]:
        """The service call that archives the record of ``line`` if it is not, restores it if
        it is (run in the write thread)."""
        raise NotImplementedError

    def empty_text(self) -> str:
        """What to say when the list is empty."""
        raise NotImplementedError

    @staticmethod
    def same(a: Any, b: Any) -> bool:
        """Whether two rows are the same record (to keep it selected after a reload)."""
        raise NotImplementedError
