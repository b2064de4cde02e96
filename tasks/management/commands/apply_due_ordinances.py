"""`apply_due_ordinances`: apply every approved ordinance whose day has come (cron, idempotent)."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from tasks import services


class Command(BaseCommand):
    help = _(
        "Apply every approved ordinance whose effective date has come, oldest first. Drafts are "
        "never applied; running it again changes nothing."
    )

    def handle(self, *args, **options):
        try:
            applied = services.ordinances_apply_due(actor=None)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        if not applied:
            self.stdout.write(_("No approved ordinance is due."))
        for ordinance in applied:
            self.stdout.write(self.style.SUCCESS(_("Applied: %(o)s") % {"o": ordinance.legal_name}))
