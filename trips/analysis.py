"""The periodic analysis of trips (§ 4 ust. 2 pkt 4): counts, costs, time to settle, lateness.

Trips count in the period of their planned departure. Costs come from the stored settlements:
each line in its currency, and in PLN at the rate its currency was settled at (the settlement's
own PLN value of that currency).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils import timezone

from .models import Trip
from .register import report_late, settlement_late

ZERO = Decimal("0.00")


@dataclass
class Analysis:
    """What the analysis page and PDF show for a period."""

    start: date
    end: date
    trips: int = 0
    travellers: int = 0
    by_category: list[tuple[str, int, int]] = field(default_factory=list)
    by_country: list[tuple[str, int]] = field(default_factory=list)
    costs: list[tuple[str, str, Decimal, Decimal]] = field(default_factory=list)
    costs_pln_by_kind: list[tuple[str, Decimal]] = field(default_factory=list)
    total_pln: Decimal = ZERO
    average_days_to_settle: Decimal | None = None
    late_settlements: int = 0
    late_reports: int = 0


def _pln_factors(result: dict) -> dict[str, Decimal]:
    factors = {"PLN": Decimal(1)}
    for balance in result.get("balances", []):
        due = Decimal(balance["due"])
        if due:
            factors[balance["currency"]] = Decimal(balance["due_pln"]) / due
    return factors


def _costs(trips: list[Trip], kinds: dict[str, str]) -> tuple[dict, dict]:
    by_kind_currency: dict[tuple[str, str], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    pln_by_kind: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for trip in trips:
        if not trip.settlement_result:
            continue
        factors = _pln_factors(trip.settlement_result)
        for line in trip.settlement_result["lines"]:
            amount = Decimal(line["amount"])
            pln = (amount * factors.get(line["currency"], Decimal(0))).quantize(ZERO)
            key = (kinds.get(line["kind"], line["kind"]), line["currency"])
            by_kind_currency[key][0] += amount
            by_kind_currency[key][1] += pln
            pln_by_kind[key[0]] += pln
    return by_kind_currency, pln_by_kind


def analysis_compute(trips_in_scope, start: date, end: date, kinds: dict[str, str]) -> Analysis:
    """The analysis of the restricted trips departing from `start` to `end` (both included)."""
    today = timezone.localdate()
    period = trips_in_scope.filter(
        planned_departure__date__gte=start, planned_departure__date__lte=end
    ).exclude(status__in=[Trip.Status.CANCELLED, Trip.Status.REJECTED])
    trips = list(period.prefetch_related("destinations__country"))
    result = Analysis(start=start, end=end, trips=len(trips))
    result.travellers = len({trip.traveller_name for trip in trips})
    categories = dict(Trip.Category.choices)
    counted = Counter(trip.traveller_category for trip in trips)
    people = defaultdict(set)
    for trip in trips:
        people[trip.traveller_category].add(trip.traveller_name)
    result.by_category = [
        (str(categories[key]), counted[key], len(people[key])) for key in categories if counted[key]
    ]
    countries = Counter(d.country.name for trip in trips for d in trip.destinations.all())
    result.by_country = countries.most_common()
    by_kind_currency, pln_by_kind = _costs(trips, kinds)
    result.costs = [(k, c, v[0], v[1]) for (k, c), v in sorted(by_kind_currency.items())]
    result.costs_pln_by_kind = sorted(pln_by_kind.items(), key=lambda item: -item[1])
    result.total_pln = sum(pln_by_kind.values(), ZERO)
    settled = [
        (trip.settled_on - timezone.localtime(trip.returned_at).date()).days
        for trip in trips
        if trip.settled_on and trip.returned_at
    ]
    if settled:
        result.average_days_to_settle = (Decimal(sum(settled)) / len(settled)).quantize(
            Decimal("0.1")
        )
    result.late_settlements = period.filter(settlement_late(today)).count()
    result.late_reports = period.filter(report_late(today)).count()
    return result
