"""Settings: the database, the language, the value of a volunteer hour, the week and its limit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from okuvol_desktop.domain.durations import DurationNotation
from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.errors import show_error
from okuvol_desktop.ui.formats import date_display_format, notation_name
from okuvol_desktop.ui.i18n import LANGUAGES
from okuvol_desktop.ui.labels import format_date, format_money, kind_label
from okuvol_desktop.ui.preferences import Preferences
from okuvol_desktop.ui.widgets import DateEdit, NoticeLabel, name_fields, scrolling_layout


class SettingsPage(QWidget):
    """Preferences kept with QSettings, and the valuation rates kept in the ledger."""

    sig_language_chosen = Signal(str)
    """The user chose another language ("en" or "id")."""
    sig_database_chosen = Signal(str)
    """The user chose another database file to open (it is created if new)."""
    sig_preferences_changed = Signal()
    """Week start, weekly limit, default kind or the way hours are written changed."""

    def __init__(
        self, ledger: Ledger, preferences: Preferences, database: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._preferences = preferences
        self.database = QLabel(database)  # one line: a path or URL has no place to wrap
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button, self.new_button = QPushButton(), QPushButton()
        self.open_button.clicked.connect(self._open_database)
        self.new_button.clicked.connect(self._new_database)
        self.daily_backups = QSpinBox()
        self.daily_backups.setRange(0, 365)
        self.daily_backups.setValue(preferences.daily_backups)
        self.daily_backups.valueChanged.connect(self._save_backups)
        self.daily_backups.setEnabled("://" not in database)  # a server keeps its own backups
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(preferences.language))
        self.language.currentIndexChanged.connect(
            lambda _i: self.sig_language_chosen.emit(self.language.currentData())
        )
        self.week_start = QComboBox()
        self.week_start.currentIndexChanged.connect(self._save_week)
        self.weekly_limit = QSpinBox()
        self.weekly_limit.setRange(1, 168)
        self.weekly_limit.setValue(preferences.weekly_limit_minutes // 60)
        self.weekly_limit.valueChanged.connect(self._save_week)
        self.default_kind = QComboBox()
        self.default_kind.currentIndexChanged.connect(self._save_week)
        self.notation = QComboBox()  # one notation for every view, message and document
        self.notation.currentIndexChanged.connect(self._save_week)
        self.rate_amount = QDoubleSpinBox()
        self.rate_amount.setRange(0, 10_000_000)
        self.rate_amount.setDecimals(2)
        self.rate_currency = QLineEdit("IDR")
        self.rate_currency.setMaxLength(3)
        self.rate_from = DateEdit()
        self.rate_from.setDate(QDate.currentDate())
        self.rate_from.setDisplayFormat(date_display_format())
        self.rate_button = QPushButton()
        self.rate_button.clicked.connect(self._add_rate)
        # Add is for a rate someone typed: not the 0.00 the box starts with, nor half a code.
        self.rate_amount.valueChanged.connect(self._rate_typed)
        self.rate_currency.textChanged.connect(self._rate_typed)
        self.rates = QLabel()  # a rate per line; wrapping would cut the last one short
        self.message = NoticeLabel()
        self._forms: dict[str, tuple[QGroupBox, QFormLayout]] = {}
        self._build_layout()
        self.retranslate_ui()
        self._rate_typed()

    def _group(self, key: str, rows: list[QWidget]) -> QGroupBox:
        box = QGroupBox()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for widget in rows:
            label = QLabel()
            # A row of several widgets is reached at its first field; a shown value is not.
            field = widget.focusProxy() or widget
            if field.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
                label.setBuddy(field)
            form.addRow(label, widget)
        self._forms[key] = (box, form)
        return box

    def _build_layout(self) -> None:
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.open_button)
        row.addWidget(self.new_button)
        row.addStretch()
        rate = QWidget()
        rate_row = QHBoxLayout(rate)
        rate_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.rate_amount, self.rate_currency, self.rate_from, self.rate_button):
            rate_row.addWidget(widget)
        rate.setFocusProxy(self.rate_amount)
        rate_row.addStretch()
        layout = scrolling_layout(self)
        layout.addWidget(self._group("database", [self.database, buttons, self.daily_backups]))
        layout.addWidget(
            self._group(
                "work",
                [
                    self.language,
                    self.week_start,
                    self.weekly_limit,
                    self.default_kind,
                    self.notation,
                ],
            )
        )
        layout.addWidget(self._group("value", [rate, self.rates]))
        layout.addWidget(self.message)
        layout.addStretch()

    def _label_rows(self, key: str, title: str, labels: list[str]) -> None:
        box, form = self._forms[key]
        box.setTitle(title)
        rows = [
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget() for row in range(len(labels))
        ]
        name_fields(zip(rows, labels, strict=True))  # type: ignore[arg-type]

    def retranslate_ui(self) -> None:
        """Every visible string of the page, in the current language."""
        self._label_rows(
            "database",
            self.tr("Database"),
            [self.tr("Location:"), "", self.tr("Daily backups kept:")],
        )
        self.daily_backups.setSpecialValueText(self.tr("None"))
        self.daily_backups.setToolTip(
            self.tr(
                "Each day okuvol opens a ledger file, it copies it into the folder "
                "okuvol-backups beside it, keeping this many days."
            )
        )
        self._label_rows(
            "work",
            self.tr("Work and language"),
            [
                self.tr("Language:"),
                self.tr("Weeks start on:"),
                self.tr("Weekly limit (hours):"),
                self.tr("New entries are:"),
                self.tr("Hours are written as:"),
            ],
        )
        self._label_rows(
            "value",
            self.tr("Value of a volunteer hour"),
            [self.tr("New value:"), self.tr("Values so far:")],
        )
        self.open_button.setText(self.tr("&Open another database…"))
        self.new_button.setText(self.tr("&New database…"))
        self.rate_button.setText(self.tr("&Add"))
        self.rate_amount.setSpecialValueText(self.tr("Value of an hour"))
        self.rate_from.setToolTip(self.tr("The date from which this value applies"))
        self.rate_currency.setAccessibleName(self.tr("Currency"))
        self.rate_from.setAccessibleName(self.tr("Applies from"))
        self.weekly_limit.setToolTip(
            self.tr("A week with more hours of both kinds together is flagged as overload")
        )
        self._fill_choices()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_choices(self) -> None:
        for box in (self.week_start, self.default_kind, self.notation):
            box.blockSignals(True)
            box.clear()
        locale = QLocale()
        for day in range(7):  # Monday is 0 here and 1 in Qt
            self.week_start.addItem(locale.standaloneDayName(day + 1), day)
        self.week_start.setCurrentIndex(self._preferences.week_start)
        for kind in WorkKind:
            self.default_kind.addItem(kind_label(kind), kind.value)
        self.default_kind.setCurrentIndex(
            self.default_kind.findData(self._preferences.default_kind.value)
        )
        for notation in DurationNotation:
            self.notation.addItem(notation_name(notation), notation.value)
        self.notation.setCurrentIndex(
            self.notation.findData(self._preferences.duration_notation.value)
        )
        for box in (self.week_start, self.default_kind, self.notation):
            box.blockSignals(False)

    def _save_backups(self, count: int) -> None:
        self._preferences.daily_backups = count

    def _save_week(self, *_changed: object) -> None:
        prefs = self._preferences
        prefs.week_start = int(self.week_start.currentData() or 0)
        prefs.weekly_limit_minutes = self.weekly_limit.value() * 60
        prefs.default_kind = WorkKind(self.default_kind.currentData() or WorkKind.VOLUNTEER.value)
        prefs.duration_notation = DurationNotation(
            self.notation.currentData() or DurationNotation.DECIMAL_HOURS.value
        )
        self.sig_preferences_changed.emit()

    def refresh(self) -> None:
        """Show the valuation rates kept in the ledger."""
        try:
            rates = self._ledger.rates.list()
        except OkuvolError as error:
            self.message.say(str(error))
            return
        self.rates.setText(
            "<br>".join(
                self.tr("%1 from %2 (%3)")
                .replace("%1", format_money(float(r.amount), r.currency))
                .replace("%2", format_date(r.valid_from))
                .replace("%3", r.source or "")
                for r in reversed(rates)
            )
            or self.tr("None yet")
        )

    def _rate_typed(self, *_changed: object) -> None:
        code = self.rate_currency.text().strip()
        self.rate_button.setEnabled(
            self.rate_amount.value() > 0 and len(code) == 3 and code.isalpha()
        )

    def _add_rate(self) -> None:
        try:
            self._ledger.rates.add(
                Decimal(str(self.rate_amount.value())),
                self.rate_currency.text(),
                self.rate_from.date().toPython(),  # type: ignore[arg-type]
                self.tr("Set in okuvol"),
            )
        except OkuvolError as error:
            show_error(self, error)
            return
        self.refresh()
        self.sig_preferences_changed.emit()

    def _open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a database"),
            "",
            self.tr("okuvol databases (*.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self.sig_database_chosen.emit(path)

    def _new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a database"),
            f"okuvol-{date.today():%Y}.sqlite3",
            self.tr("okuvol databases (*.sqlite3)"),
        )
        if path:
            self.sig_database_chosen.emit(path)
