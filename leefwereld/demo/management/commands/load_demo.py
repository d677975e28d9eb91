from django.core.management.base import BaseCommand

from leefwereld.accounts.models import Role, Team, User
from leefwereld.demo import loader, personas
from leefwereld.demo.management.commands._refuse import refuse_in_production


class Command(BaseCommand):
    help = "Load the demo municipality Gemeente Zandhoven; --scale N adds N synthetic households."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=0, help="Add this many synthetic households.")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, scale, seed, no_progress, **options):
        refuse_in_production()
        if loader.demo_loaded():
            loader.link_demo_apps()  # a database loaded before 2FA existed gets the demo app too
            self.stdout.write("Demo municipality already loaded.")
        else:
            _teams, users = loader.load_personas()
            from leefwereld.demo.learning import load_learning

            load_learning(users)
            self.stdout.write(self.style.SUCCESS(
                f"Loaded Gemeente Zandhoven: {len(personas.TEAMS)} wijkteams, {len(personas.STAFF)} people at work."))
        if scale:
            from leefwereld.demo.scale import generate

            professionals = list(User.objects.filter(role=Role.PROFESSIONAL, team__isnull=False))
            counts = generate(scale, teams=list(Team.objects.all()), professionals=professionals, seed=seed,
                              progress=not no_progress)
            self.stdout.write(self.style.SUCCESS(f"Added {scale} synthetic households: {counts}"))
