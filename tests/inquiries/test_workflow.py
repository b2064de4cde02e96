"""The transition table: an answer goes out only after approval, a closed case stays closed."""

import pytest

from inquiries.workflow import OPEN_STATUSES, TRANSITIONS, Status, allowed


def test_every_status_has_a_row_and_every_target_is_a_status():
    assert set(TRANSITIONS) == set(Status.values)
    assert all(target in Status.values for targets in TRANSITIONS.values() for target in targets)


@pytest.mark.parametrize("status", [s for s in Status if s != Status.APPROVED])
def test_an_answer_is_sent_only_once_approved(status):
    assert not allowed(status, Status.SENT)
    assert allowed(Status.APPROVED, Status.SENT)


def test_only_a_draft_awaiting_approval_can_be_approved_or_returned():
    movers = {s for s, targets in TRANSITIONS.items() if Status.APPROVED in targets}
    assert movers == {Status.AWAITING_APPROVAL}
    assert allowed(Status.AWAITING_APPROVAL, Status.RETURNED)


def test_a_closed_case_goes_nowhere_and_no_longer_runs_a_term():
    assert TRANSITIONS[Status.CLOSED] == ()
    assert Status.SENT not in OPEN_STATUSES and Status.CLOSED not in OPEN_STATUSES
