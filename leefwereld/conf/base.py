"""Every setting, read from the environment. dev/test/production only change values."""
import ipaddress
import os
import re
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None):
    return os.environ.get(name, default)


# A typo must stop start-up, not quietly turn a safety setting off (SECURE_COOKIES=flase).
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    word = value.strip().lower()
    if word in _TRUE | _FALSE:
        return word in _TRUE
    raise ImproperlyConfigured(f"{name}={value!r} is not a yes/no value; use one of {sorted(_TRUE | _FALSE)}.")


def env_int(name, default, minimum=0):
    value = os.environ.get(name, str(default)).strip()
    try:
        number = int(value)
    except ValueError:
        number = None
    if number is None or number < minimum:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number of at least {minimum}.")
    return number


def env_list(name, default=""):
    """Comma-separated; spaces around items stripped, empty items dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_networks(name):
    """Addresses or networks (10.0.0.0/8), each checked at start-up."""
    entries = env_list(name)
    for entry in entries:
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            raise ImproperlyConfigured(f"{name}: {entry!r} is not an IP address or network.") from None
    return entries


SECRET_KEY = env("SECRET_KEY", "insecure-development-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
    )
}
# A read replica (ADR 0041): aggregate pages read there; everything else, and every write, on the primary.
if env("DATABASE_REPLICA_URL", ""):
    DATABASES["replica"] = dj_database_url.parse(env("DATABASE_REPLICA_URL"),
                                                 conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}  # tests read their own rows; tests/replica tries the real one
DATABASE_ROUTERS = ["leefwereld.core.replica.ReplicaRouter"]
REPLICA_STICKY_SECONDS = env_int("REPLICA_STICKY_SECONDS", 10)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default under a team's parallel use: WAL lets readers and a writer work at once; a write
    # transaction takes its lock at the start (IMMEDIATE), so waiting (timeout) works instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {}).update({
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": env_int("SQLITE_TIMEOUT", 20),
    })
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# PostgreSQL roles (ADR 0004): the app connects as DB_APP_ROLE; only DB_MAINTENANCE_ROLE may remove audit rows.
DB_OWNER_ROLE = env("DB_OWNER_ROLE", "")  # empty: the role that runs `manage.py db_roles`
DB_APP_ROLE = env("DB_APP_ROLE", "leefwereld_app")
DB_MAINTENANCE_ROLE = env("DB_MAINTENANCE_ROLE", "leefwereld_maintenance")
# The retention job (ADR 0039) connects with RETENTION_DATABASE_URL (a login that is a member of the
# maintenance role), set only where the job runs; without it the job uses the default connection.
if env("RETENTION_DATABASE_URL"):
    DATABASES["retention"] = dj_database_url.parse(env("RETENTION_DATABASE_URL"), conn_max_age=0)
RETENTION_DATABASE = "retention" if "retention" in DATABASES else "default"

INSTALLED_APPS = [
    "leefwereld.access.admin_config.BeheerAdminConfig",  # django.contrib.admin at /beheer/, see ADR 0006
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
    "django_htmx",
    "csp",
    "rest_framework",
    "drf_spectacular",
    "django_otp", "django_otp.plugins.otp_totp", "django_otp.plugins.otp_static", "axes",
    "leefwereld.core",
    "leefwereld.audit",
    "leefwereld.accounts",
    "leefwereld.access",
    "leefwereld.residents",
    "leefwereld.notify",
    "leefwereld.retention",
    "leefwereld.intake",
    "leefwereld.conversations",
    "leefwereld.plans",
    "leefwereld.decisions",
    "leefwereld.koppelingen",
    "leefwereld.learning",
    "leefwereld.coordination",
    "leefwereld.ruimte",
    "leefwereld.documenten",
    "leefwereld.money",
    "leefwereld.portal",
    "leefwereld.toezicht",
    "leefwereld.kompas",
    "leefwereld.workspace",
    "leefwereld.api",
    "leefwereld.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "leefwereld.core.replica.StickyPrimaryMiddleware",  # after a write, read from the primary (ADR 0041)
    "leefwereld.core.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware", "leefwereld.core.middleware.SecurityHeadersMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "leefwereld.audit.middleware.RequestContextMiddleware",
    "leefwereld.core.once.OncePerSubmissionMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # Sign-in (docs/adr/0005): idle and absolute timeout, second factor, refused attempts, lock-out.
    "leefwereld.accounts.middleware.SessionTimeoutMiddleware",
    "leefwereld.accounts.middleware.VerifiedSessionMiddleware",
    "leefwereld.access.middleware.RefusedAttemptMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "leefwereld.conf.urls"
WSGI_APPLICATION = "leefwereld.conf.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "leefwereld" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "leefwereld.core.context_processors.municipality",
            ],
        },
    }
]

FORM_RENDERER = "leefwereld.core.forms.FormRenderer"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "workspace:login"
LOGIN_REDIRECT_URL = "home"  # each role lands where it can work (workspace/landing.py)
LOGOUT_REDIRECT_URL = "workspace:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
     "OPTIONS": {"user_attributes": ("username", "first_name", "last_name", "email")}},
    {"NAME": "leefwereld.accounts.validators.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "leefwereld.accounts.validators.RepeatedCharacterValidator", "OPTIONS": {"max_run": 3}},
]
# Sign-in (docs/adr/0005): axes first, so a locked-out account is refused before its password is checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "leefwereld.accounts.backends.TeamModelBackend",
                           "leefwereld.portal.oidc.ResidentOIDCBackend"]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "leefwereld.core.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "leefwereld.workspace.signin_views.locked_out"
AXES_ENABLE_ADMIN = True
AXES_VERBOSE = False
AXES_DISABLE_ACCESS_LOG = True  # successful log-ins are in the audit log; no second log of them
OTP_TOTP_ISSUER = "Leefwereld"
# Logged out after this many seconds without a request, next to the absolute SESSION_COOKIE_AGE.
SESSION_IDLE_TIMEOUT = env_int("SESSION_IDLE_TIMEOUT", 30 * 60)

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
LOCALE_PATHS = [BASE_DIR / "leefwereld" / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env("STATIC_ROOT", str(BASE_DIR / "staticfiles"))
NODE_MODULES = BASE_DIR / "node_modules"
# Front-end assets come from npm packages (no CDN); see package.json.
STATICFILES_DIRS = [
    ("vendor/utrecht", NODE_MODULES / "@utrecht" / "component-library-css" / "dist"),
    ("vendor/voorbeeld-tokens", NODE_MODULES / "@nl-design-system-unstable" / "voorbeeld-design-tokens" / "dist"),
    ("vendor/noto-sans", NODE_MODULES / "@fontsource" / "noto-sans"),
    ("vendor/noto-serif", NODE_MODULES / "@fontsource" / "noto-serif"),
    ("vendor/htmx", NODE_MODULES / "htmx.org" / "dist"),
]


def env_static(name, default=""):
    """A static path, never a URL: pages load nothing from another origin (CSP, no CDN)."""
    entries = env_list(name, default)
    for entry in entries:
        if ":" in entry or entry.startswith(("/", "\\")) or ".." in entry:
            raise ImproperlyConfigured(f"{name}: {entry!r} is not a static path such as theme/logo.svg.")
    return entries


# The theme (ADR 0009): the NL Design System's example ("voorbeeld") theme for the demo. A municipality
# serves its own tokens, fonts and logo from LEEFWERELD_THEME_DIR (as static "theme/…") and names them here.
LEEFWERELD_THEME_DIR = env("LEEFWERELD_THEME_DIR", "")
if LEEFWERELD_THEME_DIR:
    if not Path(LEEFWERELD_THEME_DIR).is_dir():
        raise ImproperlyConfigured(f"LEEFWERELD_THEME_DIR={LEEFWERELD_THEME_DIR!r} is not a folder.")
    STATICFILES_DIRS.append(("theme", Path(LEEFWERELD_THEME_DIR)))
LEEFWERELD_THEME_CSS = env_static("LEEFWERELD_THEME_CSS", ",".join([
    "vendor/voorbeeld-tokens/theme.css", "vendor/noto-sans/400.css", "vendor/noto-sans/400-italic.css",
    "vendor/noto-sans/700.css", "vendor/noto-serif/700.css",
]))
LEEFWERELD_THEME_CLASS = env("LEEFWERELD_THEME_CLASS", "voorbeeld-theme")
if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", LEEFWERELD_THEME_CLASS):
    raise ImproperlyConfigured(f"LEEFWERELD_THEME_CLASS={LEEFWERELD_THEME_CLASS!r} is not a CSS class name.")
LEEFWERELD_LOGO = (env_static("LEEFWERELD_LOGO") or [""])[0]

# Stateless app servers (ADR 0028): with REDIS_URL, sessions and the cache live in Redis, so any number of
# gunicorn processes or machines can serve. Without it (make run, the tests) the defaults: sessions in the
# database, a cache per process.
REDIS_URL = env("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL,
                          "KEY_PREFIX": env("CACHE_KEY_PREFIX", "leefwereld")}}
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 60 * 60, minimum=60)
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
# No inline script or style anywhere (ADR 0006): htmx's own inline <style> is switched off in base.html.
CONTENT_SECURITY_POLICY = {"DIRECTIVES": {
    "default-src": ["'self'"], "script-src": ["'self'"], "style-src": ["'self'"], "img-src": ["'self'"],
    "font-src": ["'self'"], "connect-src": ["'self'"], "object-src": ["'none'"], "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"], "form-action": ["'self'"],
}}
# Reverse proxies whose X-Forwarded-For is believed (addresses or networks, comma-separated).
TRUSTED_PROXIES = env_networks("TRUSTED_PROXIES")

# Story fields are long by nature, but not unbounded.
LEEFWERELD_STORY_MAX_CHARS = env_int("LEEFWERELD_STORY_MAX_CHARS", 20000, minimum=1)
# Samenwerken (issue 15): a referral without an answer after this many working days shows as stalled.
LEEFWERELD_REFERRAL_ANSWER_DAYS = env_int("LEEFWERELD_REFERRAL_ANSWER_DAYS", 5, minimum=1)
LEEFWERELD_MUNICIPALITY = env("LEEFWERELD_MUNICIPALITY", "Gemeente Zandhoven")
# Client experience through Mijn Leefwereld (ADR 0044): the stembus is counted only when it holds at least this
# many questionnaires of one survey; 1 would make every answer traceable, so 2 is the least allowed.
LEEFWERELD_STEMBUS_MINIMUM = env_int("LEEFWERELD_STEMBUS_MINIMUM", 5, minimum=2)
# Noodtoegang (ADR 0038): how long an emergency opening of a file outside the team lasts, and how many one
# professional may make in 24 hours.
LEEFWERELD_NOODTOEGANG_HOURS = env_int("LEEFWERELD_NOODTOEGANG_HOURS", 8, minimum=1)
LEEFWERELD_NOODTOEGANG_PER_DAY = env_int("LEEFWERELD_NOODTOEGANG_PER_DAY", 3, minimum=1)
# The privacy officer's report of unusual access: this many households in one hour is "many"; working hours
# run from the first to the second hour (local time, Monday to Friday).
LEEFWERELD_TOEZICHT_VEEL_PER_UUR = env_int("LEEFWERELD_TOEZICHT_VEEL_PER_UUR", 20, minimum=2)
LEEFWERELD_WERKTIJD = (env_int("LEEFWERELD_WERKTIJD_VAN", 7, minimum=0), env_int("LEEFWERELD_WERKTIJD_TOT", 19,
                                                                                minimum=1))
# Decision letters (ADR 0018): the municipality's return address and phone, beside its name and logo.
LEEFWERELD_MUNICIPALITY_ADDRESS = env("LEEFWERELD_MUNICIPALITY_ADDRESS", "Postbus 100, 1234 AB Zandhoven")
LEEFWERELD_MUNICIPALITY_PHONE = env("LEEFWERELD_MUNICIPALITY_PHONE", "14 0123")
# Laws whose decisions need the plan's vier-ogen first (comma-separated: wmo, jeugdwet, participatiewet).
LEEFWERELD_DECISION_REVIEW_LAWS = env_list("LEEFWERELD_DECISION_REVIEW_LAWS", "")
# With an advisory bezwaar committee the decision on a bezwaar takes 12 weeks instead of 6 (Awb 7:10).
LEEFWERELD_BEZWAARCOMMISSIE = env_bool("LEEFWERELD_BEZWAARCOMMISSIE", False)
# Deduce's lookup tables for the anonymiser, built by `make install` (manage.py anonymiser_build), ADR 0020.
# By default in the user's cache, like pip's: a second checkout on the same machine need not build them again.
ANONYMISER_CACHE_DIR = env("ANONYMISER_CACHE_DIR", str(Path.home() / ".cache" / "leefwereld" / "deduce"))
# Koppelingen (ADR 0026, 0027): every exchange with a system outside is off until it is configured.
# iWmo/iJw with providers: the municipality's CBS code is the sender of every 301 (LDT_Gemeente, four digits).
LEEFWERELD_ISTANDAARDEN = env_bool("LEEFWERELD_ISTANDAARDEN", False)
LEEFWERELD_GEMEENTECODE = env("LEEFWERELD_GEMEENTECODE", "1999")
if not re.fullmatch(r"[0-9]{4}", LEEFWERELD_GEMEENTECODE):
    raise ImproperlyConfigured(f"LEEFWERELD_GEMEENTECODE={LEEFWERELD_GEMEENTECODE!r} is not a CBS code of four digits.")
# Haal Centraal BRP Personen bevragen (ADR 0027): the address of the municipality's BRP API gateway, and its key.
LEEFWERELD_BRP_URL = env("LEEFWERELD_BRP_URL", "")
LEEFWERELD_BRP_API_KEY = env("LEEFWERELD_BRP_API_KEY", "")
# ZGW Zaken and Documenten APIs (ADR 0027): the zaaksysteem's address, the client's id and secret (JWT),
# the municipality's RSIN and the catalogue's zaaktype and informatieobjecttype for decisions.
LEEFWERELD_ZGW_URL = env("LEEFWERELD_ZGW_URL", "")
LEEFWERELD_ZGW_CLIENT_ID = env("LEEFWERELD_ZGW_CLIENT_ID", "leefwereld")
LEEFWERELD_ZGW_SECRET = env("LEEFWERELD_ZGW_SECRET", "")
LEEFWERELD_ZGW_ZAAKTYPE = env("LEEFWERELD_ZGW_ZAAKTYPE", "")
LEEFWERELD_ZGW_INFORMATIEOBJECTTYPE = env("LEEFWERELD_ZGW_INFORMATIEOBJECTTYPE", "")
LEEFWERELD_RSIN = env("LEEFWERELD_RSIN", "000000000")
# Seconds a partner system may take to answer before the exchange gives up (and tries again later).
LEEFWERELD_KOPPELING_TIMEOUT = env_int("LEEFWERELD_KOPPELING_TIMEOUT", 10, minimum=1)

# Mijn Leefwereld (ADR 0029): residents sign in through the municipality's OpenID Connect broker (DigiD,
# eHerkenning or a machtiging service behind it), which must give a `bsn` claim. The issuer's usual paths
# are the defaults; each endpoint can be set on its own. `make run` and the tests start a local broker.
OIDC_ISSUER = env("OIDC_ISSUER", "http://127.0.0.1:8790").rstrip("/")
OIDC_RP_CLIENT_ID = env("OIDC_RP_CLIENT_ID", "leefwereld")
OIDC_RP_CLIENT_SECRET = env("OIDC_RP_CLIENT_SECRET", "leefwereld-local-broker-secret")
OIDC_OP_AUTHORIZATION_ENDPOINT = env("OIDC_OP_AUTHORIZATION_ENDPOINT", f"{OIDC_ISSUER}/auth")
OIDC_OP_TOKEN_ENDPOINT = env("OIDC_OP_TOKEN_ENDPOINT", f"{OIDC_ISSUER}/token")
OIDC_OP_USER_ENDPOINT = env("OIDC_OP_USER_ENDPOINT", f"{OIDC_ISSUER}/me")
OIDC_OP_JWKS_ENDPOINT = env("OIDC_OP_JWKS_ENDPOINT", f"{OIDC_ISSUER}/jwks")
OIDC_RP_SIGN_ALGO = env("OIDC_RP_SIGN_ALGO", "RS256")
OIDC_RP_SCOPES = env("OIDC_RP_SCOPES", "openid bsn profile")
OIDC_USE_PKCE = True
OIDC_TIMEOUT = env_int("OIDC_TIMEOUT", 10)
OIDC_AUTHENTICATION_CALLBACK_URL = "portal:oidc_callback"
LOGIN_REDIRECT_URL_FAILURE = "portal:start"
# True only in conf.production: the demo commands refuse to run there.
LEEFWERELD_PRODUCTION = False

# The API (leefwereld.api, ADR 0033): system clients with tokens, no sessions; problem details for errors.
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "leefwereld.api.schema.Schema",
    "DEFAULT_AUTHENTICATION_CLASSES": ["leefwereld.api.authentication.ClientTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "EXCEPTION_HANDLER": "leefwereld.api.problems.exception_handler",
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Leefwereld API",
    "DESCRIPTION": "Personen, vragen, gesprekken, plannen, samenwerken en besluiten in het sociaal domein. "
                   "Dezelfde toegangsregels en hetzelfde logboek als de pagina's.",
    "VERSION": "1.0.0",
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "leefwereld.api.schema.postprocess"],
    # Many resources have a "status" or "kind": each choice set its own name in the document.
    "ENUM_NAME_OVERRIDES": {
        "VraagStatus": "leefwereld.intake.models.Status", "VraagKind": "leefwereld.intake.models.Kind",
        "PlanStatus": "leefwereld.plans.models.PlanStatus", "ActionStatus": "leefwereld.plans.models.ActionStatus",
        "ReferralStatus": "leefwereld.coordination.models.referrals.ReferralStatus",
        "ProcedureStatus": "leefwereld.decisions.models.ProcedureStatus",
        "ProcedureKind": "leefwereld.decisions.models.ProcedureKind",
        "BeschikkingStatus": "leefwereld.decisions.models.BeschikkingStatus",
        "Wet": "leefwereld.decisions.models.Wet", "GroundKind": "leefwereld.coordination.models.sharing.GroundKind",
        "ContactKind": "leefwereld.conversations.contact.ContactKind",
    },
}
# Requests per client (DRF throttling on the cache); a client may have its own rate (ApiClient.rate).
LEEFWERELD_API_RATE = env("LEEFWERELD_API_RATE", "600/min")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}

# --- Background work (ADR 0031): Celery with Redis. Without a broker, tasks run in-process (make run). ---
CELERY_BROKER_URL = env("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", not CELERY_BROKER_URL)
CELERY_BROKER_URL = CELERY_BROKER_URL or "memory://"
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", "leefwereld")
CELERY_TASK_ACKS_LATE = True  # a worker that dies mid-task leaves the message for another
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = TIME_ZONE
# The scheduler (celery beat): each entry runs a management command through core.tasks.scheduled_command.
CELERY_BEAT_SCHEDULE = {
    "escalaties": {"task": "leefwereld.core.tasks.scheduled_command", "args": ["escalations_raise"],
                   "schedule": 60 * 60},
    "meldingen-opruimen": {"task": "leefwereld.notify.tasks.requeue_stale", "schedule": 5 * 60},
    # Client experience (ADR 0044): nightly, so a batch is a day's answers and its time says nothing of a drop.
    "stembus-legen": {"task": "leefwereld.core.tasks.scheduled_command", "args": ["stembus_legen"],
                      "schedule": 24 * 60 * 60},
    # Retention (ADR 0039): nightly; it acts as DB_MAINTENANCE_ROLE on RETENTION_DATABASE.
    "schone-lei": {"task": "leefwereld.core.tasks.scheduled_command", "args": ["schone_lei"],
                   "schedule": 24 * 60 * 60, "options": {"queue": env("RETENTION_QUEUE", "onderhoud")}},
}

# --- Retention, schone lei (issue 18, ADR 0039, 0045). ---
def _retention_periods(name, value, number=float):
    """RETENTION_YEARS="intake.vragen=15,audit.logboek=7": the municipality's periods per kind. The kinds'
    names and the law's minimums are checked when the apps are ready (core.retention.check_settings)."""
    periods = {}
    for item in filter(None, (part.strip() for part in value.split(","))):
        key, _sep, amount = item.partition("=")
        try:
            periods[key.strip()] = number(amount)
        except ValueError:
            raise ImproperlyConfigured(f"{name}: {item!r} is not kind=number.") from None
        if periods[key.strip()] < 0:
            raise ImproperlyConfigured(f"{name}: {item!r} is negative.")
    return periods


RETENTION_YEARS = _retention_periods("RETENTION_YEARS", env("RETENTION_YEARS", ""))
# For the kinds that keep days, not years: form tokens, the files of a prepared inzage (ADR 0045).
RETENTION_DAYS = _retention_periods("RETENTION_DAYS", env("RETENTION_DAYS", ""), number=int)
# The key of the BSN digest kept while the audit rows of an anonymised person are kept (empty: SECRET_KEY).
RETENTION_PSEUDONYM_KEY = env("RETENTION_PSEUDONYM_KEY", "")

# --- Notifications to residents (issue 18). ---
# E-mail goes through SMTP (Django's mail settings); in development to the console unless EMAIL_HOST is set.
EMAIL_HOST = env("EMAIL_HOST", "")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10, minimum=1)
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST
                    else "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "noreply@zandhoven.example")
# SMS: a dotted path to a gateway class (leefwereld.notify.sms); the default records what it would send.
NOTIFY_SMS_GATEWAY = env("NOTIFY_SMS_GATEWAY", "leefwereld.notify.sms.RecordingGateway")
# Where the resident reads what is new (the portal); only this link goes into an e-mail or SMS.
NOTIFY_PORTAL_URL = env("NOTIFY_PORTAL_URL", "http://127.0.0.1:8000/mijn/")
NOTIFY_MAX_ATTEMPTS = env_int("NOTIFY_MAX_ATTEMPTS", 5, minimum=1)
NOTIFY_RETRY_SECONDS = env_int("NOTIFY_RETRY_SECONDS", 60)  # doubled after each failed attempt

# --- Documents (leefwereld.documenten, ADR 0037): stored through Django's storage API. ---
# Local disk under var/ by default; S3-compatible object storage with LEEFWERELD_DOCUMENTS_S3_BUCKET set
# (needs django-storages[s3], see docs/deployment.md). The type is checked by content, not by name.
LEEFWERELD_DOCUMENTS_ROOT = env("LEEFWERELD_DOCUMENTS_ROOT", str(BASE_DIR / "var" / "documenten"))
LEEFWERELD_DOCUMENTS_S3_BUCKET = env("LEEFWERELD_DOCUMENTS_S3_BUCKET", "")
LEEFWERELD_DOCUMENTS_STORAGE = (
    {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
        "bucket_name": LEEFWERELD_DOCUMENTS_S3_BUCKET,
        "endpoint_url": env("LEEFWERELD_DOCUMENTS_S3_ENDPOINT", "") or None,
        "region_name": env("LEEFWERELD_DOCUMENTS_S3_REGION", "") or None,
        "access_key": env("LEEFWERELD_DOCUMENTS_S3_ACCESS_KEY", ""),
        "secret_key": env("LEEFWERELD_DOCUMENTS_S3_SECRET_KEY", ""),
        "default_acl": "private", "querystring_auth": True, "file_overwrite": False,
        "location": env("LEEFWERELD_DOCUMENTS_S3_PREFIX", "documenten")}}
    if LEEFWERELD_DOCUMENTS_S3_BUCKET else
    {"BACKEND": "django.core.files.storage.FileSystemStorage",
     "OPTIONS": {"location": LEEFWERELD_DOCUMENTS_ROOT, "base_url": None,
                 "file_permissions_mode": 0o600, "directory_permissions_mode": 0o700}}
)
LEEFWERELD_DOCUMENTS_MAX_BYTES = env_int("LEEFWERELD_DOCUMENTS_MAX_BYTES", 10 * 1024 * 1024, minimum=1)
# What may be uploaded, as MIME types found in the content (filetype): PDF, photos and office documents.
LEEFWERELD_DOCUMENTS_TYPES = env_list("LEEFWERELD_DOCUMENTS_TYPES", ",".join([
    "application/pdf", "image/jpeg", "image/png", "image/heic",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"]))
# Retention per category when the administrator has set none on the category (years after the file closes).
LEEFWERELD_DOCUMENTS_RETENTION_YEARS = env_int("LEEFWERELD_DOCUMENTS_RETENTION_YEARS", 15, minimum=1)
# Inzage (AVG art. 15) of a file with more rows than this is made in the background (ADR 0037).
LEEFWERELD_INZAGE_BACKGROUND_ROWS = env_int("LEEFWERELD_INZAGE_BACKGROUND_ROWS", 500)
