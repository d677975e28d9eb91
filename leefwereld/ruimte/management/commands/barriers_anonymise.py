"""Fill the anonymised copies of barriers written before they existed (make migrate runs this; ADR 0047).

Not a data migration: a migration must run without deduce's tables, and this needs them. Until a row is
filled, people outside the reporter's team read that its text is held back, never the text itself.
"""
from django.core.management.base import BaseCommand, CommandError

from leefwereld.learning.anonymiser import engine
from leefwereld.ruimte.services import barriers_anonymise_missing


class Command(BaseCommand):
    help = "Make the anonymised copy of every barrier and barrier step that has none yet."

    def handle(self, *args, **options):
        if not engine.is_built():
            raise CommandError("The anonymiser tables are missing: run `manage.py anonymiser_build` first.")
        self.stdout.write(f"Anonymised copies made for {barriers_anonymise_missing()} barriers and steps.")
