"""Settings shared by every environment. No secrets and no DEBUG here: see dev/production/test."""

import ipaddress
from pathlib import Path

import dj_database_url
import dj_email_url
from environs import Env

PORTAL_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PORTAL_DIR.parent
VAR_DIR = BASE_DIR / "var"


# Every setting read from the environment goes through this schema: one reading of yes and no
# (1/0, true/false, yes/no, on/off, any case), comma-separated lists, and an error naming the
# variable for a value it cannot read, such as PORTAL_PAGE_CACHE=maybe.
env = Env(eager=True)


@env.parser_for("names")
def comma_separated_names(value):
    """Hosts, origins or networks, comma-separated, spaces around each ignored."""
    items = value.split(",") if isinstance(value, str) else value  # a default is a list already
    return [item.strip() for item in items if item.strip()]


INSTALLED_APPS = [
    "portal",
    "guides",
    "blog",
    "wagtail.api.v2",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "django_tasks_db",
]

MIDDLEWARE = [
    "portal.limits.headers.DropNulFromHeadersMiddleware",
    "portal.ops.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    # WhiteNoise sits right after SecurityMiddleware so static files skip the rest of the stack.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Inside the CSRF and auth middleware: it needs to know who is logged in, and a cached page
    # still gets a fresh CSRF cookie and token on the way out.
    "portal.serving.middleware.PageCacheMiddleware",
    # After the page cache, so that a cached page needs no Site at all.
    "portal.serving.middleware.SiteMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out account or address is refused before its password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Admin logins: five failures from one client address lock that address out for an hour. Never
# the account itself: anyone who knows a username could then lock its owner out from anywhere.
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_TEMPLATE = "portal/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# The address behind our own proxies (portal/limits/client_address.py), as every other limit uses it.
AXES_CLIENT_IP_CALLABLE = "portal.limits.client_address.client_address"

# The proxies in front of the app (addresses or CIDRs, comma-separated), whose X-Forwarded-For
# entries are believed: docs/deploy.md. Empty by default: a portal reached directly ignores the
# header, so nobody can choose the address their requests are counted under. A bad entry
# stops start-up here rather than failing requests later.
PORTAL_TRUSTED_PROXIES = env.names("PORTAL_TRUSTED_PROXIES", [])
for _proxy in PORTAL_TRUSTED_PROXIES:
    ipaddress.ip_network(_proxy, strict=False)

# Security headers for every response (production adds HTTPS-only cookies and HSTS).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}
CONTENT_SECURITY_POLICY = {
    # The Wagtail admin (and its page previews) has its own scripts; public pages have none inline.
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        # Inline style attributes only (Wagtail's editing userbar uses them); never inline scripts.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# Uploads: raster images only (no SVG, which can carry scripts), at most 10 MB.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# A picture that readers see is replaced through review (portal/review/images.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.review.images.ReviewedImageForm"

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PORTAL_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# The embedded SQLite file keeps `make run` free of services; every other place sets DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        env.str("DATABASE_URL", "") or f"sqlite:///{VAR_DIR / 'portal.sqlite3'}",
        conn_max_age=600,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Server-side parameters let psycopg prepare the statements a connection repeats: a page
    # view's queries were planned afresh each time, and planning cost PostgreSQL more than
    # running them (1.4 of 2 ms for a guide). Needs PgBouncer, if any, in session mode.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True, prepare_threshold=2
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Readers and writers at once without "database is locked": write-ahead logging lets reads
    # go on beside a write; IMMEDIATE takes the write lock when a transaction starts, so two
    # writers queue instead of one failing at once; and a writer waits up to 30 s for its turn.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE",
        timeout=30,
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis in production; a cache on disk that all local processes share when no Redis is set.
REDIS_URL = env.str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": {
                # Redis down means cache misses, not errors: pages come from the database.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
            },
        }
    }
else:
    # Without Redis, files under var/cache/: every process on this machine (the server, a
    # management command, each gunicorn worker) sees the same cache, so a page withdrawn in one
    # is withdrawn in all. One folder per database, so two databases never share pages.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache" / Path(str(DATABASES["default"]["NAME"])).stem,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# Background work (django-tasks) is stored in the site's own database and run by
# `manage.py db_worker`, which `make run` and `make serve` start beside the web server: a mail
# server that is slow or down never holds up the reader whose comment raised an alert.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# EMAIL_URL such as smtp://user:pass@host:587/?tls=True; the console unless configured.
EMAIL_URL = env.str("EMAIL_URL", "") or "console://"
globals().update(dj_email_url.parse(EMAIL_URL))  # EMAIL_BACKEND, EMAIL_HOST, …
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", "Medicines portal <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", "") or VAR_DIR / "static")
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", "") or VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex page forms in the Wagtail editor post more than Django's default 1,000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGIN_URL = "wagtailadmin_login"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "portal.ops.logging.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "portal.request": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "Medicines Explained"
# Links in emails point where the site is served: `make run` exports its HOST and PORT.
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", "") or "http://{}:{}".format(
    env.str("HOST", "127.0.0.1"), env.int("PORT", 8000)
)
# Staff avatars are initials, not Gravatar images: those send a hash of each staff email to a
# third party on every admin page.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Wagtail's database backend, its SQLite query made safe for any text (portal/search/backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "portal.search.backend"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "csv"]
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 50

REST_FRAMEWORK = {
    # The public API is read-only and anonymous; no browsable API or session writes.
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# Pharmacist review: the workflow's end publishes the approved revision (portal/review/), and
# any edit after approval needs approving again.
WAGTAIL_FINISH_WORKFLOW_ACTION = "portal.review.finish.publish_approved_revision"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# No autosave: a revision must be a deliberate save. Autosave would record a pharmacist who only
# opened a submitted page as one of its editors (barring them from approving it), and can race
# a new page's first save against "Submit".
WAGTAIL_AUTOSAVE_INTERVAL = 0

# Reader comments
PORTAL_COMMENT_MAX_LENGTH = 2000
PORTAL_COMMENT_MIN_SECONDS = 3  # faster than a person can read the form: a bot
PORTAL_COMMENT_MAX_AGE_SECONDS = 6 * 60 * 60  # an old form replayed: probably a bot
PORTAL_COMMENT_RATE_LIMIT = 5  # comments an hour per client address (never per typed email)
PORTAL_COMMENTS_CLOSE_AFTER_DAYS = 90
PORTAL_COMMENT_METADATA_DAYS = 90  # then the address hash and browser string are deleted

# Whole-page cache for anonymous readers (portal/serving/cache.py); PORTAL_PAGE_CACHE=off disables it.
PORTAL_PAGE_CACHE = env.bool("PORTAL_PAGE_CACHE", True)
# Each app process keeps local copies of the pages it serves most (portal/serving/cache.py), up to this.
PORTAL_PAGE_CACHE_LOCAL_BYTES = env.int("PORTAL_PAGE_CACHE_LOCAL_MB", 32) * 2**20
PORTAL_BROWSER_CACHE_SECONDS = 60
PORTAL_SHARED_CACHE_SECONDS = 60 * 60 * 24  # reverse proxies keep pages until the app purges them

# Wagtail purges the reverse-proxy cache (Varnish, see docs/deploy.md) when FRONTEND_CACHE_URL is set.
FRONTEND_CACHE_URL = env.str("FRONTEND_CACHE_URL", "")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
