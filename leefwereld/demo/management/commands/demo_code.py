from django.core.management.base import BaseCommand

from leefwereld.accounts.two_factor import current_code
from leefwereld.demo import personas


class Command(BaseCommand):
    help = "Print the code an authenticator app with the demo secret shows now (valid for 30 seconds)."

    def handle(self, *args, **options):
        self.stdout.write(current_code(personas.DEMO_TOTP_SECRET))
