"""`manage.py load_perdiem_rates [--file PATH]`: load the shipped per-diem table again."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from trips import services
from trips.rates_fixture import RatesFileError


class Command(BaseCommand):
    help = (
        "Load fixtures/per-diem-rates.csv (the migrations already did once): add missing rows, "
        "leave identical ones, list rows changed in the admin without overwriting them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--file", type=Path, help="another file in the same format")

    def handle(self, *args, **options):
        try:
            report = services.perdiem_rates_load(path=options["file"])
        except (RatesFileError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Added {len(report.created)}, already present {len(report.unchanged)}, "
            f"changed in the database (left as they are) {len(report.differing)}."
        )
        for row in report.differing:
            when = row.valid_from or "undated"
            self.stdout.write(
                f"  {row.iso2} {when}: the file has {row.per_diem}/{row.hotel_limit} {row.currency}"
            )
