"""The week grid: a person's whole week of hours typed at once, saved all together or not at all."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.durations import format_hmm
from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.model import Entry
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.week_sheet import CellError, WeekSheet
from okuvol_desktop.ui.errors import error_text
from okuvol_desktop.ui.labels import format_date
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.mnemonics import keep_mnemonics
from okuvol_desktop.ui.models.week_grid import WeekGridModel
from okuvol_desktop.ui.palette import error_style
from okuvol_desktop.ui.tasks import BackgroundRunner, LedgerWriter
from okuvol_desktop.ui.widgets import NoticeLabel, name_fields


class WeekGridDialog(QDialog):
    """Hours for each role and day of a week; Save logs them as entries in one transaction.

    Attributes:
        saved: The entries Save logged (empty until then), for the caller's undo stack.
    """

    def __init__(
        self,
        ledger: Ledger,
        lookups: Lookups,
        today: date,
        *,
        person_id: int | None = None,
        first_weekday: int = 0,
        weekly_limit_minutes: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._today = today
        self._first_weekday = first_weekday
        self._limit = weekly_limit_minutes
        self._day = today
        self._runner = BackgroundRunner(self)
        self._writer = LedgerWriter(self)  # the week is logged in the write thread
        self.saved: list[Entry] = []
        self.person = QComboBox()
        for person in lookups.people:
            self.person.addItem(person.full_name, person.id)
        if person_id is not None:
            self.person.setCurrentIndex(max(self.person.findData(person_id), 0))
        self.previous_week = QPushButton("◀")
        self.next_week = QPushButton("▶")
        self.this_week = QPushButton()
        for arrow in (self.previous_week, self.next_week):
            arrow.setFixedWidth(40)
        self.week_label = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.model = WeekGridModel(today, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(64)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.drafts = QCheckBox()
        self.summary = QLabel()
        self.message = NoticeLabel()
        self.message.setStyleSheet(error_style(self.palette()))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        self.person.currentIndexChanged.connect(self._person_changed)
        self.previous_week.clicked.connect(lambda: self._move(-7))
        self.next_week.clicked.connect(lambda: self._move(7))
        self.this_week.clicked.connect(lambda: self._move_to(self._today))
        self.model.sig_refused.connect(self.message.say)
        self.model.sig_typed_changed.connect(self._update_summary)
        self.retranslate_ui()
        self.resize(900, 420)
        self.load()
        keep_mnemonics(self)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        self._person_label = QLabel()
        self._person_label.setBuddy(self.person)
        top.addWidget(self._person_label)
        top.addWidget(self.person, 1)
        top.addSpacing(16)
        top.addWidget(self.previous_week)
        top.addWidget(self.week_label)
        top.addWidget(self.next_week)
        top.addWidget(self.this_week)
        bottom = QHBoxLayout()
        bottom.addWidget(self.drafts)
        bottom.addStretch()
        bottom.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        """Every visible string of the dialog, in the current language."""
        self.setWindowTitle(self.tr("Week grid"))
        name_fields([(self._person_label, self.tr("&Person:"))])
        self.previous_week.setToolTip(self.tr("Previous week"))
        self.next_week.setToolTip(self.tr("Next week"))
        self.previous_week.setAccessibleName(self.tr("Previous week"))  # not "◀"
        self.next_week.setAccessibleName(self.tr("Next week"))
        self.table.setAccessibleName(self.tr("Hours by role and day"))
        self.this_week.setText(self.tr("This &week"))
        self.hint.setText(
            self.tr(
                "Type the hours of each day (2.5 or 2:30). Grey figures are hours already "
                "logged; what you type is added to them. Shaded days are outside a role "
                "or still to come."
            )
        )
        self.drafts.setText(self.tr("Keep as &drafts (submit them later)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save week"))
        self.model.retranslate()
        self._show_week()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading a week ----------------------------------------------------------------------

    def load(self) -> None:
        """Read the chosen person's week in a worker."""
        person_id = self.person.currentData()
        self.message.say("")
        if person_id is None:
            self.message.say(self.tr("Add a person and a role first."))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        day, first = self._day, self._first_weekday
        self.table.setEnabled(False)
        self._runner.run(
            lambda: self._ledger.week_sheet.load(int(person_id), day, first),
            self._on_sheet,
            self.message.say,
        )

    def _on_sheet(self, sheet: WeekSheet) -> None:
        self.model.set_sheet(sheet)
        self.table.setEnabled(True)
        self.next_week.setEnabled(sheet.days[-1] < self._today)
        self._show_week()
        if not sheet.rows:
            text = self.tr("%1 has no role open in this week.")
            self.message.say(text.replace("%1", sheet.person))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _show_week(self) -> None:
        sheet = self.model.sheet
        if sheet is None:
            self.week_label.setText("")
            return
        self.week_label.setText(
            self.tr("%1 – %2")
            .replace("%1", format_date(sheet.days[0]))
            .replace("%2", format_date(sheet.days[-1]))
        )

    def _may_drop_typed(self) -> bool:
        if not self.model.typed_minutes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Week grid"),
            self.tr("Forget the hours typed for this week? They have not been saved."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _move(self, days: int) -> None:
        self._move_to(self._day + timedelta(days=days))

    def _move_to(self, day: date) -> None:
        if self._may_drop_typed():
            self._day = min(day, self._today)
            self.load()

    def _person_changed(self) -> None:
        # The typed hours belong to the person they were typed for; ask before dropping them.
        if self.model.sheet is not None and not self._may_drop_typed():
            self.person.blockSignals(True)
            self.person.setCurrentIndex(self.person.findData(self.model.sheet.person_id))
            self.person.blockSignals(False)
            return
        self.load()

    def _update_summary(self) -> None:
        sheet = self.model.sheet
        typed = self.model.typed_minutes()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(typed))
        if sheet is None:
            self.summary.setText("")
            return
        week = sum(sum(row.logged) for row in sheet.rows) + typed
        text = self.tr("New: %1 · week: %2").replace("%1", format_hmm(typed))
        text = text.replace("%2", format_hmm(week))
        if self._limit and week > self._limit:
            text += "  " + self.tr("(over your weekly limit of %1)").replace(
                "%1", format_hmm(self._limit)
            )
            self.summary.setStyleSheet(error_style(self.palette()))
        else:
            self.summary.setStyleSheet("")
        self.summary.setText(text)

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Log every typed cell, in the window's write thread; on a refusal, point at the
        cell and keep the dialog open. Save waits for the answer."""
        sheet = self.model.sheet
        cells = self.model.typed_cells()
        if sheet is None or not cells or self.saving():
            return
        save, person_id, draft = (
            self._ledger.week_sheet.save,
            sheet.person_id,
            self.drafts.isChecked(),
        )
        self.buttons.setEnabled(False)
        self._writer.write(
            lambda: save(person_id, cells, draft=draft), self._saved, self._refused, self._failed
        )

    def saving(self) -> bool:
        """Whether the week has been sent and the ledger has not answered yet."""
        return self._writer.busy()

    def _saved(self, entries: list[Entry]) -> None:
        self.buttons.setEnabled(True)
        self.saved = entries
        self.accept()

    def _refused(self, error: OkuvolError) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, CellError):
            index = self.model.cell_index(error.role_id, error.day)
            self.model.mark_wrong(index)
            if index.isValid():
                self.table.setCurrentIndex(index)
        self.message.say(error_text(error))

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.message.say(message)

    def reject(self) -> None:
        """Override of QDialog.reject: not while the week is on its way to the ledger."""
        if not self.saving():
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Override of QDialog.keyPressEvent: Return edits a cell instead of saving the week."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.table.edit(self.table.currentIndex())
            return
        super().keyPressEvent(event)
