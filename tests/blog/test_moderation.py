import datetime

from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from blog.models import CannedReply, Comment
from tests.blog.factories import make_post

QUEUE = "/admin/snippets/blog/comment/"


@pytest.fixture
def post(blog_index):
    return make_post(blog_index, slug="post", title="A post", date=datetime.date.today())


@pytest.fixture
def comments(post):
    return [
        Comment.objects.create(post=post, name="Ana", body="Lovely post"),
        Comment.objects.create(
            post=post,
            name="Bo",
            body="I take 40 mg",
            status="held",
            hold_reasons="personal_details",
        ),
        Comment.objects.create(
            post=post, name="Cy", body="I want to die", status="held", hold_reasons="crisis"
        ),
        Comment.objects.create(
            post=post, name="Di", body="buy now", status="spam", hold_reasons="honeypot"
        ),
    ]


def test_moderators_see_the_queue_editors_do_not(client, comments, moderator, editor):
    client.force_login(moderator)
    response = client.get(QUEUE)
    assert response.status_code == 200
    assert "Lovely post" in response.text and "Crisis language: urgent" in response.text
    client.force_login(editor)
    assert client.get(QUEUE).status_code in (302, 403)


def test_editor_given_the_group_can_moderate(client, comments, editor):
    from django.contrib.auth.models import Group

    editor.groups.add(Group.objects.get(name="Comment moderators"))
    client.force_login(editor)
    assert client.get(QUEUE).status_code == 200


@pytest.mark.parametrize(
    "params, names",
    [
        ({"status": "held"}, {"Bo", "Cy"}),
        ({"reason": "crisis"}, {"Cy"}),
        ({"status": "spam"}, {"Di"}),
        ({"q": "lovely"}, {"Ana"}),
    ],
)
def test_queue_filters_and_search(client, comments, moderator, params, names):
    client.force_login(moderator)
    response = client.get(QUEUE + "results/", params)
    shown = {c.name for c in response.context["object_list"]}
    assert shown == names


def test_row_action_confirms_then_approves_and_logs(client, comments, moderator):
    client.force_login(moderator)
    comment = comments[0]
    url = f"/admin/comments/{comment.pk}/approve/"
    assert "Approve this comment?" in client.get(url).text
    assert Comment.objects.get(pk=comment.pk).status == "pending"
    response = client.post(url)
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == "approved" and comment.moderated_by == moderator
    assert comment.moderated_at is not None
    entry = ModelLogEntry.objects.get(object_id=str(comment.pk), action="blog.comment.approve")
    assert entry.user == moderator
    assert "Lovely post" in client.get("/blog/post/").text


def test_unknown_row_action_is_a_404(client, comments, moderator):
    client.force_login(moderator)
    assert client.post(f"/admin/comments/{comments[0].pk}/publish/").status_code == 404
    assert client.post("/admin/comments/999999/approve/").status_code == 404


def test_editors_cannot_use_row_actions(client, comments, editor):
    client.force_login(editor)
    client.post(f"/admin/comments/{comments[0].pk}/approve/")
    assert Comment.objects.get(pk=comments[0].pk).status == "pending"


@pytest.mark.parametrize(
    "action, status",
    [("approve", "approved"), ("reject", "rejected"), ("spam", "spam"), ("remove", "removed")],
)
def test_bulk_actions(client, comments, moderator, action, status):
    client.force_login(moderator)
    ids = [comments[0].pk, comments[1].pk]
    query = "&".join(f"id={pk}" for pk in ids)
    url = f"/admin/bulk/blog/comment/{action}/?{query}"
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    assert set(Comment.objects.filter(pk__in=ids).values_list("status", flat=True)) == {status}
    assert ModelLogEntry.objects.filter(action=f"blog.comment.{action}").count() == 2


def test_a_crisis_comment_is_never_approved_in_bulk(client, comments, moderator):
    client.force_login(moderator)
    crisis = comments[2]
    query = "&".join(f"id={c.pk}" for c in comments[:3])
    page = client.get(f"/admin/bulk/blog/comment/approve/?{query}").text
    assert "stays held; open it to approve it" in page
    assert client.post(f"/admin/bulk/blog/comment/approve/?{query}").status_code == 302
    crisis.refresh_from_db()
    assert crisis.status == "held" and crisis.moderated_by is None
    assert Comment.objects.get(pk=comments[0].pk).status == "approved"
    assert "I want to die" not in client.get("/blog/post/").text
    # Rejecting or marking spam in bulk still works: only publishing needs the comment opened.
    assert client.post(f"/admin/bulk/blog/comment/reject/?id={crisis.pk}").status_code == 302
    assert Comment.objects.get(pk=crisis.pk).status == "rejected"


def test_a_crisis_comment_is_approved_only_once_read_and_confirmed(client, comments, moderator):
    client.force_login(moderator)
    crisis = comments[2]
    url = f"/admin/comments/{crisis.pk}/approve/"
    page = client.get(url).text
    assert "may be from someone in crisis" in page and 'name="confirm_crisis"' in page
    response = client.post(url)  # the one-click approve the row menu used to be
    assert response.status_code == 200
    assert "Tick the box to confirm" in response.text
    assert Comment.objects.get(pk=crisis.pk).status == "held"
    assert client.post(url, {"confirm_crisis": "yes"}).status_code == 302
    crisis.refresh_from_db()
    assert crisis.status == "approved" and crisis.moderated_by == moderator


@pytest.mark.parametrize("action", ["approve", "reject", "spam", "remove"])
def test_bulk_actions_record_who_moderated_and_when(client, comments, moderator, action):
    client.force_login(moderator)
    ids = [comments[0].pk, comments[1].pk]
    query = "&".join(f"id={pk}" for pk in ids)
    before = timezone.now()
    assert client.post(f"/admin/bulk/blog/comment/{action}/?{query}").status_code == 302
    for comment in Comment.objects.filter(pk__in=ids):
        assert comment.moderated_by == moderator
        assert before <= comment.moderated_at <= timezone.now()
    entries = ModelLogEntry.objects.filter(action=f"blog.comment.{action}")
    assert {entry.user for entry in entries} == {moderator}


def test_edit_form_reply_from_a_canned_text(client, comments, moderator):
    canned = CannedReply.objects.create(title="No advice", text="We cannot give personal advice.")
    client.force_login(moderator)
    comment = comments[1]
    url = f"/admin/snippets/blog/comment/edit/{comment.pk}/"
    response = client.post(
        url,
        {
            "status": "approved",
            "moderator_note": "Dose removed? no",
            "reply": "",
            "canned_reply": canned.pk,
        },
    )
    assert response.status_code == 302, response.text[:500]
    comment.refresh_from_db()
    assert comment.reply == "We cannot give personal advice."
    assert comment.reply_by == moderator and comment.reply_role == "Moderator"
    assert comment.status == "approved" and comment.moderated_by == moderator
    assert comment.body == "I take 40 mg"  # the reader's words are not editable


def test_dashboard_panel_and_menu_badge(client, comments, moderator):
    client.force_login(moderator)
    html = " ".join(client.get("/admin/").text.split())
    assert "<strong>3</strong> comments waiting for moderation" in html
    assert "1 held for crisis language" in html
    assert "Queue (3 waiting)" in html


def test_edit_form_logs_status_and_reply_like_the_row_actions(client, comments, moderator):
    client.force_login(moderator)
    comment = comments[1]
    response = client.post(
        f"/admin/snippets/blog/comment/edit/{comment.pk}/",
        {"status": "approved", "moderator_note": "", "reply": "Thanks for asking."},
    )
    assert response.status_code == 302
    logged = ModelLogEntry.objects.filter(object_id=str(comment.pk), user=moderator)
    assert {"blog.comment.approve", "blog.comment.reply"} <= set(
        logged.values_list("action", flat=True)
    )
    client.post(
        f"/admin/snippets/blog/comment/edit/{comment.pk}/",
        {"status": "approved", "moderator_note": "seen", "reply": "Thanks for asking."},
    )
    assert logged.filter(action__startswith="blog.comment.").count() == 2  # nothing new
