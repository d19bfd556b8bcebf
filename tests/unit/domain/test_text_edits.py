"""What an edit does to a text field: nothing typed keeps it, spaces alone clear it."""

from __future__ import annotations

from okuvol_desktop.domain.text import edited_text, trimmed


def test_typed_text_is_trimmed_and_nothing_left_is_none() -> None:
    assert trimmed("  Jl. Merdeka 1 ") == "Jl. Merdeka 1"
    assert trimmed("   ") is None
    assert trimmed(None) is None


def test_an_edit_keeps_what_was_not_typed_and_clears_what_was_emptied() -> None:
    assert edited_text("Director", None) == "Director"
    assert edited_text("Director", " Head ") == "Head"
    assert edited_text("Director", "") is None
