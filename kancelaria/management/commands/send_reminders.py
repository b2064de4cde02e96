"""`manage.py send_reminders [--dry-run] [--days N]`: the day's reminders (run daily from cron)."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from kancelaria.cases.reminders import reminder_items, reminder_recipients, reminder_send


class Command(BaseCommand):
    help = "Mail each person their overdue and soon-due cases, once a day (safe on many servers)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List, send nothing.")
        parser.add_argument(
            "--days", type=int, default=settings.CASE_REMINDER_DAYS, help="Due within N days."
        )

    def handle(self, *args, dry_run=False, days=3, **options):
        today = timezone.localdate()
        sent = 0
        for user in reminder_recipients(today):
            if dry_run:
                items = reminder_items(user, today, days)
                if items:
                    signs = ", ".join(item.case.sign for item in items)
                    self.stdout.write(f"{user.username} <{user.email}>: {signs}")
                continue
            if reminder_send(user=user, today=today, days=days):
                sent += 1
        if not dry_run:
            self.stdout.write(f"Reminders sent: {sent}.")
