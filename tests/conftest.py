from wagtail.models import Page, Site

import pytest

from tests.blog.factories import BlogIndexPageFactory
from tests.guides.factories import GuideIndexPageFactory
from tests.portal.factories import HomePageFactory


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
