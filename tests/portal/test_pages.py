from django.contrib.staticfiles import finders
from django.test import Client

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

import pytest

from blog.models import BlogIndexPage
from guides.models import GuideIndexPage
from portal.models import HomePage, StandardPage
from tests.blog.factories import BlogPostPageFactory
from tests.portal.factories import StandardPageFactory


class TestPageTree(WagtailPageTestCase):
    def test_home_page_holds_the_sections(self):
        self.assertAllowedSubpageTypes(HomePage, {GuideIndexPage, BlogIndexPage, StandardPage})
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_pages_nest_under_home_only(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})


def test_there_is_only_one_home_page():
    assert HomePage.max_count == 1


def test_home_page_links_to_the_sections_and_latest_posts(client, guide_index, blog_index):
    for n in range(4):
        BlogPostPageFactory(parent=blog_index, title=f"Post number {n}")
    response = client.get("/")
    assert response.status_code == 200
    assert 'href="/medicines/"' in response.text
    assert 'href="/blog/"' in response.text
    # The three newest posts, newest first; the oldest is left out.
    assert "Post number 3" in response.text
    assert "Post number 0" not in response.text
    assert response.text.index("Post number 3") < response.text.index("Post number 1")


def test_unpublished_posts_stay_off_the_home_page(client, blog_index):
    BlogPostPageFactory(parent=blog_index, title="Secret draft", live=False)
    assert "Secret draft" not in client.get("/").text


def test_base_template_landmarks_and_disclaimer(client, home_page):
    html = client.get("/").text
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert '<nav class="site-nav" aria-label="Main">' in html
    assert "<header" in html and "<footer" in html
    assert 'lang="en-GB"' in html
    assert "does not replace advice from your doctor or pharmacist" in html
    assert "emergency number" in html
    assert 'href="/privacy/"' in html
    assert 'media="print"' in html
    assert 'name="viewport"' in html


def test_privacy_page_renders(client, home_page):
    StandardPageFactory(parent=home_page, slug="privacy", title="Privacy")
    response = client.get("/privacy/")
    assert response.status_code == 200
    assert "<h1>Privacy</h1>" in response.text


def test_unknown_address_gets_the_site_404(client, home_page):
    response = client.get("/no-such-medicine/")
    assert response.status_code == 404
    assert "We can’t find that page" in response.text
    assert "Skip to main content" in response.text


@pytest.mark.urls("tests.portal.broken_urls")
def test_server_error_shows_the_friendly_500_without_a_trace(db):
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    assert "Sorry, something went wrong on our side" in response.text
    assert "Traceback" not in response.text
    assert "RuntimeError" not in response.text


def test_robots_txt_points_to_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.text
    assert "Sitemap: http://testserver/sitemap.xml" in response.text


def test_sitemap_lists_live_pages_only(client, blog_index):
    BlogPostPageFactory(parent=blog_index, slug="published-post")
    BlogPostPageFactory(parent=blog_index, slug="draft-post", live=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "/blog/published-post/</loc>" in response.text
    assert "draft-post" not in response.text


def test_healthz(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_stylesheets_linked_by_the_base_template_exist():
    assert finders.find("portal/css/site.css")
    assert finders.find("portal/css/print.css")
