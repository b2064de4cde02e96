"""A settlement as plain JSON-ready data, for storing it with the trip as it was computed."""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from datetime import date
from decimal import Decimal
from enum import Enum


def _plain(value):
    if is_dataclass(value):
        return {key: _plain(item) for key, item in asdict(value).items()}
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal | date):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    return value


def settlement_as_dict(settlement) -> dict:
    """Every line, balance and sentence of `settlement`; amounts as decimal strings."""
    return _plain(settlement)
