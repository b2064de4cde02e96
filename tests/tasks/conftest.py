"""Fixtures for the catalogue: the seed's text, the mapping, the edited copy, an administrator."""

from pathlib import Path

import pytest
from django.conf import settings

from tasks.importer import mapping_load, read_ordinance

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (settings.KANCELARIA_FIXTURES_DIR / "zarzadzenie-318-2026.txt").read_text("utf-8")


@pytest.fixture(scope="session")
def edited_text() -> str:
    """The seed edited: a new unit, a point moved, a unit renamed, a post moved, § shifted."""
    return (DATA / "zarzadzenie-edited.txt").read_text("utf-8")


@pytest.fixture(scope="session")
def mapping():
    return mapping_load()


@pytest.fixture
def read_seed(seed_text, mapping):
    """The seed as the importer reads it (no database)."""
    return read_ordinance(seed_text, mapping=mapping)


def find(read, reference: str):
    """The item of a read ordinance with this reference ("§ 4 ust. 1 pkt 6 lit. a")."""
    from tasks.importer import reference as ref

    for task_list in read.lists:
        for item in task_list.items:
            if ref(task_list.paragraph, task_list.section, item.point) == reference:
                return item
            for sub in item.subpoints:
                if ref(task_list.paragraph, task_list.section, item.point, sub.letter) == reference:
                    return sub
    raise KeyError(reference)


def confirm_pending(ordinance, actor=None, *, skip=()):
    """Confirm every doubtful match of a draft (but the symbols or keys in `skip`)."""
    from tasks import services
    from tasks.models import OrdinanceUnit

    pending = OrdinanceUnit.objects.filter(
        ordinance=ordinance, decision=OrdinanceUnit.Decision.PENDING
    )
    for node in pending:
        if node.symbol not in skip and node.key not in skip:
            services.node_decide(actor=actor, node=node, decision=OrdinanceUnit.Decision.CONFIRMED)
