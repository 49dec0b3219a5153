from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision, Site

import pytest

from portal.models import HomePage

DEMO_USERNAMES = {"admin", "editor", "pharmacist", "moderator"}


def load_demo():
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(db, settings):
    settings.DEBUG = True  # demo accounts are only made with DEBUG on
    return load_demo()


def test_running_twice_changes_nothing(demo):
    counts = (Page.objects.count(), Revision.objects.count(), get_user_model().objects.count())
    load_demo()
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        get_user_model().objects.count(),
    ) == counts
    assert HomePage.objects.count() == 1
    assert set(get_user_model().objects.values_list("username", flat=True)) == DEMO_USERNAMES


def test_site_root_is_the_home_page(demo):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.get_children().filter(content_type__model="page").count() == 0


def test_every_live_page_answers_200(demo, client):
    pages = Page.objects.live().filter(depth__gt=1)
    assert pages.count() >= 6
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url


@pytest.mark.parametrize(
    "path, text",
    [
        ("/", "Medicines explained"),
        ("/medicines/", "Baclofen"),
        ("/medicines/baclofen/", "do not stop taking baclofen suddenly"),
        ("/blog/", "Read more"),
        ("/blog/baclofen-for-pudendal-neuralgia/", "pudendal nerve"),
        ("/privacy/", "Comments"),
    ],
)
def test_demo_addresses(demo, client, path, text):
    response = client.get(path)
    assert response.status_code == 200
    assert text in response.text


def test_post_links_to_the_guide(demo, client):
    response = client.get("/blog/baclofen-for-pudendal-neuralgia/")
    assert 'href="/medicines/baclofen/"' in response.text


def test_output_lists_urls_and_logins(demo):
    assert "http://127.0.0.1:8000/admin/" in demo
    for username in DEMO_USERNAMES:
        assert f"demo-{username}" in demo


def test_no_demo_accounts_without_debug(db, settings):
    settings.DEBUG = False
    output = load_demo()
    assert not get_user_model().objects.exists()
    assert "demo-admin" not in output
    assert HomePage.objects.count() == 1


def test_make_run_on_another_port_moves_the_site_there(demo, client, settings):
    # make run PORT=8123 after an earlier make run: the links readers follow must answer.
    call_command("load_demo_content", "--base-url", "http://127.0.0.1:8123", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
    sitemap = client.get("/sitemap.xml").text
    assert "http://127.0.0.1:8123/medicines/baclofen/" in sitemap
    assert ":8000/" not in sitemap

    settings.DEBUG = False  # a real site's address is its own, not the demo command's
    call_command("load_demo_content", "--base-url", "http://127.0.0.1:9999", stdout=StringIO())
    assert Site.objects.get(is_default_site=True).port == 8123
