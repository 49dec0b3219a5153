"""The cached top level (portal/serving/navigation.py): a page view skips Wagtail's walk from the Site to
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


def test_a_changed_site_changes_the_full_urls_pages_give(guide, no_page_cache, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "medicines.example.org"]
    client = Client()
    assert '"url": "http://localhost/medicines/baclofen/"' in client.get(guide.url).text
    site = Site.objects.get()
    site.hostname, site.port = "medicines.example.org", 443
    site.save()
    html = client.get(guide.url, HTTP_HOST="medicines.example.org").text
    assert '"url": "https://medicines.example.org/medicines/baclofen/"' in html


@pytest.fixture
def shared_cache_reads(monkeypatch):
    """Every read the code makes from the shared cache, one entry per round trip (the local
    memory cache of the tests serves get_many() through get(): only the outer call counts)."""
    from django.core.cache import caches

    reads, inside = [], []
    backend = type(caches["default"])
    for name in ("get", "get_many", "has_key"):
        original = getattr(backend, name)

        def counted(self, *args, _original=original, _name=name, **kwargs):
            if not inside:
                reads.append((_name, args[0] if args else None))
            inside.append(_name)
            try:
                return _original(self, *args, **kwargs)
            finally:
                inside.pop()

        monkeypatch.setattr(backend, name, counted)
    return reads


@pytest.mark.parametrize("url", ["/", "/medicines/", "/medicines/baclofen/", "/blog/"])
def test_a_page_view_reads_the_shared_cache_once(
    guide, blog_index, no_page_cache, shared_cache_reads, url
):
    client = Client()
    assert client.get(url).status_code == 200
    shared_cache_reads.clear()
    assert client.get(url).status_code == 200
    assert [name for name, _ in shared_cache_reads] == ["get_many"]
