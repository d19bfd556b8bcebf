"""The timer bar across the top of the window, as in Toggl and Clockify: what you are working
on, whose time and in which role, how long it has run, Start/Stop, the start time to correct,
Discard, and Continue on a recent piece of work.

The running timer lives in the database (TimerService), so it survives quitting and others
may start or stop it; the bar shows the chosen person's and counts its seconds from its start
instant.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QLocale, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from okuvol_desktop.domain.durations import zone
from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.domain.model import EntryLine, Role
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.listing import LogQuery
from okuvol_desktop.services.timer import TimerStatus, TimerTooShort
from okuvol_desktop.ui.errors import error_text
from okuvol_desktop.ui.labels import format_date, kind_label
from okuvol_desktop.ui.ledger_widget import LedgerWidget
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.preferences import Preferences
from okuvol_desktop.ui.tasks import LedgerWriter
from okuvol_desktop.ui.widgets import NoticeLabel, refill_combo

# A plain geometric shape found in every text font; the emoji clocks need a colour emoji font
# that many Linux desktops and offscreen renderers lack, and show as an empty box there.
RUNNING_GLYPH = "\u25cf"
RECENT_LIMIT = 10
_RECENT_SCAN = 60  # the newest entries read to find RECENT_LIMIT different pieces of work
_ERROR_STYLE = "color: #b3261e;"
_GLYPH_STYLE = "color: #d1343e;"


def format_elapsed(elapsed: timedelta) -> str:
    """A running time as h:mm:ss with the locale's time separator (1:02:03, in Indonesian
    1.02.03)."""
    seconds = max(int(elapsed.total_seconds()), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    pattern = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    separator = next((c for c in pattern if not c.isalpha() and not c.isspace()), ":")
    return f"{hours}{separator}{minutes:02d}{separator}{seconds:02d}"


def start_day(at: time, now: datetime) -> date:
    """The day of a start typed as a time of day: today once that time has come, otherwise
    yesterday. A timer runs for less than a day, so the time names one moment."""
    return now.date() if at <= now.time() else now.date() - timedelta(days=1)


class TimerBar(LedgerWidget):
    """Start, stop, correct and discard the live timer of one person."""

    sig_running_changed = Signal(object, bool)
    """The running timers (a list of TimerStatus), and whether the chosen person's is one."""
    sig_entry_logged = Signal()
    """Stopping the timer logged an entry."""
    sig_people_requested = Signal()
    """The user wants to add a person or a role before timing anything."""

    def __init__(
        self, ledger: Ledger, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(ledger, preferences, parent)
        # Starting, stopping and changing a timer go through the window's write thread.
        self._writer = LedgerWriter(self)
        self._lookups = Lookups((), (), (), ())
        self._loaded = False
        self._first_load = True
        self._running: list[TimerStatus] = []
        self._running_wanted = 0  # answers of older reads of the running timers are not shown
        self._recent: list[EntryLine] = []
        self._recent_wanted = 0  # answers of older requests are dropped
        self._shown_start: datetime | None = None
        self._text_from_timer = False
        self._make_widgets()
        self._lay_out()
        self.retranslate_ui()

    def _make_widgets(self) -> None:
        self.glyph = QLabel(RUNNING_GLYPH)
        self.glyph.setStyleSheet(_GLYPH_STYLE)
        self.description = QLineEdit()
        self.description.setClearButtonEnabled(True)
        self.description.setMinimumWidth(100)
        self.description.textEdited.connect(self._typed)
        self.description.returnPressed.connect(self._return_pressed)
        self.description.editingFinished.connect(self._describe)
        self.person = self._combo(16, 90)
        self.person.currentIndexChanged.connect(self._person_chosen)
        self.role = self._combo(26, 110)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self.elapsed = QLabel()
        font = self.elapsed.font()
        font.setBold(True)
        self.elapsed.setFont(font)
        self.elapsed.setMinimumWidth(self.elapsed.fontMetrics().horizontalAdvance("00:00:00 "))
        self.start_time = QTimeEdit()
        self.start_time.editingFinished.connect(self._move_start)
        self.started_label = QLabel()
        self.started_label.setBuddy(self.start_time)
        self.start_day = QLabel()
        self.toggle_button = QPushButton()
        self.toggle_button.clicked.connect(self.toggle)
        self.discard_button = QToolButton()  # narrower than a push button: the bar is full
        self.discard_button.clicked.connect(self.discard)
        self.recent_menu = QMenu(self)
        self.recent_button = QToolButton()
        self.recent_button.setMenu(self.recent_menu)
        self.recent_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.error = NoticeLabel()
        self.error.setStyleSheet(_ERROR_STYLE)
        self.focus_action = QAction(self)
        self.focus_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.focus_action.triggered.connect(self._focus_description)
        self.addAction(self.focus_action)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_elapsed)

    @staticmethod
    def _combo(letters: int, least: int) -> QComboBox:
        # A set width, so that the description keeps the room, that gives way down to
        # ``least`` pixels in a narrow window; the list that drops down is as wide as its
        # longest line, and the tooltip shows the whole choice.
        box = QComboBox()
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(letters)
        box.setMinimumWidth(least)
        box.currentTextChanged.connect(box.setToolTip)
        return box

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.glyph)
        row.addWidget(self.description, 1)
        for widget in (
            self.person,
            self.role,
            self.elapsed,
            self.started_label,
            self.start_time,
            self.start_day,
            self.toggle_button,
            self.discard_button,
            self.recent_button,
        ):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        # The order a person fills the bar in: what, whose, which role, then Start.
        order = (
            self.description,
            self.person,
            self.role,
            self.toggle_button,
            self.start_time,
            self.discard_button,
            self.recent_button,
        )
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def retranslate_ui(self) -> None:
        """Every visible string of the bar, in the current language."""
        self.description.setPlaceholderText(self.tr("What are you working on?"))
        self.description.setAccessibleName(self.tr("What are you working on?"))
        self.description.setToolTip(
            self.tr("What the entry will say; Enter starts the timer (Ctrl+Shift+T comes here)")
        )
        self.person.setPlaceholderText(self.tr("No one yet"))
        self.role.setPlaceholderText(self.tr("No role open"))
        self.person.setAccessibleName(self.tr("Whose time"))
        self.role.setAccessibleName(self.tr("Role"))
        self.glyph.setAccessibleName(self.tr("The timer is running"))
        self.glyph.setToolTip(self.tr("The timer is running"))
        self.elapsed.setAccessibleName(self.tr("Time elapsed"))
        self.started_label.setText(self.tr("Started at"))
        self.start_time.setAccessibleName(self.tr("Started at"))
        self.start_time.setToolTip(
            self.tr("When the work began: type an earlier time if you started the timer late")
        )
        self.start_time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.discard_button.setText(self.tr("Discard"))
        self.discard_button.setAccessibleName(self.tr("Discard the running timer"))
        self.discard_button.setToolTip(self.tr("Throw the running timer away without logging it"))
        self.recent_button.setText(self.tr("Continue"))
        self.recent_button.setAccessibleName(self.tr("Continue a recent piece of work"))
        self.recent_button.setToolTip(
            self.tr("Start the timer again on a recent entry's role, description and category")
        )
        self.focus_action.setText(self.tr("What are you working on?"))
        self._fill_roles()
        self._fill_recent_menu()
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the running timers and the people and roles to choose from, in a worker, and
        show them in that order: the person shown is the one whose timer runs."""
        show = self._running_reader()
        status, ledger = self._ledger.timer.status, self._ledger

        def read(found: tuple[list[TimerStatus], Lookups]) -> None:
            running, lookups = found
            show(running)
            self._on_lookups(lookups)

        self._runner.run(lambda: (status(), Lookups.load(ledger)), read, self.error.say)

    def _read_running(self, then: Callable[[], None] | None = None) -> None:
        """Read the running timers in a worker and show them; then call ``then``."""
        show = self._running_reader()

        def read(running: list[TimerStatus]) -> None:
            show(running)
            if then is not None:
                then()

        def failed(message: str) -> None:
            if show([]):
                self.error.say(message)

        self._runner.run(self._ledger.timer.status, read, failed)

    def _running_reader(self) -> Callable[[list[TimerStatus]], bool]:
        """What shows the answer of a read of the running timers started now: only while no
        later read was started (an older answer may tell of a timer since stopped). It says
        whether it showed."""
        self._running_wanted += 1
        wanted = self._running_wanted

        def show(running: list[TimerStatus]) -> bool:
            if wanted != self._running_wanted:
                return False
            self._running = running
            self._show_state()
            return True

        return show

    def _on_lookups(self, lookups: Lookups) -> None:
        self._lookups = lookups
        self._loaded = True
        refill_combo(self.person, [(p.full_name, p.id) for p in lookups.people])
        wanted = self._person_to_show()
        self._first_load = False
        self.person.blockSignals(True)
        self.person.setCurrentIndex(max(self.person.findData(wanted), 0))
        self.person.blockSignals(False)
        self._person_chosen()

    def _person_to_show(self) -> int | None:
        """The chosen person while their timer runs; else someone whose timer runs; on the
        first load the person of the role timed last; else whoever is chosen."""
        chosen = self.person.currentData()
        running = {status.timer.person_id for status in self._running}
        if chosen in running:
            return int(chosen)
        if running:
            return self._running[0].timer.person_id
        remembered = self._preferences.timer_role
        role = next((r for r in self._lookups.roles if r.id == remembered), None)
        if self._first_load and role is not None:
            return role.person_id
        return int(chosen) if chosen is not None else None

    def _person_chosen(self, *_changed: object) -> None:
        self._fill_roles()
        self._show_state()
        self._load_recent()

    def _timeable(self, role: Role) -> bool:
        organisation = self._lookups.organisation(role.organisation_id)
        return (
            not role.archived
            and role.is_active_on(self._ledger.ctx.today())
            and organisation is not None
            and not organisation.archived
        )

    def _role_text(self, role: Role) -> str:
        organisation = self._lookups.organisation(role.organisation_id)
        return (
            self.tr("%1 at %2 (%3)")
            .replace("%1", role.title)
            .replace("%2", organisation.name if organisation else "")
            .replace("%3", kind_label(role.kind))
        )

    def _fill_roles(self) -> None:
        """The chosen person's roles open today; the running timer's or the one timed last
        comes chosen."""
        person_id = self.person.currentData()
        status = self._status()
        roles = [
            r
            for r in (self._lookups.roles_of(person_id) if person_id is not None else [])
            if self._timeable(r) or (status is not None and r.id == status.timer.role_id)
        ]
        refill_combo(self.role, [(self._role_text(r), r.id) for r in roles])
        wanted = status.timer.role_id if status is not None else self._preferences.timer_role
        index = self.role.findData(wanted)
        if index >= 0:
            self.role.blockSignals(True)
            self.role.setCurrentIndex(index)
            self.role.blockSignals(False)

    def _role_chosen(self, *_changed: object) -> None:
        role_id = self.role.currentData()
        if role_id is not None and self._status() is None:
            self._preferences.timer_role = int(role_id)

    def _load_recent(self) -> None:
        self._recent_wanted += 1
        wanted = self._recent_wanted
        person_id = self.person.currentData()
        if person_id is None:
            self._on_recent(wanted, [])
            return
        query = LogQuery(person=person_id)
        self._runner.run(
            lambda: self._ledger.listing.page(query, limit=_RECENT_SCAN),
            lambda lines: self._on_recent(wanted, lines),
            self.error.say,
        )

    def _on_recent(self, wanted: int, lines: list[EntryLine]) -> None:
        if wanted != self._recent_wanted:
            return
        timeable = {r.id for r in self._lookups.roles if self._timeable(r)}
        seen: set[tuple[int, str | None, int | None]] = set()
        self._recent = []
        for line in lines:
            entry = line.entry
            key = (entry.role_id, entry.description, entry.category_id)
            if entry.role_id in timeable and key not in seen:
                seen.add(key)
                self._recent.append(line)
        del self._recent[RECENT_LIMIT:]
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        if not self._recent:
            empty = self.recent_menu.addAction(self.tr("No recent entries to continue"))
            empty.setEnabled(False)
            return
        for line in self._recent:
            where = self.tr("%1 at %2").replace("%1", line.role_title)
            where = where.replace("%2", line.organisation_name)
            text = f"{line.entry.description} — {where}" if line.entry.description else where
            action = self.recent_menu.addAction(text.replace("&", "&&"))
            action.triggered.connect(
                lambda _checked=False, chosen=line: self.continue_entry(chosen)
            )

    # --- showing ---------------------------------------------------------------------------

    def _status(self) -> TimerStatus | None:
        """The chosen person's running timer."""
        person_id = self.person.currentData()
        return next((s for s in self._running if s.timer.person_id == person_id), None)

    def _show_state(self) -> None:
        status = self._status()
        running = status is not None
        for widget in (self.glyph, self.started_label, self.start_time, self.discard_button):
            widget.setVisible(running)
        self.role.setEnabled(not running)  # a running timer keeps its role
        if running:
            self.toggle_button.setText(self.tr("Stop"))
            self.toggle_button.setAccessibleName(self.tr("Stop the timer and log the time"))
            self.toggle_button.setToolTip(self.tr("Stop the timer and log the time (Ctrl+T)"))
        else:
            self.toggle_button.setText(self.tr("Start"))
            self.toggle_button.setAccessibleName(self.tr("Start the timer"))
            self.toggle_button.setToolTip(self.tr("Start timing this work (Ctrl+T)"))
        if status is not None:
            # Words typed and not yet kept stay; otherwise the field shows what the ledger
            # holds, which may have been changed elsewhere.
            if not self.description.isModified():
                self.description.setText(status.timer.description or "")
                self._text_from_timer = True
            self._show_start(status)
            self._tick.start()
        else:
            if self._text_from_timer:  # the words of another person's timer, not typed here
                self._clear_description()
                self._text_from_timer = False
            self._shown_start = None
            self.start_day.setVisible(False)
            self._tick.stop()
        self._show_elapsed()
        self.sig_running_changed.emit(self._running, running)

    def _show_start(self, status: TimerStatus) -> None:
        # Set only when the start itself changed: a refresh must not overwrite a time the
        # user is typing, or one the ledger refused and they are about to correct.
        tz = zone(status.timer.timezone)
        local = status.timer.started_at.astimezone(tz)
        if local != self._shown_start:
            self._shown_start = local
            self.start_time.setTime(QTime(local.hour, local.minute))
        today = self._ledger.ctx.clock().astimezone(tz).date()
        self.start_day.setText(format_date(local.date()))
        self.start_day.setVisible(local.date() != today)

    def _show_elapsed(self) -> None:
        status = self._status()
        elapsed = (
            self._ledger.ctx.clock() - status.timer.started_at
            if status is not None
            else timedelta(0)
        )
        self.elapsed.setText(format_elapsed(elapsed))

    def _clear_description(self) -> None:
        self.description.setText("")  # unlike clear(), setText leaves it unmodified

    def _focus_description(self) -> None:
        self.description.setFocus()
        self.description.selectAll()

    # --- acting ----------------------------------------------------------------------------

    def toggle(self) -> None:
        """Stop the chosen person's timer, or start one (Start, Ctrl+T)."""
        status = self._status()
        if status is not None:
            self._stop(status)
        else:
            self._start()

    def _typed(self, _text: str) -> None:
        self._text_from_timer = False

    def _return_pressed(self) -> None:
        # Enter in "What are you working on?" starts the timer, as in Toggl; while it runs,
        # Enter keeps the new words (editingFinished).
        if self._status() is None:
            self._start()

    def _start(self) -> None:
        if not self._loaded:
            self.error.say(self.tr("Still reading the people; try again in a moment."))
            return
        person_id = self.person.currentData()
        role = next((r for r in self._lookups.roles if r.id == self.role.currentData()), None)
        if person_id is None:
            self._ask_to_add(
                self.tr(
                    "There is no one to time yet. Add a person in People, give them a role "
                    "at an organisation, then start the timer."
                )
            )
            return
        if role is None:
            self._ask_to_add(
                self.tr(
                    "%1 has no role open today. Give them a role at an organisation in "
                    "People, then start the timer."
                ).replace("%1", self.person.currentText())
            )
            return
        start, role_id = self._ledger.timer.start, role.id
        organisation_id, description = role.organisation_id, self.description.text().strip()
        self._writer.write(
            lambda: start(
                person_id, organisation_id, role=role_id, description=description or None
            ),
            lambda _status: self._began(role_id),
            self._refused,
            self.error.say,
        )

    def _began(self, role_id: int) -> None:
        """A timer started (or continued) in ``role_id``: remembered, and shown running."""
        self._preferences.timer_role = role_id
        self.description.setModified(False)
        self.error.say("")
        self._read_running()

    def _refused(self, error: OkuvolError) -> None:
        self.error.say(error_text(error))

    def writing(self) -> bool:
        """Whether a start, stop or change of a timer has not reached the ledger yet."""
        return self._writer.busy()

    def _ask_to_add(self, text: str) -> None:
        """Say what is missing before anything can be timed, and offer to go and add it."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Nothing to time yet"),
            text,
            parent=self.window(),
        )
        people = box.addButton(self.tr("Open People"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(people)
        box.exec()
        if box.clickedButton() is people:
            self.sig_people_requested.emit()

    def _confirm_discard(self, text: str) -> bool:
        """Whether the user discards the timer; Keep running is the default and Esc."""
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Discard the timer?"), text, parent=self.window()
        )
        box.setInformativeText(self.tr("Discard it and nothing is logged, or keep it running."))
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep running"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def _stop(self, status: TimerStatus, then: Callable[[], None] | None = None) -> None:
        """Stop a timer into an entry; once it is gone (logged, or discarded when it was too
        short to log), call ``then``."""

        def stopped(_entry: object) -> None:
            self._timer_gone()
            self._load_recent()
            self.sig_entry_logged.emit()
            if then is not None:
                then()

        def refused(error: OkuvolError) -> None:
            # Never a dead end: the one way out of "too short" is offered right here.
            if not isinstance(error, TimerTooShort):
                self._refused(error)
            elif self._confirm_discard(
                self.tr("The timer has run for less than a minute, too short to log.")
            ):
                self._discard_now(status, then)

        stop, person_id = self._ledger.timer.stop, status.timer.person_id
        self._writer.write(lambda: stop(person_id), stopped, refused, self.error.say)

    def discard(self) -> None:
        """Throw the chosen person's running timer away, after asking."""
        status = self._status()
        if status is None:
            return
        elapsed = format_elapsed(self._ledger.ctx.clock() - status.timer.started_at)
        if self._confirm_discard(
            self.tr("Discard the timer that has run for %1?").replace("%1", elapsed)
        ):
            self._discard_now(status)

    def _discard_now(self, status: TimerStatus, then: Callable[[], None] | None = None) -> None:
        def gone(_none: object) -> None:
            self._timer_gone()
            if then is not None:
                then()

        cancel, person_id = self._ledger.timer.cancel, status.timer.person_id
        self._writer.write(lambda: cancel(person_id), gone, self._refused, self.error.say)

    def _timer_gone(self) -> None:
        """A timer was stopped or thrown away: a fresh bar, the timers still running."""
        self._clear_description()
        self.error.say("")
        self._read_running()

    def _move_start(self) -> None:
        status = self._status()
        if status is None:
            return
        tz = zone(status.timer.timezone)
        typed: time = self.start_time.time().toPython()  # type: ignore[assignment]
        current = status.timer.started_at.astimezone(tz)
        if (typed.hour, typed.minute) == (current.hour, current.minute):
            return
        now = self._ledger.ctx.clock().astimezone(tz)
        move, person_id, day = (
            self._ledger.timer.move_start,
            status.timer.person_id,
            start_day(typed, now),
        )
        self._writer.write(
            lambda: move(person_id, day, typed), self._changed, self._refused, self.error.say
        )

    def _changed(self, _status: object = None) -> None:
        """The running timer was changed as asked: shown as it is now."""
        self.error.say("")
        self._read_running()

    def _describe(self) -> None:
        status = self._status()
        text = self.description.text().strip() or None
        if status is None or text == status.timer.description:
            return
        category = status.timer.category_id or None
        describe, person_id = self._ledger.timer.describe, status.timer.person_id

        def described(_status: object) -> None:
            self.description.setModified(False)
            self._changed()

        self._writer.write(
            lambda: describe(person_id, text, category), described, self._refused, self.error.say
        )

    def continue_entry(self, line: EntryLine) -> None:
        """Start the timer on what an entry was about: its role, description and category.
        A timer running for the same person is stopped first, as Toggl and Clockify do."""

        def read() -> None:
            running = next(
                (s for s in self._running if s.timer.person_id == line.entry.person_id), None
            )
            if running is not None:
                self._stop(running, then=lambda: self._resume(line))
            else:
                self._resume(line)

        self._read_running(then=read)

    def _resume(self, line: EntryLine) -> None:
        resume, entry_id = self._ledger.timer.resume, line.entry.id

        def resumed(_status: object) -> None:
            self._began(line.entry.role_id)  # the field shows the continued words
            index = self.person.findData(line.entry.person_id)
            if index >= 0 and index != self.person.currentIndex():
                self.person.setCurrentIndex(index)  # shows the new timer
            else:
                self._person_chosen()

        self._writer.write(lambda: resume(entry_id), resumed, self._refused, self.error.say)
