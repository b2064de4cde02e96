"""Demo inquiries: each of the 13 nodes below the Mayor owns a case at every status."""

from datetime import date

from inquiries.demo import seed_inquiries
from inquiries.models import Inquiry
from inquiries.workflow import Status


def test_every_node_below_the_root_has_a_case_at_every_status_and_reseeding_adds_none(
    demo, today_is
):
    # given the demo structure and users, on a working day
    today_is(date(2026, 11, 26))
    # when the demo inquiries are seeded twice
    seed_inquiries()
    seed_inquiries()
    # then each node below the root has one case at every status, no more
    below_root = {key for key, unit in demo.items() if unit.parent_id is not None}
    assert len(below_root) == 13
    pairs = set(Inquiry.objects.values_list("unit__key", "status"))
    assert pairs == {(key, status) for key in below_root for status in Status.values}
    assert Inquiry.objects.count() == 13 * len(Status.values)
    # and some are overdue, as in real life
    assert Inquiry.objects.filter(
        status__in=("drafting", "returned", "approved"), deadline__lt=date(2026, 11, 26)
    ).exists()
