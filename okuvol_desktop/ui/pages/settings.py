"""Settings: the database, the language, the week and its limit; the value of a volunteer hour
and the award and requirement schemes, each in a section of its own."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.durations import DurationNotation
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.formats import notation_name
from okuvol_desktop.ui.i18n import LANGUAGES
from okuvol_desktop.ui.labels import kind_label
from okuvol_desktop.ui.pages.rate_settings import RatesPanel
from okuvol_desktop.ui.pages.scheme_settings import SchemesPanel
from okuvol_desktop.ui.preferences import Preferences
from okuvol_desktop.ui.widgets import name_fields, scrolling_layout


class SettingsPage(QWidget):
    """Preferences kept with QSettings, and the valuation rates and schemes kept in the
    ledger."""

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
        self.rates = RatesPanel(ledger)
        self.rates.sig_rates_changed.connect(self.sig_preferences_changed)
        self.schemes = SchemesPanel(ledger)
        self.sections = QTabWidget()
        self._forms: dict[str, tuple[QGroupBox, QFormLayout]] = {}
        self._build_layout()
        self.retranslate_ui()

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
        general = QWidget()
        layout = scrolling_layout(general)
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
        layout.addStretch()
        # Three sections of their own: the rates and schemes are tables that need the height.
        self.sections.addTab(general, "")
        self.sections.addTab(self.rates, "")
        self.sections.addTab(self.schemes, "")
        outer = QVBoxLayout(self)
        outer.addWidget(self.sections)

    def _label_rows(self, key: str, title: str, labels: list[str]) -> None:
        box, form = self._forms[key]
        box.setTitle(title)
        rows = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(len(labels))]
        widgets = [row.widget() if row is not None else None for row in rows]
        name_fields(zip([w for w in widgets if isinstance(w, QLabel)], labels, strict=True))

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
        self.open_button.setText(self.tr("&Open another database…"))
        self.new_button.setText(self.tr("&New database…"))
        self.sections.setTabText(0, self.tr("&General"))
        self.sections.setTabText(1, self.tr("&Value of an hour"))
        self.sections.setTabText(2, self.tr("S&chemes"))
        self.sections.setAccessibleName(self.tr("Settings sections"))
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
        """Load the values of an hour and the schemes kept in the ledger (in workers)."""
        self.rates.refresh()
        self.schemes.refresh()

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
