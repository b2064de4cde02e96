"""The settlement entry form and the two prints: the trip order and the settlement."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kancelaria.pdf import pdf_response, render_pdf
from orgunits.access import CHANGE
from trips import services
from trips.settlement_forms import SettlementForm

from .common import trip_for


def _initial(trip) -> dict:
    return {
        "departure": trip.departed_at,
        "border_out": trip.border_out_at,
        "border_in": trip.border_in_at,
        "arrival": trip.returned_at,
        "advance_amount": trip.advance_requested,
        "advance_currency": trip.advance_currency,
        "local_transport": True,
    }


@transaction.atomic
def _submit(request, trip, form):
    for rate in form.rates():
        services.nbp_rate_enter(actor=request.user, **rate)
    return services.trip_settlement_submit(
        actor=request.user, trip=trip, data=form.settlement_input()
    )


def trip_settlement(request, pk: int):
    """Enter the settlement: times, meals, lodging, lump sums, receipts, advance, NBP rates."""
    trip = trip_for(request.user, pk, CHANGE)
    form = SettlementForm(request.POST or None, trip=trip, initial=_initial(trip))
    if request.method == "POST" and form.is_valid():
        try:
            _submit(request, trip, form)
        except PermissionDenied as error:
            raise Http404 from error
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("The settlement is computed and submitted."))
            return redirect(trip)
    return render(request, "trips/settlement_form.html", {"trip": trip, "form": form})


def _pdf(request, pk, template, name):
    trip = trip_for(request.user, pk)
    context = {
        "trip": trip,
        "destinations": [d.country for d in trip.destinations.all()],
        "estimates": list(trip.estimates.all()),
        "result": trip.settlement_result,
        "approvers": services.trip_approvers(trip) if not trip.approved_by_id else [],
    }
    pdf = render_pdf(template, context, request=request)
    return pdf_response(pdf, f"{name}-{trip.sign.replace('.', '-')}.pdf")


def trip_order_pdf(request, pk: int):
    """The trip order (polecenie wyjazdu służbowego)."""
    return _pdf(request, pk, "trips/pdf/order.html", "polecenie")


def trip_settlement_pdf(request, pk: int):
    """The settlement (rozliczenie kosztów podróży) with every line of the calculation."""
    trip = trip_for(request.user, pk)
    if not trip.settlement_result:
        raise Http404
    return _pdf(request, pk, "trips/pdf/settlement.html", "rozliczenie")
