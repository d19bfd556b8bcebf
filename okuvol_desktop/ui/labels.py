"""Words for the ledger's enumerations, translated (never a raw enum value on screen)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import Category
from okuvol_desktop.ui.formats import date_text, money_text
from okuvol_desktop.ui.translatable import QT_TRANSLATE_NOOP


def kind_label(kind: WorkKind) -> str:
    """ "Professional" / "Volunteer" in the current language."""
    if kind is WorkKind.PROFESSIONAL:
        return QCoreApplication.translate("labels", "Professional")
    return QCoreApplication.translate("labels", "Volunteer")


def status_label(status: EntryStatus) -> str:
    """The review status in the current language."""
    return {
        EntryStatus.DRAFT: QCoreApplication.translate("labels", "Draft"),
        EntryStatus.SUBMITTED: QCoreApplication.translate("labels", "Submitted"),
        EntryStatus.APPROVED: QCoreApplication.translate("labels", "Approved"),
        EntryStatus.REJECTED: QCoreApplication.translate("labels", "Rejected"),
    }[status]


def category_label(category: Category | None) -> str:
    """A category's own name in the interface language (categories carry both names)."""
    if category is None:
        return ""
    language = QCoreApplication.translate("labels", "en", "language code of this translation")
    return category.name(language)


# The names of the award scheme okuvol ships (migration 0002), so that lupdate offers them to
# translators. Schemes and tiers a user types stay as they were typed.
_AWARD_NAMES = (
    QT_TRANSLATE_NOOP("awards", "President's Volunteer Service Award"),
    QT_TRANSLATE_NOOP("awards", "Kids (5-10)"),
    QT_TRANSLATE_NOOP("awards", "Teens (11-15)"),
    QT_TRANSLATE_NOOP("awards", "Young adults (16-25)"),
    QT_TRANSLATE_NOOP("awards", "Adults (26+)"),
    QT_TRANSLATE_NOOP("awards", "Bronze"),
    QT_TRANSLATE_NOOP("awards", "Silver"),
    QT_TRANSLATE_NOOP("awards", "Gold"),
)


def award_label(name: str) -> str:
    """An award scheme, age band or tier in the current language, when okuvol shipped it."""
    return QCoreApplication.translate("awards", name) if name in _AWARD_NAMES else name


# Dates and amounts are written in ui/formats.py; these names stay for the views that use them.
format_date = date_text
format_money = money_text
