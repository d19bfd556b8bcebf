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


# The largest whole number a ledger column holds on both databases (PostgreSQL's integer);
# ids, counts and offsets above it name nothing that can exist.
LARGEST_WHOLE_NUMBER = 2**31 - 1
# Far above any hours, rate or amount the ledger keeps (each has its own rule), and small
# enough that every later sum stays exact.
_LARGEST_NUMBER = Decimal(10) ** 12


def _quoted(text: str) -> str:
    """The user's text as a message quotes it: a 100,000-digit argument by its start."""
    return f"'{text}'" if len(text) <= 40 else f"'{text[:40]}...' ({len(text):,} characters)"


def decimal_number(text: str) -> Decimal:
    """A plain decimal number; a comma is accepted as the decimal mark (2,5)."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(f"{_quoted(text)} is not a number") from exc
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"{_quoted(text)} is not a number")
    if value.copy_abs() > _LARGEST_NUMBER:
        raise argparse.ArgumentTypeError(f"{_quoted(text)} is larger than okuvol counts")
    return value


def whole_number(text: str) -> int:
    """A whole number from 0 to LARGEST_WHOLE_NUMBER."""
    stripped = text.strip()
    if not (stripped.isascii() and stripped.lstrip("-").isdigit()):
        raise argparse.ArgumentTypeError(f"{_quoted(text)} is not a whole number")
    if stripped.startswith("-"):
        raise argparse.ArgumentTypeError(f"{_quoted(text)} must not be negative")
    if len(stripped) > 10 or int(stripped) > LARGEST_WHOLE_NUMBER:
        raise argparse.ArgumentTypeError(
            f"{_quoted(text)} is too large; the most is {LARGEST_WHOLE_NUMBER:,}"
        )
    return int(stripped)


def record_id(text: str) -> int:
    """The id of something in the ledger: a whole number from 1."""
    value = whole_number(text)
    if value == 0:
        raise argparse.ArgumentTypeError("ids start at 1")
    return value


def year(text: str) -> int:
    """A calendar year from 1900 to 9999."""
    stripped = text.strip()
    if not (stripped.isascii() and stripped.isdigit() and len(stripped) <= 4):
        raise argparse.ArgumentTypeError(f"{_quoted(text)} is not a year; write it as 2026")
    value = int(stripped)
    if value < 1900:
        raise argparse.ArgumentTypeError(f"{_quoted(text)} is not a year okuvol counts in")
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
    return _path(text)


def in_path(text: str) -> Path:
    """A file a command reads."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give the name of the file to read")
    return _path(text)


def _path(text: str) -> Path:
    if "\x00" in text:
        raise argparse.ArgumentTypeError("a file name cannot hold a NUL character")
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
