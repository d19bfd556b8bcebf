"""Reviews in words: why an entry was rejected, and what its person changed since.

The time log's detail line, its tooltips and the entry dialog's banner all say these, so a
volunteer reads the coordinator's note where she fixes the entry, and the coordinator reads
what changed where he reviews it again.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication

from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.model import Entry
from okuvol_desktop.domain.review import FieldChange
from okuvol_desktop.ui.formats import duration_text
from okuvol_desktop.ui.labels import category_label, format_date
from okuvol_desktop.ui.lookups import Lookups
from okuvol_desktop.ui.preferences import Preferences
from okuvol_desktop.ui.translatable import QT_TRANSLATE_NOOP

_CONTEXT = "review"
# The words for each fact a change can touch (domain.review.ReviewedFacts fields).
_FIELD_LABELS = {
    "role_id": QT_TRANSLATE_NOOP("review", "role"),
    "date": QT_TRANSLATE_NOOP("review", "date"),
    "start": QT_TRANSLATE_NOOP("review", "start"),
    "end": QT_TRANSLATE_NOOP("review", "end"),
    "minutes": QT_TRANSLATE_NOOP("review", "hours"),
    "category_id": QT_TRANSLATE_NOOP("review", "field of service"),
    "description": QT_TRANSLATE_NOOP("review", "description"),
    "location": QT_TRANSLATE_NOOP("review", "place"),
    "beneficiaries": QT_TRANSLATE_NOOP("review", "people served"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def is_resubmitted(entry: Entry) -> bool:
    """Whether an entry awaits review again after a review (fixed after a rejection, or
    changed after its approval)."""
    return entry.status is EntryStatus.SUBMITTED and entry.reviewed_at is not None


def review_summary(entry: Entry) -> str:
    """The last review of an entry in one sentence, or "" for an entry never reviewed."""
    if entry.reviewed_at is None:
        return ""
    when = format_date(entry.reviewed_at.date())
    who = entry.reviewer or QCoreApplication.translate("review", "a coordinator")
    note = (entry.review_note or "").strip()
    if entry.status is EntryStatus.REJECTED:
        text = QCoreApplication.translate("review", "Rejected by %1 on %2.")
    elif entry.status is EntryStatus.APPROVED:
        text = QCoreApplication.translate("review", "Approved by %1 on %2.")
    else:
        text = QCoreApplication.translate(
            "review", "Sent again for review; last reviewed by %1 on %2."
        )
    sentence = text.replace("%1", who).replace("%2", when)
    if not note:
        return sentence
    with_note = QCoreApplication.translate("review", "%1 Note: “%2”")
    return with_note.replace("%1", sentence).replace("%2", note)


def _named(field: str, value: object, lookups: Lookups) -> str | None:
    """The name of a role or category id, as the forms show it."""
    if field == "role_id":
        role = next((r for r in lookups.roles if r.id == value), None)
        return role.title if role is not None else None
    if field == "category_id":
        category = next((c for c in lookups.categories if c.id == value), None)
        return category_label(category) if category is not None else None
    return None


def _shown(field: str, value: object, lookups: Lookups) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("review", "(none)")
    if field in ("role_id", "category_id"):
        return _named(field, value, lookups) or str(value)
    if field == "minutes" and isinstance(value, int):
        return duration_text(value, Preferences().duration_notation)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return f"{value:%H:%M}"
    return str(value)


def describe_changes(changes: list[FieldChange], lookups: Lookups) -> str:
    """What changed since the last review, e.g. "Changed since the review: date 2/3/26 →
    3/3/26; hours 3:00 → 2:30", or a sentence saying nothing did."""
    if not changes:
        return QCoreApplication.translate("review", "Nothing changed since the review.")
    parts = [
        f"{_tr(_FIELD_LABELS[c.field])} {_shown(c.field, c.before, lookups)} → "
        f"{_shown(c.field, c.after, lookups)}"
        for c in changes
    ]
    return QCoreApplication.translate("review", "Changed since the review: %1").replace(
        "%1", "; ".join(parts)
    )
