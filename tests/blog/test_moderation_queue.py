"""The comment queue as Wagtail renders it: every row opens its comment, its row menu reaches
each moderation action, and hold reasons read as labels."""

import datetime

import pytest
from bs4 import BeautifulSoup

from blog.models import Comment
from tests.blog.factories import make_post

QUEUE = "/admin/snippets/blog/comment/"
MODERATION_ACTIONS = ["approve", "reject", "spam", "reply", "remove"]


@pytest.fixture
def post(blog_index):
    return make_post(blog_index, slug="post", title="A post", date=datetime.date.today())


@pytest.fixture
def held(post):
    return Comment.objects.create(
        post=post,
        name="Cy",
        body="I want to die and I take 40 mg",
        status=Comment.HELD,
        hold_reasons="crisis personal_details",
    )


def row_for(client, comment):
    soup = BeautifulSoup(client.get(QUEUE).text, "html.parser")
    title = soup.select_one(f"#snippet_{comment.pk}_title")
    assert title is not None, "the comment is not listed"
    return title.find_parent("tr")


def menu_links(row):
    menu = row.select_one("[data-controller~='w-dropdown']")
    assert menu is not None, "the row has no menu"
    return {a.get_text(" ", strip=True): a["href"] for a in menu.select("a[href]")}


def test_each_row_links_to_its_comment_for_moderators(client, held, moderator):
    client.force_login(moderator)
    row = row_for(client, held)
    link = row.select_one(f"#snippet_{held.pk}_title").find_parent("a")
    assert link["href"] == f"/admin/snippets/blog/comment/edit/{held.pk}/"
    assert "I want to die" in link.get_text()


def test_row_menu_offers_each_moderation_action(client, held, moderator):
    client.force_login(moderator)
    row = row_for(client, held)
    assert row.select_one(f"input[data-object-id='{held.pk}']") is not None  # bulk checkbox
    links = menu_links(row)
    expected = {
        "Approve": f"/admin/comments/{held.pk}/approve/",
        "Reject": f"/admin/comments/{held.pk}/reject/",
        "Mark as spam": f"/admin/comments/{held.pk}/spam/",
        "Reply": f"/admin/comments/{held.pk}/reply/",
        "Remove": f"/admin/comments/{held.pk}/remove/",
    }
    for label, url in expected.items():
        assert links.get(label) == url, (label, links)


@pytest.mark.parametrize("action", MODERATION_ACTIONS)
def test_each_row_menu_link_opens_a_working_page(client, held, moderator, action):
    client.force_login(moderator)
    response = client.get(f"/admin/comments/{held.pk}/{action}/")
    assert response.status_code == 200
    assert "I want to die" in response.text


def test_reasons_read_as_labels_not_a_python_list(client, held, moderator):
    client.force_login(moderator)
    row = row_for(client, held)
    assert "['" not in row.get_text() and "[&#x27;" not in str(row)
    labels = [tag.get_text(strip=True) for tag in row.select(".w-status")]
    assert "Crisis language: urgent" in labels
    assert "Personal medical or contact details" in labels


def test_crisis_reason_stands_out(client, held, moderator):
    client.force_login(moderator)
    row = row_for(client, held)
    crisis = next(t for t in row.select(".w-status") if "Crisis" in t.get_text())
    assert "w-status--primary" in crisis["class"]


def test_pharmacists_rows_open_the_comment_and_offer_only_reply(client, held, pharmacist):
    client.force_login(pharmacist)
    row = row_for(client, held)
    link = row.select_one(f"#snippet_{held.pk}_title").find_parent("a")
    assert link["href"] == f"/admin/snippets/blog/comment/inspect/{held.pk}/"
    links = menu_links(row)
    assert links.get("Reply") == f"/admin/comments/{held.pk}/reply/"
    for label in ("Approve", "Reject", "Mark as spam", "Remove", "Edit", "Delete"):
        assert label not in links, (label, links)
    assert row.select_one("input[data-bulk-action-checkbox]") is None


def test_inspect_view_hides_what_only_moderators_see(client, post, pharmacist):
    comment = Comment.objects.create(
        post=post,
        name="Ana",
        body="Is it safe with ibuprofen?",
        email="ana@example.org",
        moderator_note="Asked her GP already",
        ip_hash="abc123hash",
    )
    client.force_login(pharmacist)
    response = client.get(f"/admin/snippets/blog/comment/inspect/{comment.pk}/")
    assert response.status_code == 200
    assert "Is it safe with ibuprofen?" in response.text
    for secret in ("ana@example.org", "Asked her GP already", "abc123hash"):
        assert secret not in response.text
    assert f"/admin/comments/{comment.pk}/reply/" in response.text


def test_queue_query_count_does_not_grow_with_rows(
    client, post, moderator, django_assert_max_num_queries
):
    for n in range(30):
        Comment.objects.create(post=post, name=f"R{n}", body="text", hold_reasons="links")
    client.force_login(moderator)
    client.get(QUEUE)
    with django_assert_max_num_queries(40):
        response = client.get(QUEUE)
    assert response.status_code == 200
