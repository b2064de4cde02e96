"""What an NBP file is read into, and the error that lists every broken place in it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

TABLE_NUMBER = re.compile(r"^(\d{3})/([A-Z])/NBP/(\d{4})$")
CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Problem:
    """Where a file is broken (a line number, or a position for JSON) and what is wrong there."""

    where: str
    message: str

    def __str__(self):
        return f"{self.where}: {self.message}"


class NbpFileError(ValidationError):
    """A broken NBP file: every problem found, each with its place; nothing was imported."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__([str(problem) for problem in problems], code="nbp_file")


@dataclass(frozen=True)
class ParsedRate:
    """One currency's average rate as read from the file."""

    currency: str
    name: str
    units: int
    mid: Decimal
    where: str


@dataclass(frozen=True)
class ParsedTable:
    """One table A as read from the file, with the place it starts."""

    number: str
    effective_date: date
    rates: tuple[ParsedRate, ...]
    where: str


def line(number: int) -> str:
    """The place of a problem in a text file."""
    return _("line %(number)d") % {"number": number}


class Collector:
    """Gathers problems while a file is read, so that all of them are reported at once."""

    def __init__(self):
        self.problems: list[Problem] = []

    def add(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    def raise_if_any(self) -> None:
        if self.problems:
            raise NbpFileError(self.problems)

    def table_number(self, where: str, value: str) -> str | None:
        value = (value or "").strip()
        match = TABLE_NUMBER.match(value)
        if not match:
            self.add(
                where,
                _("“%(value)s” is not an NBP table number (e.g. 052/A/NBP/2026).")
                % {"value": value},
            )
            return None
        if match[2] != "A":
            self.add(
                where, _("table %(value)s is not table A of average rates.") % {"value": value}
            )
            return None
        return value

    def day(self, where: str, value: str, *, compact: bool = False) -> date | None:
        """A date written 2026-03-12 (or 20260312 with `compact`), or None with a problem."""
        value = (value or "").strip()
        pattern = r"\d{8}" if compact else r"\d{4}-\d{2}-\d{2}"
        try:
            if not re.fullmatch(pattern, value):
                raise ValueError(value)
            digits = value.replace("-", "")
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        except ValueError:
            self.add(where, _("“%(value)s” is not a date.") % {"value": value})
            return None

    def rate(
        self, where: str, code: str, units: str, mid: str | Decimal, name: str = ""
    ) -> ParsedRate | None:
        code = (code or "").strip().upper()
        problems_before = len(self.problems)
        if not CURRENCY.match(code):
            self.add(where, _("“%(value)s” is not a currency code.") % {"value": code})
        try:
            count = int(str(units).strip())
            if count < 1:
                raise ValueError
        except ValueError:
            self.add(
                where,
                _("the number of units “%(value)s” is not a positive whole number.")
                % {"value": units},
            )
            count = 1
        try:
            value = mid if isinstance(mid, Decimal) else Decimal(str(mid).strip().replace(",", "."))
            if not value.is_finite() or value <= 0:
                raise InvalidOperation
        except (InvalidOperation, ValueError):
            self.add(
                where, _("the average rate “%(value)s” is not a positive number.") % {"value": mid}
            )
            return None
        if len(self.problems) > problems_before:
            return None
        return ParsedRate(code, (name or "").strip(), count, value, where)

    def table(
        self, where: str, number: str | None, day: date | None, rates: list
    ) -> ParsedTable | None:
        if number is None or day is None:
            return None
        if int(number[-4:]) != day.year:
            self.add(
                where,
                _("table %(number)s cannot be dated %(date)s.")
                % {"number": number, "date": day.isoformat()},
            )
            return None
        seen = set()
        for rate in rates:
            if rate.currency in seen:
                self.add(
                    rate.where,
                    _("%(code)s appears twice in table %(number)s.")
                    % {"code": rate.currency, "number": number},
                )
            seen.add(rate.currency)
        if not rates:
            self.add(where, _("table %(number)s has no rates.") % {"number": number})
            return None
        return ParsedTable(number, day, tuple(rates), where)
