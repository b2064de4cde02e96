"""`manage.py orgchart --output FILE.pdf [--date YYYY-MM-DD] [--unit KP-01] [--no-heads]`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from orgunits.orgchart.charts import ChartQuery, chart_load
from orgunits.orgchart.documents import chart_pdf


class Command(BaseCommand):
    help = "Print the org chart to a PDF file (today's structure, or the one in force on a day)."

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, help="the PDF file to write")
        parser.add_argument("--date", default="", help="the day whose legal structure to draw")
        parser.add_argument("--unit", default="", help="draw only this unit's subtree")
        parser.add_argument("--no-heads", action="store_true", help="leave out heads' names")
        parser.add_argument("--external", action="store_true", help="include external units")

    def handle(self, *args, **options):
        translation.activate("pl")
        params = {
            "date": options["date"],
            "unit": options["unit"],
            "heads": "0" if options["no_heads"] else "1",
            "external": "1" if options["external"] else "",
        }
        chart = chart_load(ChartQuery.parse(params))
        if chart.status != 200:
            raise CommandError(chart.message)
        output = Path(options["output"])
        output.write_bytes(chart_pdf(chart))
        self.stdout.write(
            _("Written %(path)s (%(basis)s).") % {"path": output, "basis": chart.basis}
        )
