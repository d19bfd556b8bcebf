"""What a name or a note may hold: text a person typed, of a length the ledger keeps.

A name with a NUL, a newline or a terminal escape prints as something else ("Ana\\x00Lima"
shows as a look-alike "Ana Lima"; ESC[31m recolours a terminal), and bidirectional overrides
reorder what a reader sees. Such characters are refused in names; notes and descriptions may
hold line breaks and tabs, nothing else of the kind. Bytes that were not UTF-8 (as a command
line hands them over, as lone surrogates) are refused everywhere: they cannot be stored.
"""

from __future__ import annotations

import re
import unicodedata

from okuvol_desktop.domain.errors import Message, ValidationError

NAME_LENGTH = 200  # the longest name, title or place the ledger keeps

# Control characters (Cc), line and paragraph separators, the explicit embeddings, overrides
# and isolates of UAX #9 (invisible, and they reorder the text around them) and lone
# surrogates (bytes that were not UTF-8). Joiners (U+200C, U+200D) stay: Indic scripts and
# emoji need them. One regular expression: an import checks a million descriptions.
_REFUSED_IN_NAMES = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
# Notes and descriptions may hold tabs and line breaks.
_REFUSED_IN_NOTES = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _fault(value: str, *, lines: bool) -> str | None:
    """The first character of ``value`` that is refused, or None."""
    found = (_REFUSED_IN_NOTES if lines else _REFUSED_IN_NAMES).search(value)
    return None if found is None else found.group()


def check_characters(
    field: str, value: str, label: str, *, limit: int | None = NAME_LENGTH, lines: bool = False
) -> str:
    """``value`` when it holds only printable text (and line breaks, if ``lines``) of at most
    ``limit`` characters. ``label`` names the field in a sentence ("The name").

    Raises:
        ValidationError: naming the field and what is wrong.
    """
    named = Message(label)  # translated with the sentence around it
    fault = _fault(value, lines=lines)
    if fault is not None and unicodedata.category(fault) == "Cs":
        raise ValidationError(
            field, "{label} holds bytes that are not text (not UTF-8); type it again.", label=named
        )
    if fault is not None:
        raise ValidationError(
            field,
            "{label} holds an invisible control character ({code}); remove it.",
            label=named,
            code=f"U+{ord(fault):04X}",
        )
    if limit is not None and len(value) > limit:
        raise ValidationError(
            field,
            "{label} is {length} characters long; the most it can be is {limit}.",
            label=named,
            length=len(value),
            limit=limit,
        )
    return value


def check_name(field: str, value: str, label: str, *, limit: int = NAME_LENGTH) -> str:
    """A required one-line text (a name, a title): stripped, not empty, printable."""
    stripped = value.strip()
    if not stripped:
        raise ValidationError(field, "{label} must not be empty.", label=Message(label))
    return check_characters(field, stripped, label, limit=limit)


def check_optional(
    field: str,
    value: str | None,
    label: str,
    *,
    limit: int | None = NAME_LENGTH,
    lines: bool = False,
) -> str | None:
    """An optional text: stripped, None when empty, else printable."""
    stripped = (value or "").strip()
    if not stripped:
        return None
    return check_characters(field, stripped, label, limit=limit, lines=lines)


def trimmed(text: str | None) -> str | None:
    """Typed text without the spaces around it; None when nothing is left."""
    return (text or "").strip() or None


def edited_text(kept: str | None, typed: str | None) -> str | None:
    """A text field after an edit: ``kept`` when nothing was typed (None), else the typed
    text trimmed ("" clears the field)."""
    return kept if typed is None else trimmed(typed)
