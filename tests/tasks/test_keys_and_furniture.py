"""The documented key rule for new nodes, and page furniture dropped from any text."""

import pytest

from tasks.importer import read_ordinance
from tasks.importer.mapping import key_by_rule, key_unique


@pytest.mark.parametrize(
    ("name", "symbol", "parent", "key"),
    [
        ("Referat Komunikacji Społecznej", "KP-06", "kp", "kp-06"),
        ("Stanowisko ds. Komunikacji Społecznej", "", "kp-06", "kp-06-komunikacji-spolecznej"),
        (
            "Stanowisko Fotografa Prezydenta Miasta Krakowa",
            "",
            "kp-06",
            "kp-06-fotografa-prezydenta-miasta",
        ),
        ("Zespół Łączności", "", "kp", "kp-lacznosci"),
    ],
)
def test_a_new_node_gets_its_key_by_the_rule(name, symbol, parent, key):
    assert key_by_rule(name, symbol, parent) == key


def test_a_key_ever_used_gets_the_next_free_number():
    assert key_unique("kp-02", {"kp-02", "kp-02-2"}) == "kp-02-3"
    assert key_unique("kp-07", {"kp-02"}) == "kp-07"


def test_page_footers_and_page_numbers_between_blank_lines_are_dropped(edited_text, mapping):
    # given the edited copy, where a page breaks inside § 7 pkt 11 with a footer and a number
    read = read_ordinance(edited_text, mapping=mapping)
    # then both lines are dropped and the point reads as one sentence
    assert [m.text for m in read.skipped_lines] == [
        "stopka strony: http://www.krakow.pl/",
        "numer strony: 7",
    ]
    kp03 = next(tl for tl in read.lists if tl.owner and tl.owner.key == "kp-03")
    assert kp03.items[10].text == (
        "współpraca z Urzędem Stanu Cywilnego przy organizacji uroczystości wręczenia Medali za "
        "Długoletnie Pożycie Małżeńskie przyznawanych przez Prezydenta RP;"
    )


def test_a_web_address_alone_on_a_line_inside_a_point_stays(seed_text, mapping):
    # given a point broken so that its address stands alone on a line, with text around it
    text = seed_text.replace(
        "w ramach portalu www.krakow.pl oraz", "w ramach portalu\nwww.krakow.pl\noraz"
    )
    read = read_ordinance(text, mapping=mapping)
    photographer = next(tl for tl in read.lists if tl.owner and tl.owner.key == "kp-03-foto")
    assert "portalu www.krakow.pl oraz bieżąca" in photographer.items[2].text
