"""NBP tables in JSON, as the Web API answers (`api.nbp.pl/api/exchangerates/…?format=json`).

- Tables (`…/tables/A/…`): a list of `{"table": "A", "no": "052/A/NBP/2026",
  "effectiveDate": "2026-03-13", "rates": [{"currency": "euro", "code": "EUR", "mid": 4.2937}]}`
  (the API quotes every currency per one unit); a single such object is accepted too.
- A currency's series (`…/rates/A/EUR/…`): `{"table": "A", "currency": "euro", "code": "EUR",
  "rates": [{"no": "052/A/NBP/2026", "effectiveDate": "2026-03-13", "mid": 4.2937}]}`.

The API writes its answer on one line, so places in it are given as "table 2, item 5" rather
than line numbers; a syntax error is given with its line and column.
"""

from __future__ import annotations

import json
from decimal import Decimal

from django.utils.translation import gettext as _

from .types import Collector, NbpFileError, ParsedTable, Problem, line


def _place(table: int, item: int | None = None) -> str:
    if item is None:
        return _("table %(table)d") % {"table": table}
    return _("table %(table)d, item %(item)d") % {"table": table, "item": item}


def _table(index: int, data: dict, found: Collector) -> ParsedTable | None:
    where = _place(index)
    if data.get("table", "A") != "A":
        found.add(
            where,
            _("this is table %(kind)s, not table A of average rates.")
            % {"kind": data.get("table")},
        )
        return None
    number = found.table_number(where, str(data.get("no", "")))
    day = found.day(where, str(data.get("effectiveDate", "")))
    rates = []
    for item_index, item in enumerate(data.get("rates") or [], 1):
        item = item if isinstance(item, dict) else {}
        rate = found.rate(
            _place(index, item_index),
            str(item.get("code", "")),
            "1",
            item.get("mid", ""),
            str(item.get("currency", "")),
        )
        rates += [rate] if rate else []
    return found.table(where, number, day, rates)


def _series(data: dict, found: Collector) -> list[ParsedTable]:
    tables = []
    for index, item in enumerate(data.get("rates") or [], 1):
        item = item if isinstance(item, dict) else {}
        where = _place(index)
        number = found.table_number(where, str(item.get("no", "")))
        day = found.day(where, str(item.get("effectiveDate", "")))
        rate = found.rate(
            where,
            str(data.get("code", "")),
            "1",
            item.get("mid", ""),
            str(data.get("currency", "")),
        )
        table = found.table(where, number, day, [rate] if rate else [])
        tables += [table] if table else []
    return tables


def json_tables(content: bytes) -> list[ParsedTable]:
    """Every table A in an NBP JSON answer; `NbpFileError` listing every problem."""
    try:
        data = json.loads(content.decode("utf-8-sig"), parse_float=Decimal, parse_int=Decimal)
    except UnicodeDecodeError as error:
        raise NbpFileError([Problem(line(1), _("the file is not UTF-8 text."))]) from error
    except json.JSONDecodeError as error:
        message = _("the JSON is broken at column %(column)d (%(reason)s).") % {
            "column": error.colno,
            "reason": error.msg,
        }
        raise NbpFileError([Problem(line(error.lineno), message)]) from error
    found = Collector()
    if isinstance(data, dict) and "code" in data:
        tables = _series(data, found)
    else:
        items = data if isinstance(data, list) else [data]
        tables = [
            table
            for index, item in enumerate(items, 1)
            if (table := _table(index, item if isinstance(item, dict) else {}, found))
        ]
    found.raise_if_any()
    return tables
