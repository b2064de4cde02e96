"""How long importing the seed ordinance takes: reading the text, and the whole import."""

from django.db import transaction

from .support import measure, scratch_database


class _Rollback(Exception):
    pass


def _read():
    from django.conf import settings

    from tasks.importer import mapping_load, read_ordinance

    mapping = mapping_load()
    text = (settings.KANCELARIA_FIXTURES_DIR / mapping.seed["text"]).read_text("utf-8")
    return lambda: read_ordinance(text, mapping=mapping)


def _load_and_roll_back():
    from tasks.services import ordinance_load_seed

    try:
        with transaction.atomic():
            ordinance_load_seed()
            raise _Rollback
    except _Rollback:
        pass


def run() -> None:
    with scratch_database():
        measure("read the 318/2026 text (no database)", _read())
        measure("import, approve and apply 318/2026 (14 units, 111 items)", _load_and_roll_back)
