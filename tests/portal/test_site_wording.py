"""The site-wide words readers act on (site name, disclaimer, emergency numbers, crisis
signposting) are content: editors change them, and readers see a change only once a
pharmacist approves it, on every page at once."""

from django.test import Client

import pytest

from portal.models import SiteWording
from tests.admin_forms import save_snippet, snippet_action_url
from tests.blog.factories import make_post
from tests.guides.conftest import make_guide

NEW_NUMBER = "In an emergency, call 000."


def as_user(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def pages(guide_index, blog_index):
    return [
        "/",
        make_guide(guide_index, "Baclofen").url,
        make_post(blog_index, slug="on-pain", title="On pain").url,
        "/search/?q=baclofen",
    ]


@pytest.fixture
def wording(db):
    # Made by the migration, as on every database.
    return SiteWording.objects.get()


def test_every_page_shows_the_approved_wording(client, pages, wording):
    for url in pages:
        html = client.get(url).text
        assert wording.emergency in html and wording.disclaimer_lead in html, url
        assert f"| {wording.site_name}</title>" in html


def test_an_editors_change_waits_for_a_pharmacist_then_reaches_every_page(
    client, pages, wording, editor, pharmacist
):
    for url in pages:
        client.get(url)  # cached, as readers had them
    writer = as_user(editor)
    save_snippet(writer, wording, emergency=NEW_NUMBER)
    save_snippet(writer, wording, action="publish", emergency=NEW_NUMBER)
    assert all(NEW_NUMBER not in client.get(url).text for url in pages)

    save_snippet(writer, wording, action="submit", emergency=NEW_NUMBER)
    assert all(NEW_NUMBER not in client.get(url).text for url in pages)
    assert as_user(pharmacist).post(snippet_action_url(wording, "approve")).status_code == 302
    for url in pages:
        assert NEW_NUMBER in client.get(url).text, url


def test_the_crisis_signposting_is_the_approved_wording(client, blog_index, wording):
    post = make_post(blog_index, slug="on-pain", title="On pain")
    html = client.get(f"{post.url}?comment=crisis").text
    assert wording.crisis_heading in html
    for step in wording.crisis_step_list:
        assert f"<li>{step}</li>" in html


def test_there_is_one_wording_and_no_second(client, wording, editor, superuser):
    for user in (editor, superuser):
        response = as_user(user).get("/admin/snippets/portal/sitewording/add/")
        assert response.status_code == 302
        assert response["Location"].endswith(f"/edit/{wording.pk}/")


def test_moderators_cannot_change_the_wording(wording, moderator):
    response = as_user(moderator).get(f"/admin/snippets/portal/sitewording/edit/{wording.pk}/")
    assert response.status_code in (302, 403)
