"""What each role may do to a guide and to a post, through the admin (HTTP) and the models."""

from django.contrib.auth.models import Permission

from wagtail.models import GroupPagePermission, Page

import pytest

from blog.models import BlogPostPage
from guides.models import DrugGuidePage
from tests.blog.factories import AuthorFactory, make_post
from tests.blog.forms import post_form
from tests.guides.conftest import make_guide
from tests.guides.forms import guide_form

ROLES = ["editor", "pharmacist", "moderator", "superuser"]


@pytest.fixture(params=["guide", "post"])
def kind(request, guide_index, blog_index):
    """(model, parent, form data, an existing live page) for guides and for posts."""
    if request.param == "guide":
        return DrugGuidePage, guide_index, guide_form(), make_guide(guide_index, "Existol")
    author = AuthorFactory()
    return BlogPostPage, blog_index, post_form(author), make_post(blog_index, slug="existing")


@pytest.fixture
def user_for(request, editor, pharmacist, moderator, superuser):
    return {
        "editor": editor,
        "pharmacist": pharmacist,
        "moderator": moderator,
        "superuser": superuser,
    }


def add_url(model, parent):
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"


def allowed(response):
    return response.status_code == 200


# role: (create, edit, publish directly, unpublish)
MATRIX = {
    "editor": (True, True, False, False),
    "pharmacist": (True, True, False, False),
    "moderator": (False, False, False, False),
    "superuser": (True, True, True, True),
}


@pytest.mark.parametrize("role", ROLES)
def test_page_permissions_through_the_models(kind, user_for, role):
    model, parent, _, existing = kind
    create, edit, publish, unpublish = MATRIX[role]
    user = user_for[role]
    parent_perms = parent.permissions_for_user(user)
    perms = existing.permissions_for_user(user)
    assert parent_perms.can_add_subpage() is create
    assert perms.can_edit() is edit
    assert perms.can_publish() is publish
    assert perms.can_unpublish() is unpublish


@pytest.mark.parametrize("role", ROLES)
def test_page_permissions_through_the_admin(client, kind, user_for, role):
    model, parent, _, existing = kind
    create, edit, _, unpublish = MATRIX[role]
    client.force_login(user_for[role])
    assert allowed(client.get(add_url(model, parent))) is create
    assert allowed(client.get(f"/admin/pages/{existing.pk}/edit/")) is edit
    assert allowed(client.get(f"/admin/pages/{existing.pk}/unpublish/")) is unpublish


@pytest.mark.parametrize("role", ["editor", "pharmacist"])
def test_publish_button_cannot_be_forced(client, kind, user_for, role):
    model, parent, form, _ = kind
    client.force_login(user_for[role])
    response = client.post(add_url(model, parent), form | {"action-publish": "action-publish"})
    assert response.status_code == 302
    page = model.objects.get(slug=form["slug"])
    assert not page.live
    assert page.current_workflow_state is None  # saved as a draft, nothing more


def test_scheduling_cannot_bypass_review(client, kind, editor):
    model, parent, form, _ = kind
    client.force_login(editor)
    scheduled = form | {"go_live_at": "2026-12-01 09:00", "action-publish": "action-publish"}
    client.post(add_url(model, parent), scheduled)
    page = model.objects.get(slug=form["slug"])
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at is None


def test_bulk_publish_is_refused_to_editors(client, kind, editor):
    model, parent, form, _ = kind
    draft = (
        make_guide(parent, "Bulkol", live=False)
        if model is DrugGuidePage
        else make_post(parent, slug="bulk", live=False)
    )
    client.force_login(editor)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={draft.pk}"
    client.post(url, {"include_descendants": False})
    assert not Page.objects.get(pk=draft.pk).live


def test_editor_submits_and_a_pharmacist_approves_through_the_admin(
    client, kind, editor, pharmacist
):
    model, parent, form, _ = kind
    client.force_login(editor)
    response = client.post(add_url(model, parent), form | {"action-submit": "action-submit"})
    assert response.status_code == 302
    page = model.objects.get(slug=form["slug"])
    task_state = page.current_workflow_task_state
    assert task_state is not None and not page.live

    # The editor is offered nothing to approve, and a crafted POST is refused.
    url = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"
    client.post(url, {"comment": ""})
    assert not model.objects.get(pk=page.pk).live

    client.force_login(pharmacist)
    edit_page = client.get(f"/admin/pages/{page.pk}/edit/").text
    assert 'data-workflow-action-name="approve"' in edit_page
    response = client.post(url, {"comment": "Fine."})
    assert response.status_code == 302
    page = model.objects.get(pk=page.pk)
    assert page.live and page.reviewed_by == pharmacist


def test_approve_is_not_offered_to_the_author_in_the_editor(client, guide_index, pharmacist):
    client.force_login(pharmacist)
    client.post(add_url(DrugGuidePage, guide_index), guide_form() | {"action-submit": "1"})
    page = DrugGuidePage.objects.get(slug="formol")
    html = client.get(f"/admin/pages/{page.pk}/edit/").text
    assert "data-workflow-action-url" not in html or "/approve/" not in html
    assert "Request changes" in html
    task_state = page.current_workflow_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code in (302, 403)
    assert not DrugGuidePage.objects.get(pk=page.pk).live


def test_request_changes_without_a_comment_changes_nothing(client, guide_index, editor, pharmacist):
    client.force_login(editor)
    client.post(add_url(DrugGuidePage, guide_index), guide_form() | {"action-submit": "1"})
    page = DrugGuidePage.objects.get(slug="formol")
    task_state = page.current_workflow_task_state
    client.force_login(pharmacist)
    url = f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/"
    client.post(url, {"comment": ""})
    assert DrugGuidePage.objects.get(pk=page.pk).current_workflow_state.status == "in_progress"
    client.post(url, {"comment": "Please add the storage advice."})
    assert DrugGuidePage.objects.get(pk=page.pk).current_workflow_state.status == "needs_changes"


def test_moderators_hold_no_page_or_publish_permission(moderator):
    codenames = set(
        Permission.objects.filter(group__user=moderator).values_list("codename", flat=True)
    )
    assert "access_admin" in codenames
    writable = {code for code in codenames if code.startswith(("add_", "change_", "publish"))}
    comment_models = ("_comment", "_blockedterm", "_cannedreply")
    assert writable and all(code.endswith(comment_models) for code in writable)
    assert not GroupPagePermission.objects.filter(group__user=moderator).exists()


@pytest.mark.parametrize(
    "role, can_moderate, can_reply",
    [
        ("editor", False, False),
        ("pharmacist", False, True),
        ("moderator", True, True),
        ("superuser", True, True),
    ],
)
def test_who_moderates_comments(client, user_for, role, can_moderate, can_reply):
    """Pharmacists open the queue to reply (tests/blog/test_comment_replies.py) but never
    moderate."""
    user = user_for[role]
    assert user.has_perm("blog.change_comment") is can_moderate
    assert user.has_perm("blog.reply_comment") is can_reply
    client.force_login(user)
    assert allowed(client.get("/admin/snippets/blog/comment/")) is can_reply
