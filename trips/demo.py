"""Demo data of the trips reference data: the trips post keeps it in the admin."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from .apps import REFERENCE_DATA_GROUP

TRIPS_POST_USER = "kp01-wyjazdy"


def seed_demo_reference_data(*, password: str) -> None:
    """Put the demo trips post in the reference-data group, with access to the admin panel.

    The rates themselves come with the migrations (production gets them too), not from here.
    """
    user = get_user_model().objects.filter(username=TRIPS_POST_USER).first()
    if user is None:
        return
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    user.groups.add(Group.objects.get(name=REFERENCE_DATA_GROUP))
