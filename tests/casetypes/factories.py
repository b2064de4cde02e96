"""Factories of the test memo case type."""

import factory

from tests.casetypes.models import Memo, MemoLink
from tests.factories import OrgUnitFactory, UserFactory


class MemoFactory(factory.django.DjangoModelFactory):
    """A memo saved directly (tests of reads); changes under test go through the services."""

    class Meta:
        model = Memo

    unit = factory.SubFactory(OrgUnitFactory)
    sign = factory.Sequence(lambda n: f"KP.0000.{n + 1}.2026")
    subject = factory.Sequence(lambda n: f"Notatka {n}")
    status = Memo.Status.DRAFT
    created_by = factory.SubFactory(UserFactory)


class MemoLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MemoLink

    case = factory.SubFactory(MemoFactory)
    unit = factory.SubFactory(OrgUnitFactory)
    reason = MemoLink.Reason.OPINION
