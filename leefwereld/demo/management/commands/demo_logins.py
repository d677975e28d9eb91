from django.core.management.base import BaseCommand

from leefwereld.accounts.models import Discipline, Role
from leefwereld.demo import personas
from leefwereld.demo.management.commands._refuse import refuse_in_production
from leefwereld.demo.samenwerken import PARTNER_ORGANISATIONS


class Command(BaseCommand):
    help = "Print the demo log-ins: password, the demo authenticator secret, and the accounts."

    def handle(self, *args, **options):
        refuse_in_production()
        teams = {t["key"]: t["name"] for t in personas.TEAMS}
        self.stdout.write("\nLeefwereld runs at http://127.0.0.1:8000/")
        self.stdout.write(f"Demo log-ins (password for everyone: {personas.DEMO_PASSWORD}).")
        self.stdout.write("Then a code from an authenticator app. Add this demo secret to the app (same for "
                          f"everyone):\n  {personas.DEMO_TOTP_SECRET}")
        self.stdout.write("or print the current code with:  .venv/bin/python manage.py demo_code\n")
        for username, first, last, role, discipline, team, _phone in personas.STAFF:
            what = str(Discipline(discipline).label if discipline else Role(role).label)
            where = teams.get(team) or PARTNER_ORGANISATIONS.get(username, "")
            if role == Role.PARTNER:
                what = "Partner"
            self.stdout.write(f"  {username:<9} {first + ' ' + last:<20} {what:<26} {where}")
        self.stdout.write(f"\nThe API (http://127.0.0.1:8000/api/v1/docs/): system client {personas.DEMO_API_CLIENT!r},"
                          f" acting as fatima:\n  curl -H 'Authorization: Bearer {personas.DEMO_API_TOKEN}' "
                          "http://127.0.0.1:8000/api/v1/plannen/")
        self.stdout.write("")
