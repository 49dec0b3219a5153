"""Production: every secret and host comes from the environment, and a missing one stops start-up."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env


def required(name):
    value = env.str(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


DEBUG = env.bool("DEBUG", False)
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required("ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = env.names("CSRF_TRUSTED_ORIGINS", [])

# Hashed, compressed static files, served by WhiteNoise with far-future expiry.
STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405

# HTTPS everywhere. A TLS-terminating proxy in front must set X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# Wagtail's preview opts into SAMEORIGIN on its own views, so everything else can refuse framing.
X_FRAME_OPTIONS = "DENY"

# The page cache keeps whole pages: every server process must read and invalidate the same
# copies, or a process that did not see a page withdrawn goes on serving it (portal/serving/cache.py).
if PORTAL_PAGE_CACHE and not REDIS_URL:  # noqa: F405
    raise ImproperlyConfigured(
        "The page cache (PORTAL_PAGE_CACHE, on by default) needs a cache that every server "
        "process shares: set REDIS_URL, or set PORTAL_PAGE_CACHE=off."
    )
