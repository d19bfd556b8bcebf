"""What names and notes may hold: printable text of a length the ledger keeps."""

from __future__ import annotations

import re

import pytest

from okuvol_desktop.domain.errors import Message, ValidationError
from okuvol_desktop.domain.text import check_name, check_optional


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("Ana\x00Lima", "control character (U+0000)"),  # prints as a look-alike "AnaLima"
        ("Ana\nLima", "control character (U+000A)"),
        ("Ana \x1b[31mLima", "control character (U+001B)"),  # recolours a terminal
        ("Ana\u202eamiL", "control character (U+202E)"),  # shows as "AnaLima" reversed
        ("Ana\u2066x", "control character (U+2066)"),
        ("Ana\x85Lima", "control character (U+0085)"),
        ("Ana \udcff", "bytes that are not text (not UTF-8)"),
        ("A" * 201, "201 characters long; the most it can be is 200"),
        ("   ", "must not be empty"),
    ],
)
def test_a_name_that_would_print_as_something_else_is_refused(value: str, words: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(words)) as e:
        check_name("full_name", value, "The name")
    assert e.value.field == "full_name"


@pytest.mark.parametrize(
    "value", ["Nguyễn Thị Hương", "فاطمة الزهراء", "क्‍षत्रिय", "👩‍⚕️ Siti", "O'Brien-Smith", "A" * 200]
)
def test_names_in_any_script_with_joiners_are_kept_as_typed(value: str) -> None:
    assert check_name("full_name", f"  {value} ", "The name") == value


def test_notes_keep_line_breaks_and_tabs_and_nothing_else_of_the_kind() -> None:
    assert check_optional("notes", "a\n\tb\r\nc", "The notes", limit=None, lines=True) == (
        "a\n\tb\r\nc"
    )
    assert check_optional("notes", "  ", "The notes") is None
    with pytest.raises(ValidationError, match=re.escape("U+000C")):
        check_optional("notes", "a\x0cb", "The notes", limit=None, lines=True)


def test_the_label_is_translated_with_the_sentence() -> None:
    with pytest.raises(ValidationError) as e:
        check_name("full_name", "", "The name")
    words = {"{label} must not be empty.": "{label} tidak boleh kosong.", "The name": "Nama"}
    assert e.value.text.translated(lambda t: words.get(t, t)) == "Nama tidak boleh kosong."


def test_a_message_quotes_a_huge_value_by_its_start() -> None:
    text = str(Message("{a} / {b}", {"a": "x" * 10_000, "b": 7**200_000}))
    assert len(text) < 400 and "(10,000 characters)" in text and "digits" in text
