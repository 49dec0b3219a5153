"""Pages behind a password or a login: never shown, listed or cached for anonymous readers, even
though the check is skipped while no page on the site is restricted (portal/serving/access.py)."""

import datetime

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest
import time_machine

from portal.serving import access
from tests.blog.factories import make_post
from tests.guides.conftest import make_guide


@pytest.fixture
def pages(guide_index, blog_index):
    guide = make_guide(guide_index, "Baclofen")
    post = make_post(blog_index, slug="hidden", title="Hidden post", date=datetime.date.today())
    return guide, post


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )


def restriction_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [q["sql"] for q in queries if "wagtailcore_pageviewrestriction" in q["sql"]]


def test_no_restriction_anywhere_costs_no_query_once_known(pages):
    client = Client()
    client.get("/medicines/baclofen/")  # learns that no page is restricted
    assert restriction_queries(client, "/medicines/baclofen/") == []
    assert restriction_queries(client, "/blog/") == []


def test_a_restriction_added_after_the_flag_was_cached_is_enforced(pages):
    guide, post = pages
    client = Client()
    assert client.get("/medicines/baclofen/").status_code == 200
    assert access.restrictions_exist() is False

    restrict(guide)
    restrict(post)

    response = client.get("/medicines/baclofen/")
    assert b"password" in response.content.lower()
    assert guide.summary.encode() not in response.content
    assert "no-cache" in response["Cache-Control"]
    assert response.get("X-Page-Cache") is None
    assert "/medicines/baclofen/" not in client.get("/medicines/").content.decode()
    blog = client.get("/blog/").content.decode()
    assert "Hidden post" not in blog
    assert "Hidden post" not in client.get("/").content.decode()


def test_removing_the_last_restriction_opens_the_page_again(pages):
    guide, _ = pages
    restriction = restrict(guide)
    client = Client()
    assert guide.summary.encode() not in client.get("/medicines/baclofen/").content
    restriction.delete()
    assert access.restrictions_exist() is False
    assert guide.summary.encode() in client.get("/medicines/baclofen/").content


def test_the_flag_expires_so_a_missed_signal_cannot_hide_a_restriction_for_long(pages):
    guide, _ = pages
    assert access.restrictions_exist() is False
    # Written without signals, as a raw import or another tool writing the table would.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=guide, restriction_type="password", password="secret")]
    )
    assert access.restrictions_exist() is False  # stale until the flag expires
    later = datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(
        seconds=access.FLAG_SECONDS + 1
    )
    with time_machine.travel(later):
        assert access.restrictions_exist() is True
        assert guide.summary.encode() not in Client().get("/medicines/baclofen/").content


def test_links_between_guides_and_posts_skip_restricted_pages(guide_index, blog_index):
    """A restricted page's title and link stay off every public page that relates to it."""
    from blog.models import BlogPostRelatedGuide

    open_guide = make_guide(guide_index, "Baclofen")
    secret_guide = make_guide(
        guide_index,
        "Secretol",
        interactions=[{"interacting_guide": open_guide, "effect": "Drowsy", "advice": "Ask."}],
    )
    make_guide(
        guide_index,
        "Tizanidine",
        interactions=[{"interacting_guide": secret_guide, "effect": "Dizzy", "advice": "Ask."}],
    )
    make_post(
        blog_index,
        slug="secret-post",
        title="Secret post",
        related_guides=[BlogPostRelatedGuide(guide=open_guide)],
    )
    make_post(
        blog_index,
        slug="open-post",
        title="Open post",
        related_guides=[
            BlogPostRelatedGuide(guide=open_guide),
            BlogPostRelatedGuide(guide=secret_guide),
        ],
    )
    client = Client()
    before = client.get("/medicines/baclofen/").content.decode()
    assert "Secretol" in before and "Secret post" in before  # so the checks below can fail

    restrict(secret_guide)
    from blog.models import BlogPostPage

    restrict(BlogPostPage.objects.get(slug="secret-post"))

    baclofen = client.get("/medicines/baclofen/").content.decode()
    assert "Secretol" not in baclofen  # its row naming baclofen is not listed back
    assert "Secret post" not in baclofen
    assert "Open post" in baclofen
    tizanidine = " ".join(client.get("/medicines/tizanidine/").content.decode().split())
    # Tizanidine's own row keeps the name its editor gave it, but links nowhere, in the page
    # and in its structured data.
    assert "<strong>Secretol</strong>: Dizzy." in tizanidine
    assert "/medicines/secretol/" not in tizanidine
    post = client.get("/blog/open-post/").content.decode()
    assert "/medicines/baclofen/" in post
    assert "/medicines/secretol/" not in post
