"""The first set of synonyms and abbreviations, from fixtures/synonyms.txt (the office edits
them in the admin afterwards)."""

from django.conf import settings
from django.db import migrations


def load(apps, schema_editor):
    Synonym = apps.get_model("tasks", "Synonym")
    if Synonym.objects.exists():
        return
    path = settings.KANCELARIA_FIXTURES_DIR / "synonyms.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    groups = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    Synonym.objects.bulk_create(Synonym(phrases=group) for group in groups)


class Migration(migrations.Migration):
    dependencies = [("tasks", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
