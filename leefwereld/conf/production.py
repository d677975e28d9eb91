"""Production: only values change. Every setting is read from the environment in base.py.

Behind the TLS-terminating reverse proxy of docs/deployment.md; `manage.py check --deploy`
with these settings must print no warning (`make test` runs it).
"""
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, MIDDLEWARE, SECRET_KEY, env_bool, env_int

if SECRET_KEY.startswith("insecure"):
    raise ImproperlyConfigured("Set SECRET_KEY in the environment for production.")

DEBUG = False
LEEFWERELD_PRODUCTION = True
# The demo's accounts share a public password: the app is not even installed here.
INSTALLED_APPS = [
    "leefwereld.conf.staticfiles.StaticFilesConfig" if app == "django.contrib.staticfiles" else app
    for app in INSTALLED_APPS if app != "leefwereld.demo"
]

# Static files with cache-busting names, served by the app itself (whitenoise) after collectstatic.
_security = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1
MIDDLEWARE = [*MIDDLEWARE[:_security], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[_security:]]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "leefwereld.conf.storage.GzipManifestStaticFilesStorage"},
}

# The proxy terminates TLS and says so in X-Forwarded-Proto (it must overwrite what a client sent).
if env_bool("TRUST_X_FORWARDED_PROTO", True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000, minimum=1)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Switching these off is a deliberate choice (the proxy redirects; no preload list), not a warning.
SILENCED_SYSTEM_CHECKS = [
    *([] if SECURE_SSL_REDIRECT else ["security.W008"]),
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
]
