"""Scheduled (celery beat, nightly): count the stembus of every survey that holds enough envelopes (ADR 0044)."""
import datetime as dt

from django.core.management.base import BaseCommand

from leefwereld.kompas.stembus import stembus_empty


class Command(BaseCommand):
    help = ("Empty the stembus: a survey's questionnaires from Mijn Leefwereld become anonymous responses once "
            "there are at least LEEFWERELD_STEMBUS_MINIMUM, in random order. Safe to run again.")

    def add_arguments(self, parser):
        parser.add_argument("--today", type=dt.date.fromisoformat, help="Count as on this day (tests, catching up).")

    def handle(self, *args, today, **options):
        done = stembus_empty(today=today)
        self.stdout.write(f"stembus: {done.counted} counted, {done.discarded} destroyed (too few after closing), "
                          f"{done.waiting} waiting")
