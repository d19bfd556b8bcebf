"""Numbers, dates and durations as the window shows them: in the current language's QLocale,
with four-digit years everywhere, and durations in the notation chosen in Settings.

Every view formats through here, so that a table, its total and a message about one of its
rows write the same value the same way.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from okuvol_desktop.domain.durations import DurationNotation, format_hmm, hours
from okuvol_desktop.domain.model import EntryRef


def _locale() -> QLocale:
    return QLocale()


def _date_format(locale: QLocale) -> str:
    """The locale's short date format with the year written in full (dd/MM/yy -> dd/MM/yyyy):
    a two-digit year reads as a day or a month, and 26 could be 1926 as well as 2026."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def date_text(day: date) -> str:
    """A date in the user's locale with a four-digit year; ISO where the locale has none."""
    locale = _locale()
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    return locale.toString(QDate(day.year, day.month, day.day), _date_format(locale))


def date_display_format() -> str:
    """The pattern for a QDateEdit, so a date box writes dates as the tables do."""
    locale = _locale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    return _date_format(locale)


def number_text(value: float, decimals: int = 2) -> str:
    """A number with the locale's decimal mark and grouping: 2,804.75 or 2.804,75."""
    return _locale().toString(float(value), "f", decimals)


def money_text(amount: float, currency: str) -> str:
    """An amount with grouping and two decimals, then the currency code: 49,262.64 USD."""
    locale = _locale()
    if locale.language() == QLocale.Language.C:  # C has no group separator; people need one
        return f"{amount:,.2f} {currency}"
    return f"{locale.toString(float(amount), 'f', 2)} {currency}"


def duration_text(minutes: int, notation: DurationNotation) -> str:
    """Minutes in the chosen notation: 2:30, or 2.50 (2,50 in Indonesian) hours."""
    if notation is DurationNotation.HOURS_MINUTES:
        return format_hmm(minutes)
    return number_text(hours(minutes), 2)


def hours_text(minutes: int, notation: DurationNotation) -> str:
    """A duration with its unit: "2.50 h" or "2:30 h"."""
    return QCoreApplication.translate("formats", "%1 h").replace(
        "%1", duration_text(minutes, notation)
    )


def time_range_text(start: time | None, end: time | None) -> str:
    """09:00–10:00, or nothing for an entry logged as a number of hours."""
    if start is None or end is None:
        return ""
    return f"{start:%H:%M}–{end:%H:%M}"


def entry_text(ref: EntryRef) -> str:
    """An entry named as the time log shows it: "02/03/2026 09:00–10:00, Tutor"."""
    parts = [date_text(ref.date)]
    times = time_range_text(ref.start, ref.end)
    if times:
        parts.append(" " + times)
    if ref.role:
        parts.append(", " + ref.role)
    return "".join(parts)


def notation_name(notation: DurationNotation) -> str:
    """How Settings offers a notation, with an example in the current locale."""
    if notation is DurationNotation.HOURS_MINUTES:
        return QCoreApplication.translate("formats", "Hours and minutes (%1)").replace(
            "%1", format_hmm(150)
        )
    return QCoreApplication.translate("formats", "Decimal hours (%1)").replace(
        "%1", number_text(2.5, 2)
    )
