"""The bidi levels and line order of user text (reports/direction.py), checked by hand."""

from __future__ import annotations

from okuvol_desktop.reports.direction import (
    FSI,
    PDI,
    embedding_levels,
    isolate,
    paragraph_level,
    visual_order,
)


def test_the_first_strong_letter_gives_the_direction() -> None:
    assert paragraph_level("Siti") == 0
    assert paragraph_level("123 عبد") == 1  # digits are not strong
    assert paragraph_level("") == 0
    assert paragraph_level(f"{FSI}عبد{PDI} Made") == 0  # an isolate is passed over


def test_levels_of_a_mixed_line() -> None:
    base, levels = embedding_levels("Ali عبد الله 123")
    assert base == 0
    # Latin and the space after it: 0; Arabic and the space before the digits: 1 (the space
    # lies between right-to-left text and a number); European digits after Arabic: 2.
    assert levels == [0] * 4 + [1] * 9 + [2] * 3


def test_numbers_after_arabic_letters_are_arabic_numbers() -> None:
    _, levels = embedding_levels("عبد 12")
    assert levels == [1, 1, 1, 1, 2, 2]


def test_marks_and_joiners_keep_the_level_of_their_letter() -> None:
    _, levels = embedding_levels("مُحمد\u200cزاده")  # damma and a zero-width non-joiner
    assert set(levels) == {1}


def test_isolated_user_text_cannot_leak_its_direction_into_the_sentence() -> None:
    sentence = f"{isolate('عبد الله')} · 2026 · Page 1"
    _, levels = embedding_levels(sentence, base=0)
    name = range(1, 9)
    assert {levels[i] for i in name} == {1}
    # Without the isolate, " · 2026" would join the name's right-to-left run.
    assert set(levels[10:]) == {0}
    _, leaking = embedding_levels("عبد الله · 2026 · Page 1", base=0)
    assert leaking[8:15] == [1, 1, 1, 2, 2, 2, 2]


def test_isolate_drops_controls_a_user_typed() -> None:
    assert isolate("\u202eevil\u2069") == f"{FSI}evil{PDI}"
    assert isolate(None) == f"{FSI}{PDI}"


def test_visual_order_reverses_right_to_left_runs_and_keeps_numbers_readable() -> None:
    # "Ali", "عبد", " ", "الله", " ", "123" at levels 0, 1, 1, 1, 1, 2 (rule L2).
    items = ["Ali ", "عبد", " ", "الله", " ", "123"]
    assert visual_order(items, [0, 1, 1, 1, 1, 2]) == ["Ali ", "123", " ", "الله", " ", "عبد"]
    assert visual_order(["a", "b"], [0, 0]) == ["a", "b"]
    assert visual_order(["x", "y", "z"], [1, 1, 1]) == ["z", "y", "x"]


def test_brackets_around_a_name_of_the_other_direction_stay_around_it() -> None:
    # N0: the brackets hold Arabic in a left-to-right line with Latin before them, so they
    # take the line's direction; the name alone is right to left.
    _, levels = embedding_levels("Ahmad (أحمد) 2026")
    assert levels[6] == levels[11] == 0 and set(levels[7:11]) == {1}
    # Without rule N0 the closing bracket would join the right-to-left run.
    _, levels = embedding_levels("أحمد (Ahmad) محمد")
    assert levels[5] == levels[11] == 1 and set(levels[6:11]) == {2}
    _, levels = embedding_levels("عبد (الله")  # an unpaired bracket is an ordinary neutral
    assert set(levels) == {1}
