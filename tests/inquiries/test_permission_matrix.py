"""Every inquiry URL × every demo user × an inquiry owned by each of the 13 nodes below the root.

The expected answer comes from the shared oracle of `tests/cases/matrix.py` (DESIGN §3's
reporting lines written out by hand), never from `restrict`: in scope 200/302 (400 for a form
posted empty), out of scope 404. Approve and return are for the approver the reporting lines
name for the drafter (DESIGN §5 rule 2), and for nobody else.
"""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from inquiries import services
from inquiries.demo import DRAFTERS
from tests.cases import matrix

FORM = (200, 302, 400)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
URLS = [
    matrix.MatrixUrl("detail", lambda case: case.get_absolute_url()),
    matrix.MatrixUrl("unit register", lambda case: f"/inquiries/unit/{case.unit.key}/"),
    matrix.MatrixUrl("register of a unit", lambda case: f"/inquiries/?unit={case.unit.key}"),
    matrix.MatrixUrl("print", lambda case: f"/inquiries/print/?unit={case.unit.key}"),
    matrix.MatrixUrl("file", lambda case: f"{case.get_absolute_url()}files/{case.scan_pk}/"),
    matrix.MatrixUrl("draft", lambda case: f"{case.get_absolute_url()}draft/", action="change"),
    matrix.MatrixUrl(
        "submit", lambda case: f"{case.get_absolute_url()}submit/", "post", "change", FORM
    ),
    matrix.MatrixUrl(
        "send", lambda case: f"{case.get_absolute_url()}send/", "post", "change", FORM
    ),
    matrix.MatrixUrl(
        "extend", lambda case: f"{case.get_absolute_url()}extend/", "post", "change", FORM
    ),
    matrix.MatrixUrl(
        "notice", lambda case: f"{case.get_absolute_url()}notice/", "post", "change", FORM
    ),
    matrix.MatrixUrl(
        "add a file", lambda case: f"{case.get_absolute_url()}files/", "post", "change", FORM
    ),
    matrix.MatrixUrl(
        "add a note", lambda case: f"{case.get_absolute_url()}notes/", "post", "change", FORM
    ),
    matrix.MatrixUrl(
        "return", lambda case: f"{case.get_absolute_url()}return/", "post", "approve", FORM
    ),
    # last: it moves the case on, once, for its one approver
    matrix.MatrixUrl(
        "approve", lambda case: f"{case.get_absolute_url()}approve/", "post", "approve"
    ),
]

# One URL of each action is enough to see the lines move.
MOVE_URLS = [url for url in URLS if url.name in {"detail", "draft", "approve"}]


def _submit_everywhere(demo_user, units) -> dict:
    """One inquiry per node below the root, its draft waiting for approval."""
    cases = {}
    for key in matrix.CASE_OWNERS:
        actor = demo_user(DRAFTERS[key])
        case = services.inquiry_register(
            actor=actor,
            unit=units[key],
            kind="public_information",
            received_on=date(2026, 4, 17),
            sender="Jan Kowalski",
            subject=f"Wniosek do {key}",
            uploaded_file=SimpleUploadedFile("skan.pdf", PDF, content_type="application/pdf"),
        )
        case = services.inquiry_draft_save(
            actor=actor, inquiry=case, draft="Odpowiedź", version=case.version
        )
        cases[key] = services.inquiry_submit(actor=actor, inquiry=case)
        cases[key].scan_pk = case.attachments.get().pk
    return cases


@pytest.fixture(autouse=True)
def _today(today_is):
    today_is(date(2026, 4, 20))


def test_every_inquiry_url_answers_as_the_reporting_lines_say(demo, demo_user, login):
    matrix.check(login, URLS, _submit_everywhere(demo_user, demo))


def test_after_kp03_moves_under_the_second_deputy_its_line_changes_at_once(demo, demo_user, login):
    # given KP-03 has moved under the II Deputy, then drafts are submitted
    parents = matrix.move_kp03_under_the_second_deputy()
    cases = _submit_everywhere(demo_user, demo)
    # then the II Deputy sees and approves KP-03's drafts, the I Deputy does not
    matrix.check(login, MOVE_URLS, cases, parents=parents)


def test_the_whole_register_lists_exactly_the_cases_of_the_users_lines(demo, demo_user, client):
    cases = _submit_everywhere(demo_user, demo)
    for username in matrix.USERNAMES:
        client.force_login(demo_user(username))
        page = client.get("/inquiries/").content.decode()
        listed = {key for key, case in cases.items() if case.sign in page}
        assert listed == {key for key in cases if matrix.expected_view(username, key)}, username


def test_po_and_kp05_cases_are_hidden_from_the_director_deputies_and_kp_staff(
    demo, demo_user, client
):
    cases = _submit_everywhere(demo_user, demo)
    hidden_from = ("dyrektor", "zastepca1", "zastepca2", "kp01", "kp02", "kp03", "kp04", "admin")
    for username in hidden_from:
        client.force_login(demo_user(username))
        for key in ("po", "kp-05"):
            assert client.get(cases[key].get_absolute_url()).status_code == 404, (username, key)
    for username in ("prezydent", "po", "kp05"):
        client.force_login(demo_user(username))
        assert client.get(cases["kp-05"].get_absolute_url()).status_code == 200
