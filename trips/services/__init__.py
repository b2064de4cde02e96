"""Changes in the trips app: reference data (`reference`), the trip case (`trip`, `settlement`)."""

from .reference import (
    NbpImportReport,
    nbp_tables_import,
    perdiem_rate_save,
    perdiem_rates_load,
    trips_settings_update,
)
from .settlement import (
    nbp_rate_enter,
    settlement_compute,
    trip_settle,
    trip_settlement_reopen,
    trip_settlement_submit,
)
from .trip import (
    TRIPS_POST_KEY,
    TripData,
    journey_create,
    trip_approve,
    trip_approvers,
    trip_cancel,
    trip_close,
    trip_order_record,
    trip_register,
    trip_reject,
    trip_report_submit,
    trip_return_record,
    trip_start,
    trip_submit,
)

__all__ = [
    "TRIPS_POST_KEY",
    "NbpImportReport",
    "TripData",
    "journey_create",
    "nbp_rate_enter",
    "nbp_tables_import",
    "perdiem_rate_save",
    "perdiem_rates_load",
    "settlement_compute",
    "trip_approve",
    "trip_approvers",
    "trip_cancel",
    "trip_close",
    "trip_order_record",
    "trip_register",
    "trip_reject",
    "trip_report_submit",
    "trip_return_record",
    "trip_settle",
    "trip_settlement_reopen",
    "trip_settlement_submit",
    "trip_start",
    "trip_submit",
    "trips_settings_update",
]
