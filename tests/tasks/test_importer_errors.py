"""A text the importer cannot read fully is rejected whole, by line; line breaks never matter."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgunits.models import Ordinance, OrgUnit
from tasks import services
from tasks.importer import OrdinanceTextError, read_ordinance
from tasks.models import Task

MARKER_RE = re.compile(r"^(?:\d+[.)]|[a-z]\)|§|\uf02d)")


def _line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


def _errors(text, mapping, **given) -> list[str]:
    with pytest.raises(OrdinanceTextError) as caught:
        read_ordinance(text, mapping=mapping, **given)
    return [str(message) for message in caught.value.messages]


def test_a_point_out_of_sequence_names_its_line_and_the_point_expected(seed_text, mapping):
    broken = seed_text.replace(
        "6) obsługa kontaktów zagranicznych", "7) obsługa kontaktów zagranicznych"
    )
    line = _line_of(broken, "7) obsługa kontaktów zagranicznych")
    assert f"{line}: oczekiwano pkt 6), a jest „7)”" in _errors(broken, mapping)


def test_a_lettered_subpoint_out_of_sequence_is_an_error(seed_text, mapping):
    broken = seed_text.replace("c) kompletowanie materiałów", "d) kompletowanie materiałów")
    line = _line_of(broken, "d) kompletowanie materiałów")
    assert f"{line}: oczekiwano lit. c), a jest „d)”" in _errors(broken, mapping)


def test_a_catalogue_of_an_unknown_unit_is_an_error(seed_text, mapping):
    broken = seed_text.replace("Zagranicznej (KP-01) należy:", "Zagranicznej (KP-09) należy:")
    line = _line_of(broken, "(KP-09) należy:")
    assert f"{line}: w tym tekście nie ma komórki „Biura Współpracy Zagranicznej (KP-09)”" in (
        _errors(broken, mapping)
    )


def test_a_unit_nobody_reports_for_is_an_error(seed_text, mapping):
    broken = seed_text.replace(
        "4) Referat Organizacyjny - KP-04;\n5) Pełnomocnik",
        "4) Referat Organizacyjny - KP-04;\n5) Zespół Audytu - KP-09;\n6) Pełnomocnik",
    )
    line = _line_of(broken, "Zespół Audytu - KP-09")
    assert f"{line}: żaden przepis nie mówi, komu podlega KP-09 Zespół Audytu" in _errors(
        broken, mapping
    )


def test_a_text_without_entry_into_force_is_an_error(seed_text, mapping):
    broken = seed_text.replace("§ 12. Zarządzenie wchodzi w życie z dniem podpisania.", "")
    assert "tekst nie mówi, kiedy zarządzenie wchodzi w życie" in _errors(broken, mapping)


def test_a_text_given_under_another_number_or_date_is_an_error(seed_text, mapping):
    from datetime import date

    errors = _errors(seed_text, mapping, number="319/2026", signed_on=date(2026, 2, 19))
    assert "2: tekst to Zarządzenie nr 318/2026, a nie 319/2026" in errors
    assert "2: tekst nosi datę 2026-02-18, a nie 2026-02-19" in errors


@pytest.mark.parametrize("text", ["", "   \n\n", "Notatka służbowa\nnie jest zarządzeniem."])
def test_something_that_is_no_ordinance_is_rejected(text, mapping):
    assert _errors(text, mapping)


@pytest.mark.django_db
def test_a_rejected_text_stores_nothing(seed_text):
    broken = seed_text.replace("Zagranicznej (KP-01) należy:", "Zagranicznej (KP-09) należy:")
    with pytest.raises(OrdinanceTextError):
        services.ordinance_import(actor=None, text=broken, number="318/2026")
    assert (Ordinance.objects.count(), OrgUnit.objects.count(), Task.objects.count()) == (0, 0, 0)


def _rewrapped(text: str, data) -> str:
    """The text with lines split at random spaces and blank lines added between them.

    A split never puts a marker ("2.", "a)", "§") or a bare number (a page number) at the start
    of a line: those are the cases the format itself cannot tell apart.
    """
    out = []
    for line in text.splitlines():
        words = line.split(" ")
        pieces, current = [], []
        for word in words:
            breakable = (
                current
                and word
                and not MARKER_RE.match(word)
                and not word.isdigit()
                and "krakow.pl" not in word
            )
            if breakable and data.draw(st.booleans()):
                pieces.append(" ".join(current))
                current = []
            current.append(word)
        pieces.append(" ".join(current))
        for piece in pieces:
            out.append(piece + " " * data.draw(st.integers(0, 2)))
            if "krakow.pl" not in piece and data.draw(st.integers(0, 4)) == 0:
                out.append("")
    return "\n".join(out)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_line_breaks_blank_lines_and_trailing_spaces_never_change_what_is_read(
    seed_text, mapping, data
):
    # given the seed re-wrapped at random places
    original = read_ordinance(seed_text, mapping=mapping)
    rewrapped = read_ordinance(_rewrapped(seed_text, data), mapping=mapping)

    # then every point reads the same, in the same place, with the same owners
    def flat(read):
        return [
            (tl.owner.key if tl.owner else "*", tl.paragraph, tl.section, i.point, s.letter, s.text)
            for tl in read.lists
            for i in tl.items
            for s in [i, *i.subpoints]
        ]

    assert flat(rewrapped) == flat(original)
    assert [(n.key, n.parent and n.parent.key) for n in rewrapped.nodes] == [
        (n.key, n.parent and n.parent.key) for n in original.nodes
    ]


def test_two_posts_of_the_same_name_in_two_units_are_two_posts(seed_text, mapping):
    # given KP-02 gets a post named like the budget post of KP-04
    text = seed_text.replace(
        "§ 5. Do zakresu działania Referatu", "§ 5. 1. Do zakresu działania Referatu"
    ).replace(
        "§ 6. 1. Do zakresu",
        "2. W strukturze Referatu funkcjonuje Stanowisko ds. Obsługi Budżetowo-Finansowej, do "
        "zakresu działania którego należy:\n1) planowanie wydatków Referatu.\n\n§ 6. 1. Do zakresu",
    )
    read = read_ordinance(text, mapping=mapping)
    posts = [n for n in read.nodes if n.name == "Stanowisko ds. Obsługi Budżetowo-Finansowej"]
    assert [n.parent.key for n in posts] == ["kp-02", "kp-04"]
    assert len({n.key for n in posts}) == 2
