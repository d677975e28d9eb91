"""Anonymise or remove what is past its retention period (schone lei, ADR 0039).

    manage.py schone_lei --dry-run     what a run would do, per kind; changes nothing
    manage.py schone_lei               do it, as the maintenance database role, with a progress bar
"""
import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from leefwereld.retention.services import MaintenanceRoleError, run


class Command(BaseCommand):
    help = "Anonymise or remove files and log rows past their retention period (use --dry-run to see first)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what is due; change nothing.")
        parser.add_argument("--today", type=dt.date.fromisoformat, default=None,
                            help="Count the periods up to this day (YYYY-MM-DD) instead of today.")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar (logs, cron).")

    def handle(self, *args, dry_run, today, no_progress, **options):
        bars = []

        def progress_for(kind, total):
            if no_progress or not total:
                return None
            while bars:  # one bar at a time: the kinds run one after the other
                bars.pop().close()
            bar = tqdm(total=total, desc=kind.key, unit="", file=self.stderr._out, leave=False)
            bars.append(bar)
            return bar.update

        try:
            report = run(today=today, dry_run=dry_run, progress_for=progress_for)
        except MaintenanceRoleError as error:
            raise CommandError(str(error)) from error
        finally:
            for bar in bars:
                bar.close()
        head = "Dry run: nothing changed." if dry_run else "Done."
        self.stdout.write(f"{head} Periods counted up to {report.today.isoformat()}.")
        self.stdout.write(f"{'kind':32} {'action':14} {'files':>7} {'rows':>9}")
        for line in report.lines:
            files = line.files if line.per_file else "-"  # kinds counted by each row's age have no files
            self.stdout.write(f"{line.kind:32} {line.action:14} {files!s:>7} {line.rows:>9}")
