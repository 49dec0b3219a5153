"""Pharmacists answer readers under their comments, signed with name, role and credentials, and
cannot moderate: every way a moderator changes a comment refuses them and changes nothing."""

import datetime
import importlib

from django.apps import apps
from django.contrib.auth.models import Group, Permission

from wagtail.models import ModelLogEntry

import pytest

from blog.models import CannedReply, Comment
from tests.blog.factories import make_post

QUEUE = "/admin/snippets/blog/comment/"


@pytest.fixture
def post(blog_index):
    return make_post(blog_index, slug="post", title="A post", date=datetime.date.today())


@pytest.fixture
def question(post):
    return Comment.objects.create(
        post=post,
        name="Ana",
        body="Can I take ibuprofen with it?",
        status=Comment.HELD,
        hold_reasons="advice",
        moderator_note="Check with a pharmacist",
    )


def snapshot(comment):
    """Everything about a comment except its reply."""
    row = Comment.objects.filter(pk=comment.pk).values().get()
    return {k: v for k, v in row.items() if not k.startswith("reply")}


def assert_refused(response):
    """Wagtail's admin answers a refused staff user by sending them to the dashboard with
    "Sorry, you do not have permission"; other views answer 403."""
    assert response.status_code == 403 or (
        response.status_code == 302 and response.url == "/admin/"
    ), (response.status_code, response.get("Location"))


def reply_url(comment):
    return f"/admin/comments/{comment.pk}/reply/"


def test_pharmacist_opens_the_queue_and_the_reply_page(client, question, pharmacist):
    client.force_login(pharmacist)
    assert QUEUE in client.get("/admin/").text  # the Comments → Queue menu item
    assert "Can I take ibuprofen" in client.get(QUEUE).text
    response = client.get(reply_url(question))
    assert response.status_code == 200
    assert "Can I take ibuprofen" in response.text
    assert "shows only once a moderator approves" in response.text


def test_pharmacist_reply_is_signed_and_logged(client, question, pharmacist):
    client.force_login(pharmacist)
    response = client.post(reply_url(question), {"reply": "Ask your pharmacist first."})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.reply == "Ask your pharmacist first."
    assert question.reply_by == pharmacist
    assert (question.reply_role, question.reply_credentials) == ("Pharmacist", "MPharm")
    entry = ModelLogEntry.objects.get(object_id=str(question.pk), action="blog.comment.reply")
    assert entry.user == pharmacist


def test_moderator_sees_the_reply_in_the_comments_history(client, question, pharmacist, moderator):
    client.force_login(pharmacist)
    client.post(reply_url(question), {"reply": "Ask your pharmacist first."})
    client.force_login(moderator)
    response = client.get(f"/admin/snippets/blog/comment/history/{question.pk}/")
    assert response.status_code == 200
    history = " ".join(response.text.split())
    assert "Reply" in history and "Pharma Tester" in history


def test_reply_shows_publicly_only_once_the_comment_is_approved(
    client, question, pharmacist, moderator
):
    client.force_login(pharmacist)
    client.post(reply_url(question), {"reply": "Ask your pharmacist first."})
    client.logout()
    assert "Ask your pharmacist first." not in client.get("/blog/post/").text

    client.force_login(moderator)
    client.post(f"/admin/comments/{question.pk}/approve/")
    client.logout()
    page = " ".join(client.get("/blog/post/").text.split())
    assert "Can I take ibuprofen with it?" in page
    assert "Ask your pharmacist first." in page
    assert "Reply from Pharma Tester</strong>, Pharmacist, MPharm" in page

    client.force_login(moderator)
    client.post(f"/admin/comments/{question.pk}/remove/")
    client.logout()
    assert "Ask your pharmacist first." not in client.get("/blog/post/").text


def test_reply_form_changes_only_the_reply(client, question, pharmacist):
    before = snapshot(question)
    client.force_login(pharmacist)
    response = client.post(
        reply_url(question),
        {
            "reply": "Ask your pharmacist first.",
            "status": "approved",
            "body": "Buy cheap pills here",
            "name": "Someone else",
            "moderator_note": "",
            "hold_reasons": "",
        },
    )
    assert response.status_code == 302
    assert snapshot(question) == before
    question.refresh_from_db()
    assert question.reply == "Ask your pharmacist first."


def test_reply_from_a_canned_text(client, question, pharmacist):
    canned = CannedReply.objects.create(title="No advice", text="We cannot give personal advice.")
    client.force_login(pharmacist)
    client.post(reply_url(question), {"reply": "", "canned_reply": canned.pk})
    question.refresh_from_db()
    assert question.reply == "We cannot give personal advice."


@pytest.mark.parametrize("data", [{"reply": "   "}, {}, {"reply": "x", "canned_reply": "abc"}])
def test_bad_reply_is_a_form_error_and_changes_nothing(client, question, pharmacist, data):
    client.force_login(pharmacist)
    response = client.post(reply_url(question), data)
    assert response.status_code == 200
    assert "error" in response.text
    question.refresh_from_db()
    assert question.reply == "" and question.reply_by is None
    assert not ModelLogEntry.objects.filter(action="blog.comment.reply").exists()


def test_reply_to_a_missing_comment_is_a_404(client, pharmacist):
    client.force_login(pharmacist)
    assert client.get("/admin/comments/999999/reply/").status_code == 404
    assert client.post("/admin/comments/999999/reply/", {"reply": "x"}).status_code == 404


def test_editors_cannot_reply(client, question, editor):
    client.force_login(editor)
    assert QUEUE not in client.get("/admin/").text
    assert_refused(client.post(reply_url(question), {"reply": "Take two."}))
    question.refresh_from_db()
    assert question.reply == ""


def test_moderators_keep_replying_and_moderating(client, question, moderator):
    client.force_login(moderator)
    assert client.post(reply_url(question), {"reply": "Thanks."}).status_code == 302
    question.refresh_from_db()
    assert (question.reply_by, question.reply_role, question.reply_credentials) == (
        moderator,
        "Moderator",
        "",
    )
    client.post(f"/admin/comments/{question.pk}/approve/")
    question.refresh_from_db()
    assert question.status == Comment.APPROVED


@pytest.mark.parametrize("action", ["approve", "reject", "spam", "remove"])
def test_pharmacist_cannot_use_moderation_urls(client, question, pharmacist, action):
    before = snapshot(question)
    client.force_login(pharmacist)
    assert_refused(client.get(f"/admin/comments/{question.pk}/{action}/"))
    assert_refused(client.post(f"/admin/comments/{question.pk}/{action}/"))
    assert snapshot(question) == before


def test_pharmacist_cannot_post_the_edit_form(client, question, pharmacist):
    before = snapshot(question)
    client.force_login(pharmacist)
    url = f"/admin/snippets/blog/comment/edit/{question.pk}/"
    assert_refused(client.get(url))
    response = client.post(
        url, {"status": "approved", "moderator_note": "", "reply": "Fine", "body": "Edited"}
    )
    assert_refused(response)
    assert snapshot(question) == before
    question.refresh_from_db()
    assert question.reply == ""
    add = "/admin/snippets/blog/comment/add/"
    assert_refused(client.post(add, {"post": question.post_id, "name": "X", "body": "Y"}))
    assert Comment.objects.count() == 1


@pytest.mark.parametrize("action", ["approve", "reject", "spam", "remove"])
def test_pharmacist_cannot_use_bulk_actions(client, question, pharmacist, action):
    before = snapshot(question)
    client.force_login(pharmacist)
    url = f"/admin/bulk/blog/comment/{action}/?id={question.pk}"
    assert_refused(client.get(url))
    assert_refused(client.post(url))
    assert snapshot(question) == before


def test_pharmacist_cannot_bulk_delete(client, question, pharmacist):
    # Wagtail's own bulk delete lists the comment as one the user may not delete.
    client.force_login(pharmacist)
    url = f"/admin/bulk/blog/comment/delete/?id={question.pk}"
    assert "have permission to delete" in " ".join(client.get(url).text.split())
    client.post(url)
    assert Comment.objects.filter(pk=question.pk).exists()


def test_pharmacist_cannot_delete(client, question, pharmacist):
    client.force_login(pharmacist)
    url = f"/admin/snippets/blog/comment/delete/{question.pk}/"
    assert_refused(client.get(url))
    assert_refused(client.post(url))
    assert Comment.objects.filter(pk=question.pk).exists()


def test_pharmacist_cannot_reach_blocklist_or_canned_replies(client, pharmacist):
    client.force_login(pharmacist)
    assert_refused(client.get("/admin/snippets/blog/blockedterm/"))
    assert_refused(client.get("/admin/snippets/blog/cannedreply/add/"))


def test_reply_permission_migration_is_reversible(pharmacist, moderator):
    migration = importlib.import_module("blog.migrations.0008_pharmacists_reply_to_comments")
    assert pharmacist.has_perm("blog.reply_comment") and pharmacist.has_perm("blog.view_comment")
    assert not pharmacist.has_perm("blog.change_comment")

    migration.revoke(apps, None)
    pharmacists = Group.objects.get(name="Pharmacists")
    assert not pharmacists.permissions.filter(content_type__model="comment").exists()
    assert not Permission.objects.filter(codename="reply_comment").exists()
    moderators = Group.objects.get(name="Comment moderators")
    assert moderators.permissions.filter(codename="change_comment").exists()

    migration.grant(apps, None)
    assert set(
        pharmacists.permissions.filter(content_type__model="comment").values_list(
            "codename", flat=True
        )
    ) == {"view_comment", "reply_comment"}
    assert moderators.permissions.filter(codename="reply_comment").exists()
