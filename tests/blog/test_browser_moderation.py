"""The comment queue in a real browser: a moderator works through it from the row menu and row
links; a pharmacist replies from it; readers then see the approved comments and replies."""

import datetime

import pytest

from blog.models import Comment
from tests.blog.factories import make_post

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

QUEUE = "/admin/snippets/blog/comment/"


def log_in(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw")
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def row(page, comment):
    return page.locator("tr", has=page.locator(f"#snippet_{comment.pk}_title"))


def open_row_menu(page, comment):
    menu = row(page, comment).locator("[data-controller~='w-dropdown']")
    menu.locator("[data-w-dropdown-target='toggle']").click()
    return menu.locator("[data-w-dropdown-target='content']")


@pytest.fixture
def post(blog_index):
    return make_post(blog_index, slug="post", title="A post", date=datetime.date.today())


def test_moderator_approves_from_the_menu_and_replies_from_the_row_link(
    live_server, browser_page, post, moderator
):
    crisis = Comment.objects.create(
        post=post,
        name="Cy",
        body="Some days I feel hopeless.",
        status=Comment.HELD,
        hold_reasons="crisis",
    )
    question = Comment.objects.create(post=post, name="Ana", body="Can I take it with food?")
    base = live_server.url

    page = browser_page()
    log_in(page, base, moderator.username)
    page.goto(f"{base}{QUEUE}")
    reasons = row(page, crisis).locator(".w-status")
    # Status tags are upper-cased by CSS; the words themselves are the label.
    assert [t.strip() for t in reasons.all_text_contents()] == ["Crisis language: urgent"]
    assert "['" not in row(page, crisis).inner_text()

    menu = open_row_menu(page, crisis)
    assert menu.locator("a").all_inner_texts() == [
        "Edit",
        "Inspect",
        "Approve",
        "Reject",
        "Mark as spam",
        "Reply",
        "Remove",
    ]
    menu.get_by_role("link", name="Approve").click()
    page.wait_for_url(f"{base}/admin/comments/{crisis.pk}/approve/")
    # A crisis comment is published only once the moderator confirms having read it.
    page.get_by_role("button", name="Approve").click()
    page.get_by_text("Tick the box to confirm").wait_for()
    assert Comment.objects.get(pk=crisis.pk).status == Comment.HELD
    page.get_by_label("I have read this comment in full").check()
    page.get_by_role("button", name="Approve").click()
    page.wait_for_url(f"{base}{QUEUE}")
    assert Comment.objects.get(pk=crisis.pk).status == Comment.APPROVED

    page.locator(f"#snippet_{question.pk}_title").click()
    page.wait_for_url(f"{base}{QUEUE}edit/{question.pk}/")
    page.select_option("#id_status", "approved")
    page.fill("#id_reply", "Yes, with or without food.")
    with page.expect_navigation():
        page.locator("footer button[type=submit]").first.click()
    question.refresh_from_db()
    assert question.status == Comment.APPROVED and question.reply_by == moderator

    reader = browser_page()
    reader.goto(f"{base}/blog/post/")
    comments = reader.locator(".comment-list").inner_text()
    assert "Some days I feel hopeless." in comments
    assert "Can I take it with food?" in comments
    reply = reader.locator(f"#comment-{question.pk} .comment__reply").inner_text()
    assert "Moderator Tester, Moderator" in reply
    assert "Yes, with or without food." in reply


def test_pharmacist_replies_from_the_queue(live_server, browser_page, post, pharmacist):
    question = Comment.objects.create(
        post=post, name="Bo", body="Does it interact with ibuprofen?", status=Comment.APPROVED
    )
    base = live_server.url

    page = browser_page()
    log_in(page, base, pharmacist.username)
    page.goto(f"{base}{QUEUE}")
    menu = open_row_menu(page, question)
    assert menu.locator("a").all_inner_texts() == ["Inspect", "Reply"]
    menu.get_by_role("link", name="Reply").click()
    page.wait_for_url(f"{base}/admin/comments/{question.pk}/reply/")
    page.fill("#id_reply", "Ask your pharmacist before taking them together.")
    page.get_by_role("button", name="Save reply").click()
    page.wait_for_url(f"{base}{QUEUE}")
    assert "Reply published" in page.locator(".messages").inner_text()

    reader = browser_page()
    reader.goto(f"{base}/blog/post/")
    reply = reader.locator(f"#comment-{question.pk} .comment__reply").inner_text()
    assert "Reply from Pharma Tester, Pharmacist, MPharm" in reply
    assert "Ask your pharmacist before taking them together." in reply
