"""Where the chosen person stands in the schemes assigned to them: each award's band, tier
reached and hours to the next; each requirement's cycle, approved of target, pending and
minimums. Read in a worker; the People view shows it under the person's details."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from okuvol_desktop.domain.durations import DurationNotation
from okuvol_desktop.domain.ids import PersonId
from okuvol_desktop.domain.schemes import AwardStanding, Measure, RequirementStanding
from okuvol_desktop.services.ledger import Ledger
from okuvol_desktop.services.schemes import PersonProgress
from okuvol_desktop.ui.formats import date_text, hours_text
from okuvol_desktop.ui.labels import award_label
from okuvol_desktop.ui.scheme_words import amount_text, category_name, escape
from okuvol_desktop.ui.tasks import BackgroundRunner

_DECIMAL = DurationNotation.DECIMAL_HOURS


@dataclass(frozen=True, slots=True)
class _Loaded:
    progress: PersonProgress
    categories: dict[str, str]


def _hours(minutes: int) -> str:
    return hours_text(minutes, _DECIMAL)


class SchemeProgressPanel(QGroupBox):
    """A compact account of a person's schemes for a year, loaded off the GUI thread."""

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._runner = BackgroundRunner(self)
        self._asked: tuple[int, int] | None = None  # (person id, year) of the last request
        self._loaded: _Loaded | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible string of the panel, in the current language."""
        self.setTitle(self.tr("Schemes"))
        self.text.setAccessibleName(self.tr("Schemes"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Override of QWidget.changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_person(self, person_id: PersonId | None, year: int) -> None:
        """Load where ``person_id`` stands in ``year`` (None: nobody chosen, hide)."""
        self.setVisible(person_id is not None)
        if person_id is None:
            self._asked, self._loaded = None, None
            return
        asked = (person_id, year)
        if asked != self._asked:
            self._loaded = None
            self.text.setText(self.tr("Reading their schemes…"))
        self._asked = asked
        ledger = self._ledger
        language = QCoreApplication.translate("labels", "en", "language code of this translation")

        def read() -> _Loaded:
            return _Loaded(
                ledger.schemes.progress(person_id, year),
                {c.key: c.name(language) for c in ledger.listing.categories()},
            )

        def done(loaded: _Loaded) -> None:
            if self._asked == asked:  # the user may have chosen someone else meanwhile
                self._loaded = loaded
                self._render()

        def failed(text: str) -> None:
            if self._asked == asked:
                self.text.setText(escape(text))

        self._runner.run(read, done, failed)

    def busy(self) -> bool:
        """Whether a reading has not come back yet."""
        return self._runner.busy()

    def _render(self) -> None:
        loaded = self._loaded
        if loaded is None:
            return
        progress = loaded.progress
        if not progress.awards and not progress.requirements:
            self.text.setText(
                escape(self.tr("No scheme applies — assign one in Settings → Schemes."))
            )
            return
        parts = [self._award(a) for a in progress.awards]
        parts += [self._requirement(r, loaded.categories) for r in progress.requirements]
        self.text.setText("".join(parts))

    def _award(self, award: AwardStanding) -> str:
        lines: list[str] = []
        if award.band is None:
            lines.append(self.tr("No age band of this award fits them (see their birth date)."))
        else:
            band = award_label(award.band)
            reached = (
                self.tr("%1: %2 reached")
                .replace("%1", band)
                .replace("%2", award_label(award.reached))
                if award.reached
                else self.tr("%1: no tier reached yet").replace("%1", band)
            )
            ahead = (
                self.tr("%1 to %2")
                .replace("%1", _hours(award.minutes_to_next))
                .replace("%2", award_label(award.next_tier))
                if award.next_tier
                else self.tr("the highest tier")
            )
            lines.append(f"{reached} · {ahead}")
        lines.append(
            self.tr("%1 approved, %2 awaiting review")
            .replace("%1", _hours(award.approved_minutes))
            .replace("%2", _hours(award.pending_minutes))
        )
        title = f"<b>{escape(award_label(award.scheme))}</b>"
        return "<p>" + "<br>".join([title, *(escape(x) for x in lines)]) + "</p>"

    def _requirement(self, need: RequirementStanding, categories: Mapping[str, str]) -> str:
        # The unit is named once, with the cycle: "1 credits" is no better than "1 credit(s)".
        cycle = (
            self.tr("Cycle %1 – %2, counted in credits")
            if need.measure is Measure.CREDITS
            else self.tr("Cycle %1 – %2, counted in hours")
        )
        lines = [
            cycle.replace("%1", date_text(need.cycle_start)).replace(
                "%2", date_text(need.cycle_end)
            ),
            self.tr("%1 of %2 approved, %3 awaiting review")
            .replace("%1", amount_text(need.approved))
            .replace("%2", amount_text(need.target))
            .replace("%3", amount_text(need.pending)),
        ]
        for minimum in need.minimums:
            lines.append(
                self.tr("%1: %2 of %3 (%4)")
                .replace("%1", category_name(minimum.category, categories))
                .replace("%2", amount_text(minimum.approved))
                .replace("%3", amount_text(minimum.needed))
                .replace("%4", self.tr("met") if minimum.met else self.tr("not yet"))
            )
        verdict = (
            self.tr("Met")
            if need.met
            else self.tr("Not met yet: %1 still needed").replace(
                "%1", amount_text(need.still_needed)
            )
        )
        title = f"<b>{escape(need.scheme)}</b>"
        body = "<br>".join([title, *(escape(x) for x in lines), f"<i>{escape(verdict)}</i>"])
        return f"<p>{body}</p>"
