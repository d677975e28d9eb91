"""The embedded SQLite default holds under parallel writes: no 500, every save kept."""
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings


def test_six_parallel_writers_on_sqlite_get_no_500(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'team.sqlite3'}",
           "DJANGO_SETTINGS_MODULE": "leefwereld.conf.test"}
    script = Path(__file__).with_name("parallel_writers.py")
    done = subprocess.run([sys.executable, str(script)], cwd=settings.BASE_DIR, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    codes, saved = done.stdout.strip().rsplit(" ", 1)
    assert codes == "{302: 30}", done.stdout + done.stderr[-2000:]
    assert saved == "30"
