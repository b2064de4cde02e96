"""The settlement of a trip: computed by `trips.settlement` from the entered input, then stored.

The input and the computed result are kept with the trip as they were when submitted, so the
printed settlement shows the same lines after a rate is corrected later.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from trips import selectors
from trips.models import NbpRate, NbpTable, Trip
from trips.settlement import Settlement, SettlementInput, settle
from trips.settlement.stored import input_as_dict

from .case import transition


def _days(data: SettlementInput) -> list[date]:
    days = [timezone.localtime(data.journey.departure).date()]
    days += [timezone.localtime(data.journey.arrival).date()]
    days += [advance.paid_on for advance in data.advances]
    days += [lodging.first_night for lodging in data.lodgings]
    return days + ([data.payout_date] if data.payout_date else [])


def settlement_compute(data: SettlementInput) -> Settlement:
    """Every line of the settlement from the reference data in the database (no writes)."""
    countries = {d.country for d in data.journey.destinations}
    countries |= {item.country for item in (*data.lodgings, *data.transfers)}
    rates = selectors.rate_book(countries)
    currencies = {rate.currency for code in countries for rate in rates.rates.get(code, ())}
    currencies |= {item.currency for item in (*data.receipts, *data.advances)}
    currencies |= {item.invoice_currency for item in data.lodgings if item.invoice_currency}
    days = _days(data)
    exchange = selectors.exchange_book(currencies - {"PLN"}, since=min(days), until=max(days))
    return settle(data, rates=rates, exchange=exchange)


@transaction.atomic
def nbp_rate_enter(*, actor, currency: str, table_number: str, table_date: date, mid: Decimal):
    """Enter one NBP average rate by hand (from the table the user looked up), checked."""
    table = NbpTable.objects.filter(number=table_number).first()
    if table is None:
        table = NbpTable(number=table_number, effective_date=table_date, created_by=actor)
        table.full_clean()
        try:
            with transaction.atomic():
                table.save()
        except IntegrityError as error:
            raise ValidationError(
                _("There is already another NBP table of %(date)s.") % {"date": table_date}
            ) from error
    elif table.effective_date != table_date:
        raise ValidationError(
            _("NBP table %(number)s is dated %(date)s.")
            % {"number": table_number, "date": table.effective_date.strftime("%d.%m.%Y")}
        )
    stored = table.rates.filter(currency=currency).first()
    if stored is None:
        rate = NbpRate(table=table, currency=currency, mid=mid)
        rate.full_clean()
        rate.save()
    elif stored.mid / stored.units != mid:
        raise ValidationError(
            _("NBP table %(number)s already gives a different rate of %(currency)s.")
            % {"number": table_number, "currency": currency}
        )
    return table


@transaction.atomic
def trip_settlement_submit(*, actor, trip: Trip, data: SettlementInput) -> Trip:
    """Compute and store the settlement; a refused input changes nothing (Polish messages)."""
    result = settlement_compute(data)
    trip = transition(actor=actor, case=trip, to_status=Trip.Status.SETTLEMENT_SUBMITTED)
    trip.settlement_input = input_as_dict(data)
    trip.settlement_result = result.as_dict()
    trip.settlement_total_pln = result.balance_pln
    trip.settlement_submitted_on = timezone.localdate()
    trip.deadline = trip.report_due
    trip.save()
    return trip


@transaction.atomic
def trip_settle(*, actor, trip: Trip) -> Trip:
    """The accounts accepted the settlement: what it shows is paid or returned."""
    trip = transition(actor=actor, case=trip, to_status=Trip.Status.SETTLED)
    trip.settled_on = timezone.localdate()
    trip.save(update_fields=["settled_on"])
    return trip


@transaction.atomic
def trip_settlement_reopen(*, actor, trip: Trip, comment: str) -> Trip:
    """Send a submitted settlement back for correction, with the reason."""
    trip = transition(actor=actor, case=trip, to_status=Trip.Status.RETURNED, comment=comment)
    trip.deadline = min(d for d in (trip.settlement_due, trip.report_due) if d)
    trip.save(update_fields=["deadline"])
    return trip
