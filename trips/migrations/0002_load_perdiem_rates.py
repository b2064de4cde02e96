"""The shipped per-diem and hotel-limit rates (fixtures/per-diem-rates.csv) for every installation."""

from django.db import migrations

from trips.rates_fixture import load_into


class Migration(migrations.Migration):
    dependencies = [("trips", "0001_initial")]

    operations = [migrations.RunPython(load_into, migrations.RunPython.noop)]
