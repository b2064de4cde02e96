"""NBP tables in XML: the published daily file and the Web API's XML answers.

- The daily file of table A (`a052z260313.xml` on nbp.pl, ISO-8859-2): `<tabela_kursow typ="A">`
  with `numer_tabeli`, `data_publikacji` and `pozycja` items (`nazwa_waluty`, `przelicznik`,
  `kod_waluty`, `kurs_sredni` with a decimal comma).
- The Web API (`api.nbp.pl/api/exchangerates/tables/A/…?format=xml`):
  `<ArrayOfExchangeRatesTable>` of `<ExchangeRatesTable>` (`Table`, `No`, `EffectiveDate`,
  `Rates/Rate` with `Currency`, `Code`, `Mid`), and a currency's series
  (`…/rates/A/EUR/…?format=xml`): `<ExchangeRatesSeries>` with `Code` and `Rates/Rate` (`No`,
  `EffectiveDate`, `Mid`).

Read with expat directly, so that every element keeps its line number; a document type
declaration (and with it any entity trickery) is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.parsers import expat

from django.utils.translation import gettext as _

from .types import Collector, NbpFileError, ParsedTable, Problem, line


@dataclass
class Node:
    """An element with its line, attributes, children and text."""

    tag: str
    attrs: dict
    line: int
    children: list[Node] = field(default_factory=list)
    text: str = ""

    def find(self, tag: str) -> Node | None:
        return next((child for child in self.children if child.tag == tag), None)

    def all(self, tag: str) -> list[Node]:
        return [child for child in self.children if child.tag == tag]

    def value(self, tag: str) -> str:
        child = self.find(tag)
        return child.text.strip() if child else ""


class _Refused(Exception):
    pass


def _refuse(*args):
    raise _Refused


def xml_tree(content: bytes) -> Node:
    """The document as `Node`s, or `NbpFileError` naming the broken line."""
    parser = expat.ParserCreate()
    stack: list[Node] = [Node("#document", {}, 0)]

    def start(name, attrs):
        node = Node(name.rsplit(":", 1)[-1], attrs, parser.CurrentLineNumber)
        stack[-1].children.append(node)
        stack.append(node)

    def text(data):
        stack[-1].text += data

    parser.StartElementHandler = start
    parser.EndElementHandler = lambda name: stack.pop()
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    try:
        parser.Parse(content, True)
    except expat.ExpatError as error:
        message = _("the XML is broken (%(reason)s).") % {"reason": expat.ErrorString(error.code)}
        raise NbpFileError([Problem(line(error.lineno), message)]) from error
    except _Refused as error:
        message = _("the file declares a document type; NBP files do not, it is refused.")
        raise NbpFileError([Problem(line(parser.CurrentLineNumber), message)]) from error
    return stack[0].children[0]


def _daily_file(root: Node, found: Collector) -> list[ParsedTable]:
    where = line(root.line)
    if root.attrs.get("typ", "A") != "A":
        found.add(
            where,
            _("this is table %(kind)s, not table A of average rates.")
            % {"kind": root.attrs["typ"]},
        )
        return []
    number = found.table_number(where, root.value("numer_tabeli"))
    day = found.day(where, root.value("data_publikacji"))
    rates = [
        found.rate(
            line(item.line),
            item.value("kod_waluty"),
            item.value("przelicznik"),
            item.value("kurs_sredni"),
            item.value("nazwa_waluty"),
        )
        for item in root.all("pozycja")
    ]
    table = found.table(where, number, day, [rate for rate in rates if rate])
    return [table] if table else []


def _api_table(node: Node, found: Collector) -> ParsedTable | None:
    where = line(node.line)
    number = found.table_number(where, node.value("No"))
    day = found.day(where, node.value("EffectiveDate"))
    container = node.find("Rates")
    items = container.all("Rate") if container else []
    rates = [
        found.rate(
            line(item.line), item.value("Code"), "1", item.value("Mid"), item.value("Currency")
        )
        for item in items
    ]
    return found.table(where, number, day, [rate for rate in rates if rate])


def _api_series(root: Node, found: Collector) -> list[ParsedTable]:
    code, name = root.value("Code"), root.value("Currency")
    container = root.find("Rates")
    tables = []
    for item in container.all("Rate") if container else []:
        where = line(item.line)
        number = found.table_number(where, item.value("No"))
        day = found.day(where, item.value("EffectiveDate"))
        rate = found.rate(where, code, "1", item.value("Mid"), name)
        table = found.table(where, number, day, [rate] if rate else [])
        tables += [table] if table else []
    return tables


def xml_tables(content: bytes) -> list[ParsedTable]:
    """Every table A in an NBP XML file; `NbpFileError` listing every problem."""
    root = xml_tree(content)
    found = Collector()
    if root.tag == "tabela_kursow":
        tables = _daily_file(root, found)
    elif root.tag in ("ArrayOfExchangeRatesTable", "ExchangeRatesTable"):
        nodes = root.all("ExchangeRatesTable") if root.tag.startswith("Array") else [root]
        tables = [table for node in nodes if (table := _api_table(node, found))]
    elif root.tag == "ExchangeRatesSeries":
        tables = _api_series(root, found)
    else:
        found.add(
            line(root.line),
            _("<%(tag)s> is not an NBP table of exchange rates.") % {"tag": root.tag},
        )
        tables = []
    found.raise_if_any()
    return tables
