"""Run manage.py in a fresh process, the way a deployment starts it."""
import os
import secrets
import subprocess
import sys

from django.conf import settings


def production_env(tmp_path, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "SECURE_", "DB_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="leefwereld.conf.production",
        SECRET_KEY=secrets.token_urlsafe(64),  # throwaway, long and random enough for check --deploy
        ALLOWED_HOSTS="leefwereld.example.org",
        CSRF_TRUSTED_ORIGINS="https://leefwereld.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'production.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
    )
    env.update(extra)
    return env


def manage(*args, env, python_args=()):
    return subprocess.run(
        [sys.executable, *python_args, "manage.py", *args],
        cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120,
    )
