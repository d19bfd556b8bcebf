"""Bidirectional text for one paragraph of user text: embedding levels and visual order.

Names, organisations and roles are short paragraphs, so this implements the part of the
Unicode Bidirectional Algorithm (UAX #9) they need: the paragraph level (P2, P3), isolates
(FSI ... PDI, which ``isolate`` puts around user text inside a sentence of the document's
language), the weak types (W1-W7), bracket pairs (N0, for the usual brackets), the neutral
types (N1, N2), the implicit levels (I1, I2) and the reordering of a line (L2). The other
explicit controls (embeddings, overrides, LRI and RLI) are dropped before layout
(``IGNORED_CONTROLS``). HarfBuzz mirrors a bracket drawn inside a right-to-left run.

ReportLab's own bidi support needs ``rlbidi`` (not on PyPI) and is switched off for paragraphs
of several fragments; python-bidi's Rust core only returns a reordered string, without the
levels a line breaker needs, and its old pure-Python module is no longer its public API.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TypeVar

FSI = "\u2068"  # first strong isolate: the direction of what follows, up to the PDI
PDI = "\u2069"  # pop directional isolate
# Explicit controls other than FSI and PDI: removed from user text before layout.
IGNORED_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067")
_STRONG = {"L": 0, "R": 1, "AL": 1}
# Bracket pairs for rule N0 (Unicode's Bidi_Paired_Bracket, of the brackets names use).
_BRACKETS = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›", "（": "）", "［": "］", "｛": "｝"}
_CLOSERS = {closing: opening for opening, closing in _BRACKETS.items()}
_NEUTRAL = frozenset({"B", "S", "WS", "ON"})

T = TypeVar("T")


def isolate(text: str | None) -> str:
    """User text to put inside a sentence: its direction cannot leak into the sentence (a
    right-to-left name followed by a year stays name, then year)."""
    kept = "".join(c for c in text or "" if c not in IGNORED_CONTROLS and c not in (FSI, PDI))
    return f"{FSI}{kept}{PDI}"


def _closing(text: str, start: int, end: int) -> int:
    """Where the isolate opened at text[start] ends: its matching PDI, or ``end``."""
    depth = 0
    for i in range(start, end):
        if text[i] == FSI:
            depth += 1
        elif text[i] == PDI:
            depth -= 1
            if depth == 0:
                return i
    return end


def paragraph_level(text: str) -> int:
    """0 (left to right) or 1 (right to left): the direction of the first strong letter
    outside isolates (P2, P3)."""
    i = 0
    while i < len(text):
        if text[i] == FSI:
            i = _closing(text, i, len(text)) + 1
            continue
        level = _STRONG.get(unicodedata.bidirectional(text[i]))
        if level is not None:
            return level
        i += 1
    return 0


def embedding_levels(text: str, base: int | None = None) -> tuple[int, list[int]]:
    """The paragraph level and each character's resolved embedding level.

    Args:
        text: one paragraph, whose only explicit controls are FSI and PDI.
        base: the paragraph level to use (0 or 1); None takes it from the text (P2, P3).

    Returns:
        The paragraph level and a level per character of ``text``.
    """
    level = paragraph_level(text) if base is None else base
    levels = [level] * len(text)
    _resolve_sequence(text, 0, len(text), level, levels)
    return level, levels


def _resolve_sequence(text: str, start: int, end: int, level: int, levels: list[int]) -> None:
    """Resolve text[start:end] at ``level``: an isolate's content is resolved on its own, one
    level up, and counts outside as a single neutral (its FSI and PDI)."""
    indexes: list[int] = []
    i = start
    while i < end:
        indexes.append(i)
        if text[i] != FSI:
            i += 1
            continue
        close = _closing(text, i, end)
        inner = paragraph_level(text[i + 1 : close])
        inner_level = level + 1 if (level + 1) % 2 == inner else level + 2
        _resolve_sequence(text, i + 1, close, inner_level, levels)
        if close < end:
            indexes.append(close)
        i = close + 1
    types = [
        "ON" if text[k] in (FSI, PDI) else unicodedata.bidirectional(text[k]) or "L"
        for k in indexes
    ]
    # X9: boundary neutrals (ZWJ, ZWNJ, soft hyphen...) take the type of what precedes them,
    # which keeps them inside their run instead of removing them.
    for k, kind in enumerate(types):
        if kind == "BN":
            types[k] = types[k - 1] if k else "ON"
    sos = "R" if level % 2 else "L"
    _resolve_weak(types, sos)
    _resolve_brackets([text[k] for k in indexes], types, sos, level)
    _resolve_neutral(types, sos, level)
    for k, kind in zip(indexes, types, strict=True):
        levels[k] = _implicit(level, kind)


def _resolve_weak(types: list[str], sos: str) -> None:
    _marks_and_arabic(types, sos)
    _separators_and_terminators(types)
    # W7: European numbers after left-to-right text are left to right.
    strong = sos
    for i, kind in enumerate(types):
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            types[i] = "L"


def _marks_and_arabic(types: list[str], sos: str) -> None:
    # W1: a non-spacing mark takes the type of the character before it.
    previous = sos
    for i, kind in enumerate(types):
        if kind == "NSM":
            types[i] = previous
        previous = types[i]
    # W2: European numbers after Arabic letters are Arabic numbers. W3: AL becomes R.
    strong = sos
    for i, kind in enumerate(types):
        if kind in ("L", "R", "AL"):
            strong = kind
        elif kind == "EN" and strong == "AL":
            types[i] = "AN"
    for i, kind in enumerate(types):
        if kind == "AL":
            types[i] = "R"


def _separators_and_terminators(types: list[str]) -> None:
    # W4: one separator between two numbers of the same kind joins them.
    for i in range(1, len(types) - 1):
        before, kind, after = types[i - 1], types[i], types[i + 1]
        if kind == "ES" and before == after == "EN":
            types[i] = "EN"
        elif kind == "CS" and before == after and before in ("EN", "AN"):
            types[i] = before
    # W5: terminators (%, currency signs) next to European numbers are European numbers.
    i = 0
    while i < len(types):
        if types[i] != "ET":
            i += 1
            continue
        end = i
        while end < len(types) and types[end] == "ET":
            end += 1
        touching = (i > 0 and types[i - 1] == "EN") or (end < len(types) and types[end] == "EN")
        if touching:
            types[i:end] = ["EN"] * (end - i)
        i = end
    # W6: the remaining separators and terminators are neutral.
    for i, kind in enumerate(types):
        if kind in ("ES", "ET", "CS"):
            types[i] = "ON"


def _bracket_pairs(chars: list[str], types: list[str]) -> list[tuple[int, int]]:
    """Positions of matching bracket pairs (BD16), in the order of their opening brackets."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for i, char in enumerate(chars):
        if types[i] != "ON":
            continue
        if char in _BRACKETS:
            if len(stack) == 63:  # BD16 gives up on deeper nesting
                return sorted(pairs)
            stack.append((char, i))
        elif char in _CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == _CLOSERS[char]:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _resolve_brackets(chars: list[str], types: list[str], sos: str, level: int) -> None:
    """N0: a bracket pair takes the embedding direction if the brackets hold a letter of
    that direction, else the other one if they hold it and it also comes before them, so
    that "Ahmad (أحمد) 2026" keeps its brackets around the Arabic name."""
    embedding = "R" if level % 2 else "L"
    for opening, closing in _bracket_pairs(chars, types):
        inside = {_strong_of(kind) for kind in types[opening + 1 : closing]} - {None}
        if not inside:
            continue
        if embedding in inside:
            resolved = embedding
        else:
            before = next(
                (
                    strong
                    for kind in reversed(types[:opening])
                    if (strong := _strong_of(kind)) is not None
                ),
                sos,
            )
            resolved = before if before != embedding else embedding
        types[opening] = types[closing] = resolved


def _strong_of(kind: str) -> str | None:
    if kind == "L":
        return "L"
    if kind in ("R", "EN", "AN"):  # numbers count as right to left for N1
        return "R"
    return None


def _resolve_neutral(types: list[str], sos: str, level: int) -> None:
    embedding = "R" if level % 2 else "L"
    i = 0
    while i < len(types):
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        end = i
        while end < len(types) and types[end] in _NEUTRAL:
            end += 1
        before = _strong_of(types[i - 1]) if i > 0 else sos
        after = _strong_of(types[end]) if end < len(types) else sos  # eos is the paragraph's
        # N1: neutrals between two of the same direction take it; N2: else the paragraph's.
        resolved = before if before == after and before is not None else embedding
        types[i:end] = [resolved] * (end - i)
        i = end


def _implicit(level: int, kind: str) -> int:
    # I1, I2.
    if level % 2 == 0:
        return level + (1 if kind == "R" else 2 if kind in ("AN", "EN") else 0)
    return level + (1 if kind in ("L", "EN", "AN") else 0)


def visual_order(items: Sequence[T], levels: Sequence[int]) -> list[T]:
    """Items of one line (each of a single level) in the order they are drawn (rule L2).

    From the highest level down to the lowest odd one, every maximal sequence at that level
    or higher is reversed. Each item keeps its own inner order: a right-to-left run comes out
    of HarfBuzz already in drawing order.
    """
    order = list(items)
    if not levels:
        return order
    line_levels = list(levels)
    lowest_odd = min(level for level in line_levels) | 1
    for level in range(max(line_levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if line_levels[i] < level:
                i += 1
                continue
            end = i
            while end < len(order) and line_levels[end] >= level:
                end += 1
            order[i:end] = order[i:end][::-1]
            line_levels[i:end] = line_levels[i:end][::-1]
            i = end
    return order
