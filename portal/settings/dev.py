"""Local development: `make run`. DEBUG on by default, console email, any local host."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", True)
SECRET_KEY = env.str("SECRET_KEY", "dev-only-not-secret-3f9c2a7e1b5d4c8a9e6f0b2d7a1c4e8f")
ALLOWED_HOSTS = env.names("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
# The development server runs each request in a new thread: a connection kept for reuse would
# stay open, unused, after its thread ends (tens of idle PostgreSQL connections in seconds).
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
