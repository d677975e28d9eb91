"""Daily: move every escalation nobody decided in time one rung up the ladder, and end grants whose date passed."""
from django.core.management.base import BaseCommand

from leefwereld.coordination import clock
from leefwereld.coordination.grants import expired_ground_households, partner_access_refresh
from leefwereld.coordination.services.escalation import escalations_raise_overdue


class Command(BaseCommand):
    help = "Raise overdue escalations a rung (doorzettingsmacht) and end partners' access whose end date passed."

    def handle(self, *args, **options):
        raised = escalations_raise_overdue()
        households = expired_ground_households(clock.today())
        partner_access_refresh(households)
        self.stdout.write(f"{len(raised)} escalations raised, grants of {len(households)} households refreshed")
