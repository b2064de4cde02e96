"""Names are wrapped at spaces only, within the width, never cut; widths come from the font."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgunits.orgchart import fonts

FONT = fonts.condensed(8.5)
WORDS = st.sampled_from(
    [
        "Biuro",
        "Współpracy",
        "Zagranicznej",
        "ds.",
        "Budżetowo-Finansowej",
        "i",
        "Ochrony",
        "Wartości",
        "Niematerialnych",
        "Miasta",
        "Stanowisko",
        "Pełnomocnik",
        "KP-03",
        "Żółć",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=14), st.floats(min_value=40, max_value=200))
def test_wrapping_keeps_every_word_in_order_and_each_line_within_the_width(words, limit):
    text = " ".join(words)
    lines = fonts.wrap(text, FONT, limit)
    assert " ".join(lines) == text
    for line in lines:
        assert FONT.width(line) <= limit + 1e-9 or " " not in line


def test_a_word_wider_than_the_box_stays_whole_on_its_own_line():
    lines = fonts.wrap("ds. Budżetowo-Finansowej", FONT, 40)
    assert lines == ["ds.", "Budżetowo-Finansowej"]


def test_balanced_lines_do_not_leave_a_lonely_last_word():
    # greedy filling would put three words on the first line and one on the second
    lines = fonts.wrap("Biuro Współpracy Zagranicznej Miasta", FONT, 125)
    assert len(lines) == 2
    assert all(len(line.split()) == 2 for line in lines)


def test_widths_are_the_fonts_advances_scaled_to_the_size():
    # "i" is narrower than "W"; a 17 pt text is exactly twice as wide as the same at 8.5 pt
    assert FONT.width("i") < FONT.width("W")
    assert fonts.condensed(17.0).width("Współpracy") == pytest.approx(2 * FONT.width("Współpracy"))
    # bold is wider than regular
    assert fonts.condensed_bold(8.5).width("Współpracy") > FONT.width("Współpracy")
