"""Local development: `make run`. DEBUG on by default, console email, any local host."""

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = env_bool("DEBUG", default=True)
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-3f9c2a7e1b5d4c8a9e6f0b2d7a1c4e8f")  # noqa: F405
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
