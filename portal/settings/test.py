"""The pytest suite. It runs on PostgreSQL only: a silent SQLite fallback would hide real bugs."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":  # noqa: F405
    raise ImproperlyConfigured(
        "The tests run on PostgreSQL: set DATABASE_URL=postgres://… or use `make test`, "
        "which finds or starts a PostgreSQL server."
    )

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-any-real-deployment-0123456789"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run where they are enqueued, so a test sees their effect at once. A test that starts the
# real worker in a process of its own sets PORTAL_TEST_TASK_WORKER for it: the site's backend.
if not env.bool("PORTAL_TEST_TASK_WORKER", False):  # noqa: F405
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
# Serve static files from the apps, as in development; nothing is collected before the tests.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# The suite tests the code, not the shell it runs from: a PORTAL_PAGE_CACHE=off or a
# FRONTEND_CACHE_URL left exported after profiling or a load test must not change what runs.
PORTAL_PAGE_CACHE = True
PORTAL_PAGE_CACHE_LOCAL_BYTES = 32 * 2**20
FRONTEND_CACHE_URL = ""
WAGTAILFRONTENDCACHE = {}
