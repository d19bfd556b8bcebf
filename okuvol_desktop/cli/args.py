"""Argument types that turn a user's text into values, or a one-line reason why not."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.interchange.dates import DateOrder


def iso_date(text: str) -> date:
    """``YYYY-MM-DD``; 2025-02-30 is refused with the reason."""
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        reason = "" if "format" in str(exc) or "Invalid" in str(exc) else f" ({exc})"
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD{reason}"
        ) from exc


def clock_time(text: str) -> time:
    """``HH:MM`` in 24-hour time."""
    try:
        return datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a time; write it as HH:MM, e.g. 09:30 or 22:15"
        ) from exc


def decimal_number(text: str) -> Decimal:
    """A plain decimal number; a comma is accepted as the decimal mark (2,5)."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from exc
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"'{text}' is not a number")
    return value


def whole_number(text: str) -> int:
    """A whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from exc
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' must not be negative")
    return value


def work_kind(text: str) -> WorkKind:
    """``professional`` or ``volunteer``."""
    try:
        return WorkKind(text.strip().lower())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a kind of work; use professional or volunteer"
        ) from exc


def out_path(text: str) -> Path:
    """Where a command writes: a name, never an empty one ("" would mean the current folder)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give the name of the file or folder to write")
    return Path(text)


def date_order(text: str) -> DateOrder:
    """``dmy``, ``mdy`` or ``ymd``: which comes first in a file's dates."""
    try:
        return DateOrder(text.strip().lower())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not an order of dates; use dmy (day first), mdy (month first) or ymd"
        ) from exc


def entry_status(text: str) -> EntryStatus:
    """``draft``, ``submitted``, ``approved`` or ``rejected``."""
    try:
        return EntryStatus(text.strip().lower())
    except ValueError as exc:
        names = ", ".join(s.value for s in EntryStatus)
        raise argparse.ArgumentTypeError(f"'{text}' is not a status; use one of {names}") from exc


def skill_list(text: str) -> tuple[str, ...]:
    """Comma-separated skills: ``first aid,teaching``."""
    return tuple(part.strip() for part in text.split(",") if part.strip())
