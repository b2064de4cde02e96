"""NBP's yearly archive of table A as CSV (`archiwum_tab_a_2026.csv` on nbp.pl).

Semicolon-separated, Windows-1250 (UTF-8 accepted too), decimal commas. A header row
`data;1THB;1USD;…;100HUF;…;nr tabeli;pełny numer tabeli;` gives each column's number of units
and currency code; a row of currency names may follow; then one row per table
`20260313;0,1149;3,9432;…;52;052/A/NBP/2026;`; rows at the end (`kod ISO`, `nazwa waluty`,
`liczba jednostek`, a source note) repeat the header's information and are skipped. An empty
cell means the currency was not quoted that day.
"""

from __future__ import annotations

import csv
import io
import re

from django.utils.translation import gettext as _

from .types import Collector, NbpFileError, ParsedTable, Problem, line

COLUMN = re.compile(r"^(\d+)\s*([A-Z]{3})$")
FULL_NUMBER = "pełny numer tabeli"


def _text(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1250", errors="replace")


def _header(rows: list[list[str]]) -> tuple[int, dict[int, tuple[int, str]], int]:
    """The header's row index, its currency columns (index → units, code), the number column."""
    for index, row in enumerate(rows):
        if row and row[0].strip().lower() in ("data", "dane"):
            columns = {
                i: (int(m[1]), m[2])
                for i, cell in enumerate(row)
                if (m := COLUMN.match(cell.strip()))
            }
            cells = [cell.strip().lower() for cell in row]
            if FULL_NUMBER in cells and columns:
                return index, columns, cells.index(FULL_NUMBER)
    raise NbpFileError(
        [Problem(line(1), _("no header row (data;1THB;1USD;…;pełny numer tabeli) was found."))]
    )


def _table(
    number: int, row: list[str], columns, number_column, names, found: Collector
) -> ParsedTable | None:
    where = line(number)
    day = found.day(where, row[0], compact=True)
    table_number = found.table_number(where, row[number_column] if number_column < len(row) else "")
    rates = []
    for index, (units, code) in columns.items():
        cell = row[index].strip() if index < len(row) else ""
        if cell:
            rate = found.rate(where, code, str(units), cell, names.get(index, ""))
            rates += [rate] if rate else []
    return found.table(where, table_number, day, rates)


def csv_tables(content: bytes) -> list[ParsedTable]:
    """Every table in an NBP yearly CSV archive; `NbpFileError` listing every broken line."""
    rows = list(csv.reader(io.StringIO(_text(content)), delimiter=";"))
    start, columns, number_column = _header(rows)
    names: dict[int, str] = {}
    found = Collector()
    tables = []
    for index in range(start + 1, len(rows)):
        row = rows[index]
        first = row[0].strip() if row else ""
        if not first:
            names = names or {i: cell.strip() for i, cell in enumerate(row) if i in columns}
            continue
        if not first[0].isdigit():
            continue
        table = _table(index + 1, row, columns, number_column, names, found)
        tables += [table] if table else []
    found.raise_if_any()
    return tables
