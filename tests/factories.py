"""factory_boy factories shared by every test package."""

from datetime import date

import factory
from django.contrib.auth import get_user_model

from orgunits.models import Assignment, OrgUnit


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name", locale="pl_PL")
    last_name = factory.Faker("last_name", locale="pl_PL")
    email = factory.LazyAttribute(lambda u: f"{u.username}@kancelaria.example")
    password = factory.django.Password("test-password")


class OrgUnitFactory(factory.django.DjangoModelFactory):
    """A unit saved directly (tests of reads); changes under test go through the services."""

    class Meta:
        model = OrgUnit

    key = factory.Sequence(lambda n: f"unit-{n}")
    kind = OrgUnit.Kind.UNIT
    name = factory.Sequence(lambda n: f"Komórka {n}")
    parent = None


class AssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Assignment

    user = factory.SubFactory(UserFactory)
    unit = factory.SubFactory(OrgUnitFactory)
    role = Assignment.Role.STAFF
    valid_from = date(2026, 2, 18)
