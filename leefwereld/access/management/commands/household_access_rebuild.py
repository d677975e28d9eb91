"""Rebuild access.HouseholdAccess from the households and their members (after a bulk load)."""
from django.core.management.base import BaseCommand

from leefwereld.access.grants import household_access_rebuild


class Command(BaseCommand):
    help = "Rebuild who may see which household (access.HouseholdAccess) from teams and assignments."

    def handle(self, *args, **options):
        count = household_access_rebuild()
        self.stdout.write(f"{count} grants")
