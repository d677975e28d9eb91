from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from leefwereld.access.matrix import authorisation_markdown


class Command(BaseCommand):
    help = "Write docs/authorisation.md from the access table."

    def handle(self, *args, **options):
        path = Path(settings.BASE_DIR) / "docs" / "authorisation.md"
        path.write_text(authorisation_markdown(), encoding="utf-8")
        self.stdout.write(f"Wrote {path}")
