"""Models of foreign trips: the reference data (`reference`) and the trip case (`trip`)."""

from .reference import (
    COUNTRY_CODE,
    CURRENCY_CODE,
    Country,
    NbpRate,
    NbpTable,
    PerDiemRate,
    TripsSettings,
)
from .trip import (
    Journey,
    Trip,
    TripAttachment,
    TripCostEstimate,
    TripDestination,
    TripEvent,
    TripLink,
    TripNote,
)

__all__ = [
    "COUNTRY_CODE",
    "CURRENCY_CODE",
    "Country",
    "Journey",
    "NbpRate",
    "NbpTable",
    "PerDiemRate",
    "Trip",
    "TripAttachment",
    "TripCostEstimate",
    "TripDestination",
    "TripEvent",
    "TripLink",
    "TripNote",
    "TripsSettings",
]
