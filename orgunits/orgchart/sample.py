"""Structures to try the chart on without a database: the Kancelaria as the ordinance importer
reads it from the text of 318/2026, and a generated city hall of any size (the benchmarks and the
tests of the A3 split use them).

The generated city hall is shaped like Kraków's: the Mayor; deputy mayors, the City Secretary
and the City Treasurer; departments (wydziały) under them; units (referaty, oddziały), some with
units or posts below them; a few plenipotentiaries. It is deterministic for a given size.
"""

from __future__ import annotations

import random
from itertools import cycle

from django.conf import settings

from ..structure import StructureRow

MANAGERS = (
    "I Zastępca Prezydenta Miasta Krakowa",
    "II Zastępca Prezydenta Miasta Krakowa",
    "III Zastępca Prezydenta Miasta Krakowa",
    "Sekretarz Miasta Krakowa",
    "Skarbnik Miasta Krakowa",
)
TOPICS = (
    "Architektury i Urbanistyki",
    "Budżetu Miasta",
    "Edukacji",
    "Gospodarki Komunalnej",
    "Informatyki",
    "Kultury i Dziedzictwa Narodowego",
    "Mieszkalnictwa",
    "Organizacji i Nadzoru",
    "Podatków i Opłat",
    "Polityki Społecznej i Zdrowia",
    "Rozwoju Miasta",
    "Skarbu Miasta",
    "Spraw Administracyjnych",
    "Sportu",
    "Kształtowania Środowiska",
    "Geodezji",
    "Inwestycji",
    "Ewidencji Pojazdów i Kierowców",
    "Zarządzania Kryzysowego",
    "Audytu Wewnętrznego",
    "Kontroli Wewnętrznej",
    "Komunikacji Społecznej",
    "Zamówień Publicznych",
    "Transportu",
    "Obsługi Mieszkańców",
    "Planowania Przestrzennego",
    "Promocji i Turystyki",
    "Rachunkowości",
    "Funduszy Europejskich",
    "Strategii i Polityki Rozwoju",
    "Zieleni Miejskiej",
    "Prawnego",
    "Gospodarki Odpadami",
    "Energii i Klimatu",
    "Spraw Obywatelskich",
    "Urzędu Stanu Cywilnego",
    "Kadr i Szkoleń",
    "Bezpieczeństwa i Porządku Publicznego",
    "Infrastruktury Drogowej",
    "Nadzoru Właścicielskiego",
    "Ochrony Zabytków",
    "Partycypacji Obywatelskiej",
    "Gospodarki Nieruchomościami",
    "Świadczeń i Dodatków",
    "Oświaty",
    "Zdrowia Publicznego",
    "Współpracy z Organizacjami Pozarządowymi",
    "Obsługi Rady Miasta",
    "Informacji Publicznej",
)
UNIT_TOPICS = (
    "Planowania i Analiz",
    "Obsługi Administracyjnej",
    "Spraw Finansowych",
    "Ewidencji",
    "Decyzji Administracyjnych",
    "Realizacji Projektów",
    "Kontroli i Nadzoru",
    "Obsługi Klienta",
    "Gospodarki Mieniem",
    "Koordynacji Działań",
    "Sprawozdawczości",
    "Zamówień i Umów",
)
PEOPLE = ("Anna Nowak", "Piotr Zając", "Małgorzata Wróbel", "Tomasz Król", "Jolanta Mazur")


def _row(key, parent, kind, symbol, name, *, department=None, heads=()) -> StructureRow:
    return StructureRow(
        key=key,
        parent=parent,
        kind=kind,
        kind_label=kind,
        symbol=symbol,
        name=name,
        legal_basis="",
        url=f"/units/{symbol or key}/",
        heads=list(heads),
        department=department,
    )


def kancelaria_rows(heads: dict[str, list[str]] | None = None) -> list[StructureRow]:
    """The 318/2026 structure as the ordinance importer reads it, with the given heads by key."""
    from tasks.importer import mapping_load, read_ordinance

    mapping = mapping_load()
    text = (settings.KANCELARIA_FIXTURES_DIR / mapping.seed["text"]).read_text(encoding="utf-8")
    department = mapping.department["key"]
    return [
        _row(
            node.key,
            node.parent.key if node.parent else None,
            node.kind,
            node.symbol,
            node.name,
            department=department if node.in_department else None,
            heads=(heads or {}).get(node.key, ()),
        )
        for node in read_ordinance(text, mapping=mapping).nodes
    ]


def _symbol(index: int) -> str:
    letters = "ABCDEFGHIKLMNOPRSTUWZ"
    return letters[index // len(letters) % len(letters)] + letters[index % len(letters)]


class _CityHall:
    """Builds the rows, parents first, until the requested number of nodes is reached."""

    def __init__(self, size: int, seed: int):
        self.size, self.random, self.rows = size, random.Random(seed), []  # noqa: S311
        self.people = cycle(PEOPLE)

    def add(self, *args, **kwargs) -> str:
        row = _row(*args, **kwargs)
        self.rows.append(row)
        return row.key

    @property
    def full(self) -> bool:
        return len(self.rows) >= self.size

    def department(self, index: int, manager: str) -> None:
        symbol = _symbol(index)
        topic = TOPICS[index % len(TOPICS)]
        name = f"Wydział {topic}" + (f" {index // len(TOPICS) + 1}" if index >= len(TOPICS) else "")
        key = self.add(f"d{index}", manager, "department", symbol, name, heads=[next(self.people)])
        for number in range(1, self.random.randint(4, 8) + 1):
            if self.full:
                return
            self.unit(key, symbol, number, key)

    def unit(self, parent: str, symbol: str, number: int, department: str) -> None:
        topic = self.random.choice(UNIT_TOPICS)
        kind_name = self.random.choice(("Referat", "Oddział", "Biuro"))
        code = f"{symbol}-{number:02d}"
        heads = [next(self.people)] if self.random.random() < 0.4 else []
        key = self.add(
            code.lower(),
            parent,
            "unit",
            code,
            f"{kind_name} {topic}",
            department=department,
            heads=heads,
        )
        roll = self.random.random()
        if roll < 0.15 and not self.full:
            for sub in range(1, 3):
                if not self.full:
                    self.unit(key, code, sub, department)
        elif roll < 0.35 and not self.full:
            self.add(f"{key}-s", key, "post", "", f"Stanowisko ds. {topic}", department=department)

    def build(self) -> list[StructureRow]:
        self.add(
            "prezydent",
            None,
            "authority",
            "",
            "Prezydent Miasta Krakowa",
            heads=["Adam Nowakowski"],
        )
        managers = [
            self.add(f"m{i}", "prezydent", "management", "", name)
            for i, name in enumerate(MANAGERS)
        ]
        self.add(
            "pe",
            "prezydent",
            "plenipotentiary",
            "PE",
            "Pełnomocnik Prezydenta Miasta Krakowa ds. Równego Traktowania",
        )
        index = 0
        while not self.full:
            self.department(index, managers[index % len(managers)])
            index += 1
        return self.rows[: self.size]


def city_hall_rows(size: int = 400, seed: int = 2026) -> list[StructureRow]:
    """A generated city hall of exactly `size` nodes, parents first."""
    return _CityHall(size, seed).build()
