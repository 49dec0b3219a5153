"""One client address for every limit and log, read through the configured trusted proxies only.

Through Django's test client, REMOTE_ADDR is the last hop and X-Forwarded-For what the hops
before it appended; tests/portal/test_proxy.py does the same with a real nginx in front."""

import datetime
import logging
from pathlib import Path

from django.test import Client, RequestFactory

import pytest

from blog.models import Comment
from portal.limits.client_address import client_address
from portal.limits.ratelimit import address_hash
from tests.blog.factories import make_post
from tests.blog.forms import comment_form

VARNISH, BALANCER = "10.0.0.5", "10.0.1.7"


def address(remote, forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_address(RequestFactory().get("/", **meta))


def test_with_no_trusted_proxy_the_header_is_ignored(settings):
    settings.PORTAL_TRUSTED_PROXIES = []
    assert address("203.0.113.9", "198.51.100.1") == "203.0.113.9"


@pytest.mark.parametrize(
    "remote, forwarded, expected",
    [
        # Load balancer → Varnish → app: each hop appends the address it was reached from.
        (VARNISH, f"203.0.113.9, {BALANCER}", "203.0.113.9"),
        # A client's own X-Forwarded-For stays to the left of what our proxies append.
        (VARNISH, f"1.2.3.4, 203.0.113.9, {BALANCER}", "203.0.113.9"),
        (VARNISH, f"{BALANCER}, 203.0.113.9, {BALANCER}", "203.0.113.9"),
        # Straight to the app from outside the proxies: the header is the client's invention.
        ("203.0.113.9", "1.2.3.4", "203.0.113.9"),
        # Garbage where a trusted hop should have written an address: the last hop we trust.
        (VARNISH, f"junk, {BALANCER}", BALANCER),
        (VARNISH, "", VARNISH),
        # Every hop ours (a health check): the first of them.
        (VARNISH, BALANCER, BALANCER),
        # IPv6 readers, and an IPv4 reader seen through an IPv6 socket.
        (VARNISH, f"2001:db8::1, {BALANCER}", "2001:db8::1"),
        ("::ffff:203.0.113.9", "", "203.0.113.9"),
    ],
)
def test_the_client_is_the_first_address_left_of_our_proxies(settings, remote, forwarded, expected):
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.0/24", f"{BALANCER}/32"]
    assert address(remote, forwarded) == expected


@pytest.fixture
def post(blog_index):
    return make_post(blog_index, slug="post", title="A post", date=datetime.date.today())


def comment(forwarded, body, remote=VARNISH):
    return Client(REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded).post(
        "/blog/post/comment/", comment_form(body=body)
    )


def test_behind_the_proxies_readers_are_limited_one_by_one(post, settings):
    settings.PORTAL_TRUSTED_PROXIES = [VARNISH, BALANCER]
    settings.PORTAL_COMMENT_RATE_LIMIT = 2
    for n in range(6):
        assert comment(f"203.0.113.{n}, {BALANCER}", f"Reader {n}").status_code == 302
    assert comment(f"203.0.113.0, {BALANCER}", "Reader 0 again").status_code == 302
    assert comment(f"203.0.113.0, {BALANCER}", "Reader 0 once more").status_code == 429
    assert Comment.objects.count() == 7
    stored = Comment.objects.get(body="Reader 3")
    assert stored.ip_hash == address_hash("203.0.113.3")


def test_a_spoofed_header_does_not_reset_the_limit_or_dodge_the_blocklist(post, settings):
    settings.PORTAL_TRUSTED_PROXIES = [VARNISH, BALANCER]
    settings.PORTAL_COMMENT_RATE_LIMIT = 2
    for n in range(2):
        assert comment(f"198.51.100.{n}, 203.0.113.9, {BALANCER}", f"Try {n}").status_code == 302
    assert comment(f"198.51.100.7, 203.0.113.9, {BALANCER}", "Try 3").status_code == 429
    assert set(Comment.objects.values_list("ip_hash", flat=True)) == {address_hash("203.0.113.9")}


def test_direct_deployment_cannot_be_spoofed(post, settings):
    settings.PORTAL_TRUSTED_PROXIES = []
    settings.PORTAL_COMMENT_RATE_LIMIT = 1
    assert comment("198.51.100.1", "First", remote="203.0.113.9").status_code == 302
    assert comment("198.51.100.2", "Second", remote="203.0.113.9").status_code == 429


def test_the_request_log_names_the_client_by_a_hash_not_the_address(db, settings, caplog):
    settings.PORTAL_TRUSTED_PROXIES = [VARNISH, BALANCER]
    with caplog.at_level(logging.INFO, logger="portal.request"):
        Client(REMOTE_ADDR=VARNISH, HTTP_X_FORWARDED_FOR=f"203.0.113.9, {BALANCER}").get("/healthz")
    (record,) = [r for r in caplog.records if r.name == "portal.request"]
    assert record.client == address_hash("203.0.113.9")[:16]
    from portal.ops.logging import JsonFormatter

    assert "203.0.113.9" not in JsonFormatter().format(record)


def test_a_bad_trusted_proxy_setting_stops_start_up():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", "import portal.settings.base"],
        env={"PORTAL_TRUSTED_PROXIES": "10.0.0.1,not-an-address", "PATH": "/usr/bin:/bin"},
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "not-an-address" in result.stderr
