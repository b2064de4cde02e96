"""Case signs: `{symbol}.{JRWA class}.{number}.{year}`, numbered per symbol, class and year.

The symbol is the owning unit's or its nearest ancestor's; `CASE_SIGN_PREFIX` where no unit
above has one. The counter row is locked while a number is taken, so two people registering at
the same instant get distinct numbers (on PostgreSQL; SQLite serialises writes anyway).
"""

from __future__ import annotations

from django.conf import settings
from django.db import IntegrityError, transaction

from orgunits import selectors

from .models import SignCounter


def sign_symbol(unit) -> str:
    """The symbol a case of the unit is signed with."""
    if unit.symbol:
        return unit.symbol
    for ancestor in reversed(list(selectors.unit_ancestors(unit))):
        if ancestor.symbol:
            return ancestor.symbol
    return settings.CASE_SIGN_PREFIX


def _locked_counter(symbol: str, jrwa_class: str, year: int) -> SignCounter:
    lookup = {"symbol": symbol, "jrwa_class": jrwa_class, "year": year}
    counter = SignCounter.objects.select_for_update().filter(**lookup).first()
    if counter is not None:
        return counter
    try:
        with transaction.atomic():
            SignCounter.objects.create(**lookup)
    except IntegrityError:
        pass  # created by someone else at the same instant: lock theirs
    return SignCounter.objects.select_for_update().get(**lookup)


@transaction.atomic
def sign_next(*, unit, jrwa_class: str, year: int) -> str:
    """Take the next number for the unit's symbol, the class and the year; return the sign."""
    symbol = sign_symbol(unit)
    counter = _locked_counter(symbol, jrwa_class, year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return f"{symbol}.{jrwa_class}.{counter.last_number}.{year}"


def jrwa_class_for(model) -> str:
    """The JRWA class the city set for a case type (a setting, since the city chooses it)."""
    return getattr(settings, model.JRWA_SETTING, settings.CASE_DEFAULT_JRWA_CLASS)
