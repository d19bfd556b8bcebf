"""Settings → Value of an hour: the values of a volunteer hour the ledger keeps, each from its
date, with how it was measured and where it comes from; add one by hand or from the published
values okuvol ships."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.model import ValuationRate
from okuvol_desktop.domain.valuation import METHODS
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.dialogs.scheme_dialogs import RatePresetDialog
from okuvol_desktop.ui.errors import error_text
from okuvol_desktop.ui.formats import date_display_format, date_text, money_text
from okuvol_desktop.ui.models.line_table import Column, LineTableModel
from okuvol_desktop.ui.palette import error_style
from okuvol_desktop.ui.scheme_words import method_explanation, method_label
from okuvol_desktop.ui.tasks import BackgroundRunner, LedgerWriter
from okuvol_desktop.ui.translatable import QT_TRANSLATE_NOOP
from okuvol_desktop.ui.widgets import DateEdit, NoticeLabel, name_fields

_CONTEXT = "RatesPanel"

RATE_COLUMNS: list[Column[ValuationRate]] = [
    Column(
        QT_TRANSLATE_NOOP(_CONTEXT, "Value of an hour"),
        lambda r: money_text(float(r.amount), r.currency),
        numeric=True,
        sort_key=lambda r: (r.currency, r.amount),
    ),
    Column(
        QT_TRANSLATE_NOOP(_CONTEXT, "From"),
        lambda r: date_text(r.valid_from),
        sort_key=lambda r: r.valid_from,
    ),
    Column(
        QT_TRANSLATE_NOOP(_CONTEXT, "Method"),
        lambda r: method_label(r.method),
        tooltip=lambda r: method_explanation(r.method),
    ),
    Column(
        QT_TRANSLATE_NOOP(_CONTEXT, "Source"),
        lambda r: r.source or "",
        tooltip=lambda r: r.source or "",
    ),
]


class RatesPanel(QWidget):
    """The ledger's values of an hour, newest first, and the ways to add one."""

    sig_rates_changed = Signal()
    """A value of an hour was added: the views that show the value of time reload."""

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._runner = BackgroundRunner(self)
        self._writer = LedgerWriter(self)
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 10_000_000)
        self.amount.setDecimals(2)
        self.amount.setGroupSeparatorShown(True)
        self.currency = QLineEdit("IDR")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(self.fontMetrics().horizontalAdvance("MMMMM") + 16)
        self.valid_from = DateEdit()
        self.valid_from.setDate(QDate.currentDate())
        self.method = QComboBox()
        self.source = QLineEdit()
        self.source.setMaxLength(200)  # as the ledger keeps it
        self.source.setMinimumWidth(360)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_typed)
        # Add is for a rate someone typed: not the 0.00 the box starts with, nor half a code.
        self.amount.valueChanged.connect(self._typed)
        self.currency.textChanged.connect(self._typed)
        self.preset_button = QPushButton()
        self.preset_button.clicked.connect(self.add_from_preset)
        self.model: LineTableModel[ValuationRate] = LineTableModel(_CONTEXT, RATE_COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.message = NoticeLabel()
        self._labels = [QLabel() for _ in range(4)]
        self._box = QGroupBox()
        self._build_layout()
        self.retranslate_ui()
        self._typed()

    def _build_layout(self) -> None:
        value = QWidget()
        row = QHBoxLayout(value)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount)
        row.addWidget(self.currency)
        row.addStretch()
        value.setFocusProxy(self.amount)
        form = QFormLayout(self._box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        fields = (value, self.valid_from, self.method, self.source)
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field.focusProxy() or field)
            form.addRow(label, field)
        form.addRow("", self.add_button)
        top = QHBoxLayout()
        top.addWidget(self.preset_button)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self._box)

    def retranslate_ui(self) -> None:
        """Every visible string of the panel, in the current language."""
        self._box.setTitle(self.tr("Add a value by hand"))
        name_fields(
            zip(
                self._labels,
                [
                    self.tr("&Value of an hour:"),
                    self.tr("Applies &from:"),
                    self.tr("&Method:"),
                    self.tr("S&ource:"),
                ],
                strict=True,
            )
        )
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setToolTip(self.tr("A three-letter currency code such as IDR or USD"))
        self.valid_from.setDisplayFormat(date_display_format())
        self.source.setPlaceholderText(self.tr("Where the figure comes from"))
        self.add_button.setText(self.tr("&Add"))
        self.preset_button.setText(self.tr("Add from &preset…"))
        self.preset_button.setToolTip(
            self.tr("Published values by country, with their source (example figures marked)")
        )
        self.table.setAccessibleName(self.tr("Values of an hour"))
        chosen = self.method.currentData()
        self.method.clear()
        for method in (None, *METHODS):
            self.method.addItem(method_label(method), method)
        self.method.setCurrentIndex(max(self.method.findData(chosen), 0))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Load the ledger's values in a worker."""
        self._runner.run(self._ledger.rates.oldest_first, self._loaded, self._failed)

    def _loaded(self, rates: list[ValuationRate]) -> None:
        self.model.set_rows(sorted(rates, key=lambda r: r.valid_from, reverse=True))
        self.table.resizeColumnsToContents()
        empty = self.tr("No value yet: volunteer time is counted in hours only.")
        if not rates:
            self._say(empty)
        elif self.message.text() == empty:
            self._say("")

    def _failed(self, text: str) -> None:
        self._say(text, error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(error_style(self.message.palette()) if error else "")
        self.message.say(text)

    def _typed(self, *_changed: object) -> None:
        code = self.currency.text().strip()
        self.add_button.setEnabled(self.amount.value() > 0 and len(code) == 3 and code.isalpha())

    def add_typed(self) -> None:
        """Keep the value typed in the form."""
        add = self._ledger.rates.add
        amount, currency = Decimal(str(self.amount.value())), self.currency.text()
        valid_from: date = self.valid_from.date().toPython()  # type: ignore[assignment]
        source = self.source.text() or self.tr("Set in okuvol")
        method = self.method.currentData()
        self._writer.write(
            lambda: add(amount, currency, valid_from, source, method),
            self._added,
            lambda error: self._say(error_text(error), error=True),
            self._failed,
        )

    def add_from_preset(self) -> None:
        """Take a published value into the ledger, chosen in a dialog."""
        rate = RatePresetDialog(self._ledger, self._ledger.rates.presets(), self).run()
        if rate is not None:
            self._added(rate)

    def _added(self, rate: ValuationRate) -> None:
        self._say(
            self.tr("Added %1 from %2.")
            .replace("%1", money_text(float(rate.amount), rate.currency))
            .replace("%2", date_text(rate.valid_from))
        )
        self.refresh()
        self.sig_rates_changed.emit()
