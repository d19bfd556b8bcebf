"""Words for the ledger's enumerations, translated (never a raw enum value on screen)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import Category


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


def format_date(day: date) -> str:
    """A date in the user's locale; ISO (2026-11-28) where the locale has no real format."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    return locale.toString(day, QLocale.FormatType.ShortFormat)


def format_money(amount: float, currency: str) -> str:
    """An amount with grouping and two decimals, then the currency code: 49,262.64 USD."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # C has no group separator; people need one
        return f"{amount:,.2f} {currency}"
    return f"{locale.toString(amount, 'f', 2)} {currency}"
