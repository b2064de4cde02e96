"""What every trip page does: find the trip through `restrict` (404 otherwise), run a service."""

from __future__ import annotations

from contextlib import contextmanager

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404

from orgunits.access import CHANGE, VIEW, unit_in_scope
from orgunits.models import OrgUnit
from trips.models import Trip
from trips.services import TRIPS_POST_KEY


def trip_for(user, pk: int, action: str = VIEW) -> Trip:
    """The trip if the user may `action` it; 404 exactly as for a trip that does not exist."""
    return get_object_or_404(Trip.objects.restrict(user, action), pk=pk)


def may_register(user) -> bool:
    """Whether the user is on the trips post's line (who registers trips)."""
    post = OrgUnit.objects.filter(key=TRIPS_POST_KEY).first()
    return post is not None and unit_in_scope(user, post, CHANGE)


@contextmanager
def service_call(request):
    """Run a service: out of scope is 404, refused input a Polish message on the page."""
    try:
        yield
    except PermissionDenied as error:
        raise Http404 from error
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
