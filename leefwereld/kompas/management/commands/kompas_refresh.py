import datetime as dt

from django.core.management.base import BaseCommand

from leefwereld.kompas.refresh import EPOCH, kompas_refresh


class Command(BaseCommand):
    help = ("Bring the kwaliteitskompas's figures up to date: the months since the last run (or --all). "
            "Run it nightly from cron or the worker.")

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Recount every month.")
        parser.add_argument("--since", type=dt.date.fromisoformat, help="Recount from this date's month on.")

    def handle(self, *args, all, since, **options):
        done = kompas_refresh(since=EPOCH if all else since)
        self.stdout.write(f"kompas: {done.rows} figures from {done.since:%Y-%m} on, {done.seconds} s")
