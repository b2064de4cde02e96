"""Reading NBP table A files the user downloaded (XML, JSON, CSV); nothing is fetched here.

`nbp_parse(content, filename)` recognises the format by its content and returns the tables or
raises `NbpFileError` with every problem and its place (a line, or a position in JSON). The
formats are described in each reader: `xml_format`, `json_format`, `csv_format`.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from .csv_format import csv_tables
from .json_format import json_tables
from .types import NbpFileError, ParsedRate, ParsedTable, Problem, line
from .xml_format import xml_tables

MAX_FILE_SIZE = 5 * 1024 * 1024
EXTENSIONS = (".xml", ".json", ".csv", ".txt")

__all__ = ["MAX_FILE_SIZE", "NbpFileError", "ParsedRate", "ParsedTable", "Problem", "nbp_parse"]


def nbp_parse(content: bytes, filename: str = "") -> list[ParsedTable]:
    """The tables A in an NBP file, or `NbpFileError` saying what is wrong and where."""
    if filename and not filename.lower().endswith(EXTENSIONS):
        raise NbpFileError([Problem(filename, _("only NBP files in XML, JSON or CSV are read."))])
    if len(content) > MAX_FILE_SIZE:
        raise NbpFileError(
            [
                Problem(
                    filename or line(1),
                    _("the file is larger than 5 MB; NBP files are far smaller."),
                )
            ]
        )
    start = content.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if not start:
        raise NbpFileError([Problem(line(1), _("the file is empty."))])
    if start == b"<":
        tables = xml_tables(content)
    elif start in (b"[", b"{"):
        tables = json_tables(content)
    else:
        tables = csv_tables(content)
    if not tables:
        raise NbpFileError([Problem(line(1), _("the file holds no table of exchange rates."))])
    _check_repeats(tables)
    return tables


def _check_repeats(tables: list[ParsedTable]) -> None:
    """A table number or a date may appear once in a file."""
    problems, numbers, days = [], {}, {}
    for table in tables:
        for key, seen in ((table.number, numbers), (table.effective_date, days)):
            if key in seen:
                message = _("table %(number)s of %(date)s repeats %(where)s.") % {
                    "number": table.number,
                    "date": table.effective_date.isoformat(),
                    "where": seen[key],
                }
                problems.append(Problem(table.where, message))
            seen[key] = table.where
    if problems:
        raise NbpFileError(problems)
