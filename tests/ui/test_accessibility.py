"""Keyboard and screen reader: every view and dialog on a demo ledger, in both languages.

What a screen reader is told comes from QAccessible, as it would read it; the keyboard is
driven with real key presses.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.ui.dialogs.entry_dialog import EntryDialog
from okuvol_desktop.ui.dialogs.import_wizard import ImportWizard
from okuvol_desktop.ui.dialogs.people_dialogs import OrganisationDialog, PersonDialog, RoleDialog
from okuvol_desktop.ui.dialogs.week_grid_dialog import WeekGridDialog
from okuvol_desktop.ui.i18n import LanguageSwitcher
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.main_window import MainWindow
from okuvol_desktop.ui.mnemonics import mnemonic

SAMPLE = Path(__file__).resolve().parent.parent / "samples/toggl"
TOGGL = SAMPLE / "tuttle-dev_tuttle__test_time_tracking_toggl.csv"
LANGUAGES = ["en", "id"]
_INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QCheckBox,
    QRadioButton,
    QAbstractItemView,
    QChartView,
    QPdfView,
    QProgressBar,
)
# Widgets that are parts of another: the reader names the whole, not its inner line edit.
_COMPOUND = (QComboBox, QAbstractSpinBox, QCalendarWidget, QAbstractItemView)


@pytest.fixture
def demo(ledger: Ledger) -> Ledger:
    ledger.demo.fill(people=12, entries=300, seed=3)
    return ledger


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, english: LanguageSwitcher) -> str:
    assert english.use(request.param)
    return str(request.param)


@pytest.fixture
def window(qtbot: QtBot, demo: Ledger, db_path: Path) -> MainWindow:
    w = MainWindow(demo, str(db_path))
    qtbot.addWidget(w)
    w.show()
    w.refresh()
    return w


def _shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    # Closing a changed form asks first; the test's end closes it without a word.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))  # type: ignore[attr-defined]
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def _dialogs(qtbot: QtBot, ledger: Ledger, window: MainWindow) -> Iterator[QWidget]:
    """Every dialog the window opens, shown in turn (the wizard on each of its pages)."""
    lookups = Lookups.load(ledger)
    today = ledger.ctx.today()
    yield _shown(qtbot, EntryDialog(ledger, lookups, today, parent=window))
    week = WeekGridDialog(ledger, lookups, today, person_id=lookups.people[0].id, parent=window)
    _shown(qtbot, week)
    qtbot.waitUntil(lambda: week.model.sheet is not None, timeout=5000)
    yield week
    yield _shown(qtbot, PersonDialog(ledger, lookups.people[0], window))
    yield _shown(qtbot, OrganisationDialog(ledger, lookups.organisations[0], window))
    yield _shown(qtbot, RoleDialog(ledger, lookups, lookups.people[0].id, parent=window))
    wizard = ImportWizard(ledger, lookups, window)
    _shown(qtbot, wizard)
    wizard.file_page.path.setText(str(TOGGL))
    yield wizard
    for page in (wizard.mapping_page, wizard.check_page):
        button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.waitUntil(button.isEnabled, timeout=10_000)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda page=page: wizard.currentPage() is page, timeout=10_000)
        yield wizard


def _views(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """Each view of the window in front in turn, loaded."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.currentWidget()
        if page is window.time_log:
            qtbot.waitUntil(lambda: window.time_log.model.rowCount() > 0, timeout=10_000)
        if page is window.dashboard:
            qtbot.waitUntil(lambda: window.dashboard.chart.series() != [], timeout=10_000)
        yield window.tabs.tabText(index)


def _name(widget: QWidget) -> str:
    if isinstance(widget, QComboBox) and sys.platform.startswith("linux"):
        # On Linux Qt reports a combo box's value as its name and leaves its label to the
        # AT-SPI relations; the name it reports elsewhere is the accessible name.
        return widget.accessibleName()
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def _value(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractButton):
        return ""  # a check box's words are its name, its value is ticked or not
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Value)


def _within(widget: QWidget, kinds: tuple[type, ...], top: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, kinds):
            return parent
        parent = parent.parentWidget()
    return None


def nameless(top: QWidget) -> list[str]:
    """The fields, tables and charts shown in ``top`` that a screen reader cannot name: no
    name, their value as name, or their group box's title they did not choose."""
    found = []
    for widget in top.findChildren(QWidget):
        if (
            not isinstance(widget, _INPUTS)
            or widget.window() is not top
            or not widget.isVisibleTo(top)
            or _within(widget, _COMPOUND, top) is not None
        ):
            continue
        name, value = _name(widget), _value(widget)
        group = _within(widget, (QGroupBox,), top)
        where = f"{type(widget).__name__} {widget.objectName() or ''}(value {value!r})"
        if not name.strip():
            found.append(f"{where} has no name")
        elif value and name == value:
            found.append(f"{where} is named by its value")
        elif isinstance(group, QGroupBox) and name == group.title() != widget.accessibleName():
            found.append(f"{where} is named by its group {group.title()!r}")
    return found


def _letters(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter shown in ``top`` now."""
    shown: list[tuple[str, str]] = []
    if isinstance(top, QMainWindow):
        shown += [(mnemonic(a.text()) or "", a.text()) for a in top.menuBar().actions()]
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QTabBar):
            shown += [
                (mnemonic(widget.tabText(i)) or "", widget.tabText(i))
                for i in range(widget.count())
            ]
        elif (isinstance(widget, QLabel) and widget.buddy() is not None) or (
            # a tool button shows its action's words without the "&"
            isinstance(widget, QAbstractButton)
            and not (isinstance(widget, QToolButton) and widget.defaultAction() is not None)
        ):
            shown.append((mnemonic(widget.text()) or "", widget.text()))
    return [(letter, text) for letter, text in shown if letter]


def collisions(top: QWidget) -> list[str]:
    """Alt+letters that two things shown together share, and "&" a label shows as is."""
    seen: dict[str, str] = {}
    found = []
    for letter, text in _letters(top):
        if letter in seen:
            found.append(f"Alt+{letter.upper()}: {seen[letter]!r} and {text!r}")
        seen.setdefault(letter, text)
    for label in top.findChildren(QLabel):
        text = label.text().replace("&&", "")
        if label.isVisibleTo(top) and label.buddy() is None and "&" in text and "<" not in text:
            found.append(f"{text!r} shows its '&' (no field is tied to it)")
    return found


def _everything(
    qtbot: QtBot, demo: Ledger, window: MainWindow, check: Callable[[QWidget], list[str]]
) -> list[str]:
    found = [f"{view}: {p}" for view in _views(qtbot, window) for p in check(window)]
    for dialog in _dialogs(qtbot, demo, window):
        found += [f"{dialog.windowTitle()}: {problem}" for problem in check(dialog)]
    return found


def test_every_field_table_and_chart_has_a_name_of_its_own(
    qtbot: QtBot, demo: Ledger, window: MainWindow, language: str
) -> None:
    assert _everything(qtbot, demo, window, nameless) == []


def test_alt_letters_never_collide_and_no_label_shows_an_ampersand(
    qtbot: QtBot, demo: Ledger, window: MainWindow, language: str
) -> None:
    qtbot.waitUntil(lambda: collisions(window) == [], timeout=2000)  # settled after showing
    assert _everything(qtbot, demo, window, collisions) == []


def _press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QWidget:
    """Press ``key`` where the focus is; the widget that has the focus then."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    return QApplication.focusWidget()


def test_alt_letter_goes_to_the_labels_field(
    qtbot: QtBot, demo: Ledger, window: MainWindow, language: str
) -> None:
    lookups = Lookups.load(demo)
    for dialog in (
        EntryDialog(demo, lookups, demo.ctx.today(), parent=window),
        PersonDialog(demo, parent=window),
        RoleDialog(demo, lookups, parent=window),
    ):
        _shown(qtbot, dialog)
        qtbot.waitUntil(lambda dialog=dialog: collisions(dialog) == [], timeout=2000)
        labels = [
            label
            for label in dialog.findChildren(QLabel)
            if label.buddy() and label.isVisible() and label.buddy().isEnabled()
        ]
        assert len(labels) >= 5
        for label in labels:
            letter = mnemonic(label.text())
            assert letter, label.text()
            focused = _press(qtbot, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
            assert focused in (label.buddy(), label.buddy().focusProxy()), label.text()


def test_forms_open_on_their_first_field(qtbot: QtBot, demo: Ledger, window: MainWindow) -> None:
    lookups = Lookups.load(demo)
    for dialog, first in (
        (entry := EntryDialog(demo, lookups, demo.ctx.today(), parent=window), entry.person),
        (person := PersonDialog(demo, parent=window), person.name),
        (org := OrganisationDialog(demo, parent=window), org.name),
        (role := RoleDialog(demo, lookups, parent=window), role.person),
    ):
        _shown(qtbot, dialog)
        assert QApplication.focusWidget() is first, dialog.windowTitle()


def test_tab_walks_the_form_and_passes_an_empty_date(
    qtbot: QtBot, demo: Ledger, window: MainWindow
) -> None:
    dialog = _shown(qtbot, PersonDialog(demo, parent=window))
    assert isinstance(dialog, PersonDialog)
    walk = [_press(qtbot, Qt.Key.Key_Tab) for _ in range(4)]
    assert walk == [dialog.email, dialog.phone, dialog.birth_date, dialog.notes]
    # Back into the date that says "Not given": typing a date fills it, Tab leaves it.
    assert _press(qtbot, Qt.Key.Key_Backtab) is dialog.birth_date
    assert dialog.birth_date.text().startswith("Not given")
    qtbot.keyClicks(dialog.birth_date, "2001-02-03")
    assert dialog.birth_date.date() == QDate(2001, 2, 3)
    assert _press(qtbot, Qt.Key.Key_Tab) is dialog.notes
    # Delete over the whole date makes it "Not given" again.
    assert _press(qtbot, Qt.Key.Key_Backtab) is dialog.birth_date
    qtbot.keyClick(dialog.birth_date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.birth_date, Qt.Key.Key_Delete)
    assert dialog.birth_date.text().startswith("Not given")


def test_the_time_logs_date_filters_let_tab_through_and_take_a_typed_date(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    window.tabs.setCurrentWidget(window.time_log)
    filters = window.time_log.filters
    qtbot.waitUntil(lambda: window.time_log.model.rowCount() > 0, timeout=10_000)
    filters.date_from.setFocus()
    assert _press(qtbot, Qt.Key.Key_Tab) is filters.date_to
    assert _press(qtbot, Qt.Key.Key_Tab) is filters.text
    assert _press(qtbot, Qt.Key.Key_Backtab) is filters.date_to
    # Typed as the box writes dates (the locale's order, the year in full).
    qtbot.keyClicks(filters.date_to, QDate(2025, 1, 31).toString(filters.date_to.displayFormat()))
    qtbot.waitUntil(
        lambda: window.time_log.model.line(0).entry.date.isoformat() <= "2025-01-31",
        timeout=10_000,
    )


def test_tab_leaves_a_list_whose_rows_are_chosen_whole(qtbot: QtBot, window: MainWindow) -> None:
    """Arrows move in the time log, People and the review queue; Tab goes on to the next
    field instead of walking the cells of the row."""
    window.activateWindow()
    tables = {
        window.time_log: window.time_log.table,
        window.people: window.people.table,
        window.dashboard: window.dashboard.queue.table,
    }
    for page, table in tables.items():
        window.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda t=table: t.model().rowCount() > 1, timeout=10_000)
        table.setFocus()
        table.setCurrentIndex(table.model().index(0, 0))
        assert _press(qtbot, Qt.Key.Key_Down) is table
        assert table.currentIndex().row() == 1
        assert _press(qtbot, Qt.Key.Key_Tab) is not table


def test_enter_on_an_empty_form_shows_the_refusal_beside_the_field(
    qtbot: QtBot, demo: Ledger, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: boxes.append(str(a)))
    dialog = _shown(qtbot, PersonDialog(demo, parent=window))
    assert isinstance(dialog, PersonDialog)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.saving(), timeout=5000)
    assert dialog.isVisible() and boxes == []
    assert dialog.refusal() == "The name must not be empty."
    line = next(label for label in dialog.findChildren(QLabel) if label.text() == dialog.refusal())
    # Right under the name, which keeps the focus and tells a screen reader why.
    assert 0 < line.y() - dialog.name.y() < 3 * dialog.name.height()
    assert QApplication.focusWidget() is dialog.name
    assert dialog.name.accessibleDescription() == dialog.refusal()
    entry = _shown(
        qtbot, EntryDialog(demo, Lookups((), (), (), ()), demo.ctx.today(), parent=window)
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert entry.isVisible() and boxes == []
    assert entry._errors["role"].text() == "Choose a person who has a role first."
    assert entry._errors["role"].isVisible()


def test_esc_asks_before_dropping_a_changed_entry_and_not_otherwise(
    qtbot: QtBot, demo: Ledger, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(
        _parent: QWidget, _title: str, text: str, *args: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    lookups = Lookups.load(demo)
    untouched = _shown(qtbot, EntryDialog(demo, lookups, demo.ctx.today(), parent=window))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not untouched.isVisible() and asked == []
    dialog = _shown(qtbot, EntryDialog(demo, lookups, demo.ctx.today(), parent=window))
    assert isinstance(dialog, EntryDialog)
    qtbot.keyClicks(dialog.description, "Reading to patients")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked) == 1  # "No": the typing is still there
    assert dialog.description.text() == "Reading to patients"
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog.description, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
