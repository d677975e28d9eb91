"""Build deduce's lookup tables for the anonymiser into ANONYMISER_CACHE_DIR (make install runs this)."""
from django.core.management.base import BaseCommand

from leefwereld.learning.anonymiser import engine


class Command(BaseCommand):
    help = "Build the anonymiser's lookup tables (deduce) once, at install time."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Build again even when they are up to date.")

    def handle(self, *args, force=False, **options):
        if engine.is_built() and not force:
            self.stdout.write(f"Anonymiser tables up to date in {engine.cache_dir()}.")
            return
        path = engine.build()
        self.stdout.write(f"Anonymiser tables built in {path}.")
