"""Reading Zarządzenie nr 318/2026: every count of DESIGN §3 and the wording of the points."""

import pytest

from tasks.importer import reference

from .conftest import find

COUNTS = {
    # (owner key, reference): (points, lettered sub-points) — DESIGN §3
    ("kp-01", "§ 4 ust. 1"): (9, 2),
    ("kp-01-wyjazdy", "§ 4 ust. 2"): (6, 0),
    ("kp-02", "§ 5"): (12, 0),
    ("kp-03", "§ 6 ust. 1"): (21, 0),
    ("kp-03-foto", "§ 6 ust. 2"): (3, 0),
    ("kp-04", "§ 7 ust. 1"): (14, 6),
    ("kp-04-prawne", "§ 7 ust. 2"): (3, 0),
    ("kp-04-budzet", "§ 7 ust. 3"): (3, 10),
    ("po", "§ 8"): (0, 0),
    ("kp-05", "§ 8"): (0, 0),
    ("*", "§ 9"): (20, 2),
}


def _counts(read):
    return {
        (tl.owner.key if tl.owner else "*", reference(tl.paragraph, tl.section)): (
            len(tl.items),
            sum(len(item.subpoints) for item in tl.items),
        )
        for tl in read.lists
    }


def test_the_seed_has_91_points_and_20_subpoints_by_unit_as_design_counts_them(read_seed):
    assert _counts(read_seed) == COUNTS
    assert (read_seed.points(), read_seed.subpoints()) == (91, 20)


def test_the_seed_names_its_number_date_supersession_and_entry_into_force(read_seed):
    assert read_seed.number == "318/2026"
    assert read_seed.signed_on.isoformat() == "2026-02-18"
    assert read_seed.effective_from.isoformat() == "2026-02-18"
    assert read_seed.supersedes_number == "1509/2025"
    assert read_seed.title.startswith("w sprawie podziału na wewnętrzne komórki")


def test_the_preamble_1436_is_not_a_point_and_nothing_is_left_unread(read_seed):
    # given the preamble "(… poz. 1153,⏎1436) zarządza się" that looks like a point
    assert read_seed.preamble.endswith("poz. 1153, 1436) zarządza się, co następuje:")
    # then the text reads without warning: every provision is understood or knowingly skipped
    assert read_seed.warnings == []


@pytest.mark.parametrize(
    ("ref", "text"),
    [
        (  # broken over lines with a blank line inside the point
            "§ 4 ust. 1 pkt 1",
            "współpraca z miastami zagranicznymi, w tym przygotowywanie projektów umów, "
            "porozumień i protokołów współpracy oraz nadzór nad ich realizacją, organizowanie "
            "wspólnych akcji i przedsięwzięć; koordynacja współpracy międzynarodowej prowadzonej "
            "przez komórki organizacyjne Urzędu Miasta Krakowa;",
        ),
        (  # indented continuation lines and a run of spaces at a line end
            "§ 4 ust. 1 pkt 5",
            "współpraca z odpowiednimi służbami Wojewody Małopolskiego oraz Marszałka "
            "Województwa Małopolskiego w zakresie spraw międzynarodowych oraz zagranicznych "
            "wizyt oficjalnych;",
        ),
        (  # the last point before a page break; the next page starts with pkt 8
            "§ 5 pkt 7",
            "sporządzanie notatek po spotkaniach oraz przekazywanie ustaleń do właściwych "
            "komórek celem wykonania lub analizy możliwości realizacji – zgodnie z dyspozycją "
            "Prezydenta;",
        ),
        (  # the quotation marks as printed
            "§ 5 pkt 9",
            "koordynacja spotkań Prezydenta z mieszkańcami w ramach cyklu ”Porozmawiajmy na "
            "Ławce Dialogu” i przekazywanie ustaleń po spotkaniach;",
        ),
        (  # trailing spaces before a page break
            "§ 6 ust. 1 pkt 19",
            "sporządzanie treści kondolencji podpisywanych przez Prezydenta oraz przekazywanie "
            "ich do Wydziału Komunikacji Społecznej w celu publikacji w prasie lokalnej lub "
            "ogólnopolskiej (papierowej bądź internetowej);",
        ),
        (  # the web address inside a point stays
            "§ 6 ust. 2 pkt 3",
            "przygotowywanie wystaw fotograficznych, prowadzenie OTOFOTOkroniki Miasta w ramach "
            "portalu www.krakow.pl oraz bieżąca aktualizacja totemów ze zdjęciami.",
        ),
        (  # the page footer after this point is dropped
            "§ 7 ust. 1 pkt 14",
            "koordynacja Polityki Bezpieczeństwa Informacji.",
        ),
        (  # a lettered sub-point broken over a blank line
            "§ 7 ust. 3 pkt 2 lit. b",
            "realizacja procedur w zakresie zamówień publicznych dla zadań budżetowych (m.in. "
            "bieżąca weryfikacja, udział w komisjach przetargowych),",
        ),
        (  # a line without a trailing space joins with one space
            "§ 9 pkt 12",
            "przestrzeganie przepisów ustawy o ochronie informacji niejawnych, przepisów innych "
            "ustaw dotyczących tajemnic prawnie chronionych oraz ustawy o ochronie danych "
            "osobowych;",
        ),
    ],
)
def test_the_canonical_text_of_a_point_is_its_wording_on_one_line(read_seed, ref, text):
    assert find(read_seed, ref).text == text


def test_lead_ins_belong_to_their_lists_not_counted_as_items(read_seed):
    kp01 = read_seed.lists[0]
    assert kp01.lead_in == "Do zakresu działania Biura Współpracy Zagranicznej (KP-01) należy:"
    assert kp01.items[0].text.startswith("współpraca z miastami zagranicznymi")


def test_the_lead_in_of_par_7_ust_2_states_a_duty_of_its_own(read_seed):
    legal = next(tl for tl in read_seed.lists if tl.owner and tl.owner.key == "kp-04-prawne")
    assert legal.duty == (
        "koordynacja działań w celu należytego zabezpieczenia wartości niematerialnych "
        "Miasta Krakowa"
    )
    assert legal.exhaustive is False


def test_lists_in_szczegolnosci_are_marked_not_exhaustive(read_seed):
    photographer = next(tl for tl in read_seed.lists if tl.owner and tl.owner.key == "kp-03-foto")
    assert photographer.exhaustive is False
    assert find(read_seed, "§ 4 ust. 1 pkt 6").exhaustive is False
    assert find(read_seed, "§ 7 ust. 1 pkt 2").exhaustive is False
    assert find(read_seed, "§ 7 ust. 3 pkt 1").exhaustive is True


def test_par_8_is_a_reference_to_a_separate_ordinance_for_po_and_kp05(read_seed):
    separate = [tl for tl in read_seed.lists if tl.separate_act]
    assert [tl.owner.key for tl in separate] == ["po", "kp-05"]
    assert all(tl.items == [] for tl in separate)
    assert "określone odrębnym zarządzeniem" in separate[0].lead_in


def test_the_common_duties_belong_to_every_unit(read_seed):
    common = [tl for tl in read_seed.lists if tl.owner is None]
    assert [reference(tl.paragraph, tl.section) for tl in common] == ["§ 9"]


@pytest.mark.parametrize(
    ("key", "symbol", "kind", "superior", "basis"),
    [
        ("prezydent", "", "authority", None, "Statut Miasta Krakowa"),
        ("kp", "KP", "department", "prezydent", "§ 1 ust. 1"),
        ("kp-z1", "", "management", "kp", "§ 3 ust. 1 pkt 1"),
        ("kp-z2", "", "management", "kp", "§ 3 ust. 1 pkt 2"),
        ("kp-03", "KP-03", "unit", "kp-z1", "§ 3 ust. 2"),
        ("kp-01", "KP-01", "unit", "kp-z2", "§ 3 ust. 3"),
        ("kp-01-wyjazdy", "", "post", "kp-01", "§ 4 ust. 2"),
        ("kp-04-prawne", "", "post", "kp-04", "§ 7 ust. 2"),
        ("po", "PO", "plenipotentiary", "prezydent", "§ 1 ust. 2"),
        ("kp-05", "KP-05", "unit", "po", "§ 2 pkt 5, § 8"),
    ],
)
def test_every_node_reports_where_the_text_says(read_seed, key, symbol, kind, superior, basis):
    node = next(n for n in read_seed.nodes if n.key == key)
    parent = node.parent.key if node.parent else None
    assert (node.symbol, node.kind, parent, node.legal_basis) == (symbol, kind, superior, basis)


def test_the_fourteen_nodes_come_in_tree_order(read_seed):
    assert [n.key for n in read_seed.nodes] == [
        "prezydent", "kp", "kp-z1", "kp-03", "kp-03-foto", "kp-z2", "kp-01", "kp-01-wyjazdy",
        "kp-02", "kp-04", "kp-04-prawne", "kp-04-budzet", "po", "kp-05",
    ]  # fmt: skip


def test_the_page_footer_line_is_dropped_and_reported(read_seed):
    assert [str(m) for m in read_seed.skipped_lines] == [
        "262: stopka strony: http://www.krakow.pl/"
    ]
