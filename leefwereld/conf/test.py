"""Test settings: fast password hashing, otherwise the same as production."""
from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DEBUG = False
LANGUAGE_CODE = "nl"

# Documents in a folder of their own per test run, on the real file system storage.
import tempfile  # noqa: E402

LEEFWERELD_DOCUMENTS_ROOT = tempfile.mkdtemp(prefix="leefwereld-documenten-")
LEEFWERELD_DOCUMENTS_STORAGE = {**LEEFWERELD_DOCUMENTS_STORAGE, "OPTIONS": {  # noqa: F405
    **LEEFWERELD_DOCUMENTS_STORAGE["OPTIONS"], "location": LEEFWERELD_DOCUMENTS_ROOT}}  # noqa: F405

# PostgreSQL: the stock backend with a cheaper flush after transactional tests (leefwereld/conf/testdb).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"]["ENGINE"] = "leefwereld.conf.testdb"  # noqa: F405
