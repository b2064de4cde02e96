"""`settle`: the whole settlement of a foreign trip from its journey, costs and reference data."""

from __future__ import annotations

from django.utils.translation import gettext as _

from .books import ExchangeBook, RateBook
from .cost_lines import lodging_line, receipt_line, transfer_line
from .currency import advance_line, balances_compute, summary_text
from .formatting import duration_text
from .perdiem_lines import (
    domestic_duration,
    domestic_per_diem_line,
    foreign_per_diem_line,
    local_transport_lines,
)
from .segments import segments_build, segments_explain, segments_settle
from .types import Settlement, SettlementInput
from .validate import settlement_validate


def _domestic_note(data: SettlementInput) -> list[str]:
    duration = domestic_duration(data.journey)
    if not duration:
        return []
    return [
        _(
            "Domestic legs (to the border and back from it): %(duration)s together, settled as "
            "one domestic trip at the domestic rules."
        )
        % {"duration": duration_text(duration)}
    ]


def settle(data: SettlementInput, *, rates: RateBook, exchange: ExchangeBook) -> Settlement:
    """Compute every line, each currency's balance and the PLN total of a foreign trip.

    Raises `SettlementError` (a `ValidationError` with Polish messages) on bad input, for a
    country with no rate on the day it is needed, or a missing NBP rate; never settles as zero.
    """
    settlement_validate(data)
    segments = segments_build(data.journey, rates)
    settled = segments_settle(segments)
    lines = [foreign_per_diem_line(item) for item in settled]
    domestic = domestic_per_diem_line(data.journey)
    lines += [domestic] if domestic else []
    lines += local_transport_lines(
        settled,
        claimed=data.local_transport,
        provided=data.local_transport_provided,
        by_car=data.by_car,
    )
    lines += [lodging_line(lodging, rates, exchange) for lodging in data.lodgings]
    lines += [transfer_line(transfer, rates, by_car=data.by_car) for transfer in data.transfers]
    lines += [receipt_line(receipt) for receipt in data.receipts]
    advances = [advance_line(advance, exchange) for advance in data.advances]
    balances = balances_compute(lines, data.advances, exchange, data.payout_date)
    total, summary = summary_text(balances)
    explanation = segments_explain(data.journey, segments, settled) + _domestic_note(data)
    return Settlement(
        lines=tuple(lines),
        advances=tuple(advances),
        balances=tuple(balances),
        balance_pln=total,
        explanation=tuple(explanation),
        summary=summary,
    )
