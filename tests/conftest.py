from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Page, Site

import pytest

from portal.models import PharmacistProfile
from tests.blog.factories import BlogIndexPageFactory
from tests.guides.factories import GuideIndexPageFactory
from tests.portal.factories import HomePageFactory


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: pages cached by one test must not serve another."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def no_page_cache(settings):
    """For tests that count the queries of rendering a page rather than serving it cached."""
    settings.PORTAL_PAGE_CACHE = False


@pytest.fixture
def home_page(db):
    """A site whose root is a fresh home page, in place of Wagtail's installer page."""
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def guide_index(home_page):
    return GuideIndexPageFactory(parent=home_page)


@pytest.fixture
def blog_index(home_page):
    return BlogIndexPageFactory(parent=home_page)


def make_user(username, group=None, superuser=False, **extra):
    user = get_user_model().objects.create_user(
        username=username,
        password="pw",
        email=f"{username}@example.org",
        first_name=username.title(),
        last_name="Tester",
        is_superuser=superuser,
        is_staff=superuser,
        **extra,
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db):
    return make_user("editor", "Clinical editors")


@pytest.fixture
def pharmacist(db):
    user = make_user("pharma", "Pharmacists")
    PharmacistProfile.objects.create(user=user, credentials="MPharm", registration_number="GPhC 1")
    return user


@pytest.fixture
def second_pharmacist(db):
    user = make_user("pharmb", "Pharmacists")
    PharmacistProfile.objects.create(user=user, credentials="PharmD", registration_number="GPhC 2")
    return user


@pytest.fixture
def moderator(db):
    return make_user("moderator", "Comment moderators")


@pytest.fixture
def superuser(db):
    return make_user("root", superuser=True)


CHROMIUM = "/usr/bin/chromium"
# Chromium as the sandboxed CI runs it: no GPU, no background calls to the closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def chromium():
    """Debian's Chromium driven by Playwright (`make test` installs it; never a download).

    One per test, started after the test database is ready: while Playwright's event loop
    runs, Django hands this thread a different database connection, and a transactional
    test's serialized rollback would silently restore nothing."""
    import os
    import shutil

    if not shutil.which(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures
    # and assertions are still plain synchronous calls.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
            )
            yield browser
            browser.close()
            # Close the connections this test opened inside Playwright's loop context.
            from django.db import connections

            connections.close_all()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def browser_page(chromium):
    """A fresh browser context (own cookies) per test; call it again for a second person."""
    contexts = []

    def open_page(**options):
        context = chromium.new_context(viewport={"width": 1280, "height": 900}, **options)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
