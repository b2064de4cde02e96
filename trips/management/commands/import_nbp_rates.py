"""`manage.py import_nbp_rates FILE… [--dry-run]`: import NBP table A files already downloaded."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from trips import services
from trips.nbp import NbpFileError


class Command(BaseCommand):
    help = (
        "Import NBP average exchange rates (table A) from files downloaded from nbp.pl "
        "(daily XML, Web API JSON or XML, yearly CSV archive). Nothing is fetched from the "
        "internet. All files or nothing: a broken file stops the import with its line numbers."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")

    def handle(self, *args, **options):
        try:
            with transaction.atomic():
                for path in options["files"]:
                    self._import(path, dry_run=options["dry_run"])
        except OSError as error:
            raise CommandError(str(error)) from error

    def _import(self, path: Path, *, dry_run: bool) -> None:
        try:
            report = services.nbp_tables_import(
                actor=None, content=path.read_bytes(), source_name=path.name, dry_run=dry_run
            )
        except NbpFileError as error:
            lines = "\n".join(f"  {problem}" for problem in error.problems)
            raise CommandError(f"{path}: nothing imported.\n{lines}") from error
        verb = "would import" if dry_run else "imported"
        self.stdout.write(
            f"{path.name}: {verb} {len(report.created)} new tables, "
            f"{len(report.extended)} completed, {len(report.unchanged)} already present; "
            f"{report.rates_added} rates."
        )
