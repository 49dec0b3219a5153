"""Settings modules are loaded in a fresh interpreter, as a server would load them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
STRONG_KEY = "k9#Qv2$Lr7!pX4&mZ8^wT1*bN6(cY3)hJ5_dF0+gS2=aE7-uR9~oI4|yK8"
# What a production server is given; its Redis database is one no other test uses.
PRODUCTION = {
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "medicines.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/13",
}


def run(code, settings_module, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "REDIS_URL",
            "DEBUG",
            "EMAIL_URL",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    environment.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


LOAD = "import django; django.setup(); from django.conf import settings; print(settings.{})"


def manage(*args, **env):
    code = f"import sys; sys.argv = ['manage.py', *{list(args)!r}]; exec(open('manage.py').read())"
    return run(code, "portal.settings.production", **env)


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    env = dict(PRODUCTION)
    del env[missing]
    result = run(LOAD.format("DEBUG"), "portal.settings.production", **env)
    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_loads_with_its_environment():
    result = run(
        LOAD.format("ALLOWED_HOSTS"),
        "portal.settings.production",
        **PRODUCTION | {"ALLOWED_HOSTS": "medicines.example.org, www.medicines.example.org"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['medicines.example.org', 'www.medicines.example.org']"


def test_the_wsgi_entry_point_freezes_what_it_loaded_out_of_the_collectors_way():
    result = run(
        "import gc; import portal.wsgi; print(gc.get_freeze_count())",
        "portal.settings.production",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip().splitlines()[-1]) > 50_000  # Django, Wagtail, the apps


def test_production_passes_the_deploy_check():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_deploy_check_catches_a_weak_key():
    # Proves the check above can fail: a short key is a deploy warning.
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        **PRODUCTION | {"SECRET_KEY": "short"},
    )
    assert result.returncode != 0
    assert "security.W009" in result.stdout + result.stderr


def test_production_serves_hashed_compressed_static_files():
    result = run(
        LOAD.format('STORAGES["staticfiles"]["BACKEND"]'),
        "portal.settings.production",
        **PRODUCTION,
    )
    assert result.stdout.strip() == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_database_defaults_to_sqlite_under_var():
    env = {"DATABASE_URL": ""}
    result = run(LOAD.format('DATABASES["default"]["NAME"]'), "portal.settings.dev", **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(BASE_DIR / "var" / "portal.sqlite3")


def test_database_url_is_honoured():
    result = run(
        LOAD.format('DATABASES["default"]["ENGINE"]'),
        "portal.settings.dev",
        DATABASE_URL="postgres://someone@db.internal:5432/portal",
    )
    assert result.stdout.strip() == "django.db.backends.postgresql"


def test_redis_url_selects_the_redis_cache():
    code = LOAD.format('CACHES["default"]["BACKEND"]')
    with_redis = run(code, "portal.settings.dev", REDIS_URL="redis://127.0.0.1:6379/1")
    without = run(code, "portal.settings.dev")
    assert with_redis.stdout.strip() == "django_redis.cache.RedisCache"
    assert without.stdout.strip() == "django.core.cache.backends.filebased.FileBasedCache"


def test_without_redis_every_local_process_shares_one_cache_folder_per_database():
    code = LOAD.format('CACHES["default"]["LOCATION"]')
    sqlite = run(code, "portal.settings.dev", DATABASE_URL="")
    other = run(code, "portal.settings.dev", DATABASE_URL="postgres://someone@db:5432/portal_x")
    assert sqlite.stdout.strip() == str(BASE_DIR / "var" / "cache" / "portal")
    assert other.stdout.strip() == str(BASE_DIR / "var" / "cache" / "portal_x")


def test_production_refuses_the_page_cache_without_a_shared_cache():
    without_redis = {key: value for key, value in PRODUCTION.items() if key != "REDIS_URL"}
    refused = run(LOAD.format("DEBUG"), "portal.settings.production", **without_redis)
    assert refused.returncode != 0
    assert "ImproperlyConfigured" in refused.stderr
    assert "needs a cache that every server process shares: set REDIS_URL" in refused.stderr
    cache_off = run(
        LOAD.format("DEBUG"), "portal.settings.production", PORTAL_PAGE_CACHE="off", **without_redis
    )
    assert cache_off.returncode == 0, cache_off.stderr


def test_the_deploy_check_fails_a_page_cache_that_processes_do_not_share():
    code = (
        "import sys; sys.argv = ['manage.py', 'check', '--deploy', '--tag', 'caches'];"
        " exec(open('manage.py').read())"
    )
    local = run(code, "portal.settings.dev", DATABASE_URL="")
    assert local.returncode != 0
    assert "portal.E010" in local.stderr and "Set REDIS_URL" in local.stderr
    shared = run(code, "portal.settings.dev", DATABASE_URL="", REDIS_URL=PRODUCTION["REDIS_URL"])
    assert shared.returncode == 0, shared.stderr


def test_email_url_configures_smtp_and_dev_defaults_to_console():
    code = LOAD.format("EMAIL_BACKEND, settings.EMAIL_HOST")
    smtp = run(code, "portal.settings.dev", EMAIL_URL="smtp://mailer.example.org:587/?tls=True")
    console = run(code, "portal.settings.dev")
    assert smtp.stdout.split()[0] == "django.core.mail.backends.smtp.EmailBackend"
    assert "mailer.example.org" in smtp.stdout
    assert console.stdout.split()[0] == "django.core.mail.backends.console.EmailBackend"


def test_test_settings_ignore_cache_switches_left_in_the_environment():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.PORTAL_PAGE_CACHE, settings.WAGTAILFRONTENDCACHE)"
    )
    result = run(
        code,
        "portal.settings.test",
        PORTAL_PAGE_CACHE="off",
        FRONTEND_CACHE_URL="http://127.0.0.1:6081",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "{}"]


def test_test_settings_refuse_sqlite():
    result = run(LOAD.format("DEBUG"), "portal.settings.test", DATABASE_URL="sqlite:///tmp/x.db")
    assert result.returncode != 0
    assert "The tests run on PostgreSQL" in result.stderr


def test_collectstatic_writes_hashed_compressed_files(tmp_path):
    result = manage(
        "collectstatic",
        "--noinput",
        "-v0",
        **PRODUCTION,
        STATIC_ROOT=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    css = tmp_path / "portal" / "css"
    hashed = [p.name for p in css.glob("site.*.css")]
    assert len(hashed) == 1 and len(hashed[0].split(".")[1]) == 12
    assert (css / f"{hashed[0]}.gz").exists()
    assert hashed[0] in (tmp_path / "staticfiles.json").read_text()


def test_production_static_files_get_far_future_cache_headers(tmp_path):
    code = (
        "import django; django.setup()\n"
        "from django.core.management import call_command\n"
        "from django.templatetags.static import static\n"
        "from django.test import Client\n"
        "call_command('collectstatic', '--noinput', '-v0')\n"
        "url = static('portal/css/site.css')\n"
        "response = Client().get(url, HTTP_HOST='medicines.example.org', secure=True)\n"
        "print(url, response.status_code, response['Cache-Control'])\n"
    )
    result = run(
        code,
        "portal.settings.production",
        **PRODUCTION,
        STATIC_ROOT=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    url, status, cache_control = result.stdout.split(" ", 2)
    assert url.startswith("/static/portal/css/site.") and url != "/static/portal/css/site.css"
    assert status == "200"
    assert "immutable" in cache_control and "max-age=315360000" in cache_control


@pytest.mark.parametrize(
    ("value", "expected"), [("off", "False"), ("no", "False"), ("0", "False"), ("on", "True")]
)
def test_every_boolean_setting_reads_yes_and_no_alike(value, expected):
    # PORTAL_PAGE_CACHE=no once meant "on": only off, 0 and false turned it off.
    result = run(LOAD.format("PORTAL_PAGE_CACHE"), "portal.settings.dev", PORTAL_PAGE_CACHE=value)
    assert result.stdout.strip() == expected, result.stderr


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("PORTAL_PAGE_CACHE", "maybe"),
        ("DEBUG", "sometimes"),
        ("SECURE_SSL_REDIRECT", "perhaps"),
        ("PORTAL_PAGE_CACHE_LOCAL_MB", "lots"),
        ("SECURE_HSTS_SECONDS", "a year"),
    ],
)
def test_an_invalid_value_stops_production_with_its_name(name, value):
    result = run(LOAD.format("DEBUG"), "portal.settings.production", **PRODUCTION, **{name: value})
    assert result.returncode != 0
    # The error itself names the variable, not only a line of the traceback.
    assert name in result.stderr.strip().splitlines()[-1]
