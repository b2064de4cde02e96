"""`manage.py seed_demo`: the demo structure, users and cases (refuses with DEBUG off)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from kancelaria.demo import DEMO_USERS, seed_demo


class Command(BaseCommand):
    help = "Load the 318/2026 structure when missing, the demo users and the demo cases."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("seed_demo refuses to run with DEBUG off (demo accounts are weak).")
        seed_demo(password=settings.KANCELARIA_DEMO_PASSWORD)
        names = ", ".join(user.username for user in DEMO_USERS)
        self.stdout.write(self.style.SUCCESS(f"Demo ready. Users: {names}."))
        self.stdout.write(f"Password for every demo user: {settings.KANCELARIA_DEMO_PASSWORD}")
