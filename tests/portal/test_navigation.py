"""The cached top level (portal/navigation.py): a page view skips Wagtail's walk from the Site to
the page, and every change that could make the cached walk wrong refreshes it."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

import pytest

from tests.guides.conftest import make_guide


@pytest.fixture
def guide(guide_index):
    return make_guide(guide_index, "Baclofen")


def tables_read(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, " ".join(q["sql"] for q in queries)


def test_a_guide_costs_no_site_or_section_query_once_the_top_level_is_cached(guide, no_page_cache):
    client = Client()
    client.get("/medicines/baclofen/")
    response, sql = tables_read(client, "/medicines/baclofen/")
    assert response.status_code == 200
    assert "wagtailcore_site" not in sql
    assert "guides_guideindexpage" not in sql
    assert "portal_homepage" not in sql


def test_publishing_a_section_page_shows_its_new_title(guide, guide_index, no_page_cache):
    client = Client()
    assert "Medicines A to Z" not in client.get("/medicines/").text
    guide_index.title = "Medicines A to Z"
    guide_index.save_revision().publish()
    assert "Medicines A to Z" in client.get("/medicines/").text


def test_a_changed_site_is_used_on_the_next_request(guide, no_page_cache, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "medicines.example.org"]
    client = Client()
    assert client.get("/medicines/baclofen/").status_code == 200
    site = Site.objects.get()
    site.hostname, site.is_default_site = "medicines.example.org", False
    site.save()
    # No site answers for this host any more: Wagtail's own rule gives a 404.
    assert client.get("/medicines/baclofen/").status_code == 404
    assert client.get("/medicines/baclofen/", HTTP_HOST="medicines.example.org").status_code == 200


def test_an_unpublished_section_is_no_longer_served(guide, guide_index, no_page_cache):
    client = Client()
    assert client.get("/medicines/baclofen/").status_code == 200
    assert client.get("/medicines/").status_code == 200
    guide_index.unpublish()
    assert client.get("/medicines/").status_code == 404


def test_health_checks_do_not_wait_for_the_page_tree(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert Client().get("/healthz").status_code == 200
