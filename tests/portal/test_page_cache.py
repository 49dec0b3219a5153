"""Whole-page caching for anonymous readers, and exactly which changes make which pages stale."""

import datetime
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from django.test import Client

import pytest

from blog.models import Comment
from guides.models import Condition
from tests.blog.factories import AuthorFactory, make_post
from tests.guides.conftest import make_guide


def state(client, url):
    response = client.get(url)
    return response.status_code, response.get("X-Page-Cache")


@pytest.fixture
def site(guide_index, blog_index, home_page):
    author = AuthorFactory(name="Sam")
    guide = make_guide(guide_index, "Baclofen")
    other_guide = make_guide(guide_index, "Diazepam")
    post = make_post(
        blog_index, authors=[author], slug="post", title="Post", date=datetime.date.today()
    )
    other_post = make_post(blog_index, slug="other", title="Other", date=datetime.date.today())
    urls = [
        "/",
        "/medicines/",
        "/medicines/baclofen/",
        "/medicines/diazepam/",
        "/blog/",
        "/blog/post/",
        "/blog/other/",
        "/blog/feed/rss/",
    ]
    client = Client()
    for url in urls:
        assert state(client, url) == (200, "miss"), url
        assert state(client, url) == (200, "hit"), url
    return {
        "guide": guide,
        "other_guide": other_guide,
        "post": post,
        "other_post": other_post,
        "author": author,
        "client": client,
    }


def misses(client, urls):
    return {url for url in urls if client.get(url).get("X-Page-Cache") == "miss"}


ALL = [
    "/",
    "/medicines/",
    "/medicines/baclofen/",
    "/medicines/diazepam/",
    "/blog/",
    "/blog/post/",
    "/blog/other/",
    "/blog/feed/rss/",
]


def test_a_cached_page_costs_no_query(site, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = site["client"].get("/medicines/baclofen/")
    assert response["X-Page-Cache"] == "hit"
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    assert response["ETag"]


def test_conditional_get_answers_304(site):
    etag = site["client"].get("/medicines/").headers["ETag"]
    assert site["client"].get("/medicines/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_publishing_a_guide_refreshes_guides_only(site):
    guide = site["guide"]
    guide.summary = "A fresher summary."
    guide.save_revision().publish()
    assert misses(site["client"], ALL) == {
        "/medicines/",
        "/medicines/baclofen/",
        "/medicines/diazepam/",
        "/blog/post/",
        "/blog/other/",
    }
    assert "A fresher summary." in site["client"].get("/medicines/baclofen/").text


def test_publishing_a_post_refreshes_listings_posts_and_guides(site):
    post = site["post"]
    post.title = "Renamed post"
    post.save_revision().publish()
    assert misses(site["client"], ALL) == set(ALL) - {"/medicines/"}
    assert "Renamed post" in site["client"].get("/blog/").text


def test_unpublishing_and_deleting_take_pages_away(site):
    site["other_post"].unpublish()
    assert site["client"].get("/blog/other/").status_code == 404
    assert "/blog/other/" not in site["client"].get("/blog/").text
    site["other_guide"].delete()
    assert site["client"].get("/medicines/diazepam/").status_code == 404
    assert "Diazepam" not in site["client"].get("/medicines/").text


def test_moving_a_page_refreshes_everything(site, blog_index):
    site["other_post"].move(blog_index, pos="first-child")
    assert misses(site["client"], ["/", "/medicines/", "/blog/"]) == {"/", "/medicines/", "/blog/"}


def test_approving_a_comment_refreshes_its_post_only(site):
    comment = Comment.objects.create(post=site["post"], name="Ana", body="Kind words")
    assert misses(site["client"], ALL) == {"/blog/post/"}
    comment.status = Comment.APPROVED
    comment.save()
    assert misses(site["client"], ALL) == {"/blog/post/"}
    assert "Kind words" in site["client"].get("/blog/post/").text
    comment.status = Comment.REMOVED
    comment.save()
    assert "Kind words" not in site["client"].get("/blog/post/").text


def test_changing_an_author_or_a_condition_refreshes_the_pages_showing_it(site):
    author = site["author"]
    author.name = "Samira"
    author.save()
    assert misses(site["client"], ["/blog/post/", "/blog/", "/medicines/"]) == {
        "/blog/post/",
        "/blog/",
    }
    assert "Samira" in site["client"].get("/blog/post/").text
    Condition.objects.create(name="Stroke", slug="stroke")
    assert misses(site["client"], ["/medicines/", "/blog/"]) == {"/medicines/"}


def test_logged_in_staff_never_get_or_make_cached_pages(site, editor):
    staff = Client()
    staff.force_login(editor)
    response = staff.get("/medicines/baclofen/")
    assert response.get("X-Page-Cache") is None
    assert "private" in response["Cache-Control"]


def test_unusual_query_strings_are_not_cached(site):
    assert site["client"].get("/blog/?utm_source=x").get("X-Page-Cache") is None
    assert state(site["client"], "/blog/?page=1") == (200, "miss")


def test_cached_forms_get_each_reader_their_own_csrf_token_and_timestamp(site):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    pages = [reader.get("/blog/post/") for reader in (first, second)]
    tokens = [
        re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', p.text).group(1) for p in pages
    ]
    issued = [re.search(r'name="issued" value="([^"]+)"', p.text).group(1) for p in pages]
    assert pages[1]["X-Page-Cache"] == "hit"
    assert tokens[0] != tokens[1] and issued[0] != issued[1]
    assert "portal:fresh-form-fields" not in pages[1].text
    data = {"name": "Ana", "body": "Hello", "website": "", "issued": issued[1]}
    # The other reader's token does not pass with this reader's cookie; their own does.
    assert second.post(
        "/blog/post/comment/", data | {"csrfmiddlewaretoken": tokens[0]}
    ).status_code in (302, 403)
    assert (
        second.post("/blog/post/comment/", data | {"csrfmiddlewaretoken": tokens[1]}).status_code
        == 302
    )


def test_page_cache_can_be_switched_off(site, settings):
    settings.PORTAL_PAGE_CACHE = False
    assert site["client"].get("/medicines/").get("X-Page-Cache") is None


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_pages_are_served_when_redis_is_down(guide_index, settings):
    make_guide(guide_index, "Baclofen")
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.1,
                "SOCKET_TIMEOUT": 0.1,
            },
        }
    }
    for url in ("/medicines/baclofen/", "/medicines/baclofen/", "/medicines/"):
        response = Client().get(url)
        assert response.status_code == 200
        assert response.get("X-Page-Cache") in (None, "miss")


def test_pages_are_cached_in_real_redis(guide_index, settings):
    import redis

    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=0.5).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/9",
            "KEY_PREFIX": "portal-test",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    from django.core.cache import cache

    cache.clear()
    guide = make_guide(guide_index, "Baclofen")
    client = Client()
    assert state(client, "/medicines/baclofen/") == (200, "miss")
    assert state(client, "/medicines/baclofen/") == (200, "hit")
    guide.summary = "Changed in Redis."
    guide.save_revision().publish()
    assert "Changed in Redis." in client.get("/medicines/baclofen/").text
    cache.clear()


class PurgeRecorder(BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        PurgeRecorder.received.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purges(settings):
    """A local HTTP server standing in for Varnish: the paths Wagtail sends PURGE for."""
    server = HTTPServer(("127.0.0.1", 0), PurgeRecorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    PurgeRecorder.received = []
    yield PurgeRecorder.received
    server.shutdown()


def test_publishing_purges_the_reverse_proxy(guide_index, purges):
    guide = make_guide(guide_index, "Baclofen")
    guide.save_revision().publish()
    assert "/medicines/baclofen/" in purges
    assert "/medicines/" in purges


def test_moderating_a_comment_purges_its_post_from_the_reverse_proxy(blog_index, purges):
    post = make_post(blog_index, slug="post", date=datetime.date.today())
    purges.clear()
    Comment.objects.create(post=post, name="Ana", body="Hi", status=Comment.APPROVED)
    assert purges == ["/blog/post/"]


def test_the_etag_stored_with_a_page_matches_the_bytes_served(site):
    import hashlib

    from django.utils.cache import quote_etag

    for url in ("/medicines/baclofen/", "/blog/post/"):
        for reader in (site["client"], Client()):
            response = reader.get(url)
            digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
            if url == "/medicines/baclofen/":
                # No per-reader fields: the ETag is the hash of exactly these bytes.
                assert response["ETag"] == quote_etag(digest)
            else:
                # The comment form's fields differ per reader, and so does the ETag.
                assert response["ETag"] != reader.get(url)["ETag"]
