"""The rules of pharmacist review, kept apart from the models and views that apply them."""

import datetime
import json

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date

from wagtail.log_actions import log
from wagtail.models import Revision, Workflow, WorkflowPage, get_page_models

from portal.models.review import DUE_SOON_DAYS, ReviewStamp

WORKFLOW_NAME = "Pharmacist review"
PHARMACISTS = "Pharmacists"
CONFIRMED_ACTION = "portal.review_confirmed"


def reviewed_page_models():
    return [model for model in get_page_models() if issubclass(model, ReviewStamp)]


def is_pharmacist(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=PHARMACISTS).exists())


# Keys Wagtail rewrites on every save; a revision that differs only in these changed nothing.
BOOKKEEPING_KEYS = {
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "live",
    "live_revision",
    "first_published_at",
    "last_published_at",
    "locked",
    "locked_at",
    "locked_by",
}


def _comparable(value):
    # StreamFields are stored as JSON text whose key order depends on where it was read from.
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def changed_content(before, after):
    keys = (set(before) | set(after)) - BOOKKEEPING_KEYS
    return any(_comparable(before.get(key)) != _comparable(after.get(key)) for key in keys)


def authors_in_review(obj):
    """Everyone who wrote the revision under review: who submitted it, and anyone who saved a
    revision that changed the page since the review began. (Wagtail's editor saves a revision
    when a reviewer approves from it, even with nothing changed; that does not make them an
    author.)"""
    state = obj.current_workflow_state
    if state is None:
        return set()
    authors = {state.requested_by_id} if state.requested_by_id else set()
    revisions = Revision.objects.for_instance(obj).order_by("created_at", "pk")
    before = revisions.filter(created_at__lt=state.created_at).last()
    previous = before.content if before else {}
    for revision in revisions.filter(created_at__gte=state.created_at):
        if revision.user_id and changed_content(previous, revision.content):
            authors.add(revision.user_id)
        previous = revision.content
    return authors


def may_approve(obj, user):
    """Nobody approves their own work, superusers included."""
    return user.pk not in authors_in_review(obj)


def perform_review_action(task, task_state, user, action_name, **data):
    """Carry out approve or request-changes, re-checking what the views already offered: the
    page editor's own workflow buttons pass their data straight through, unvalidated."""
    obj = task_state.workflow_state.content_object
    if action_name not in {name for name, _, _ in task.get_actions(obj, user)}:
        raise PermissionDenied("That review action is not open to you.")
    comment = str(data.get("comment") or "").strip()
    state = task_state.specific
    with transaction.atomic():
        if action_name == "reject":
            if not comment:
                raise PermissionDenied("Say what needs to change before sending a page back.")
            state.reject(user=user, comment=comment)
        elif action_name == "approve":
            # Approving from Wagtail's editor first saves a revision, even an unchanged one, and
            # with re-approval on edit that newer revision would need approving all over again.
            # When nothing but bookkeeping differs, this approval is for the newer revision.
            latest = obj.get_latest_revision()
            if latest.pk != state.revision_id and not changed_content(
                state.revision.content, latest.content
            ):
                state.revision = latest
            state.sources_checked = str(data.get("sources_checked") or "").strip()
            product_date = data.get("product_information_date")
            if isinstance(product_date, str):
                product_date = parse_date(product_date)
            state.product_information_date = product_date
            state.save(update_fields=["revision", "sources_checked", "product_information_date"])
            state.approve(user=user, comment=comment)


def stamp(target, pharmacist, day):
    """The review fields to write for a sign-off by `pharmacist` on `day`."""
    profile = getattr(pharmacist, "pharmacist_profile", None)
    return {
        "reviewed_by": pharmacist.pk,
        "reviewer_credentials": profile.credentials if profile else "",
        "reviewer_registration": profile.registration_number if profile else "",
        "last_reviewed": day.isoformat(),
        "next_review_due": target.next_review_from(day).isoformat(),
    }


def publish_approved_revision(workflow_state, user=None):
    """WAGTAIL_FINISH_WORKFLOW_ACTION: stamp the approved revision and publish it (or schedule
    it, when it has a go-live date). The pharmacist holds no publish permission of their own:
    their approval is the permission, so the usual check is skipped; the log still names them."""
    page = workflow_state.content_object
    revision = page.get_latest_revision()
    specific = page.specific
    if isinstance(specific, ReviewStamp) and user is not None:
        revision.content.update(stamp(type(specific), user, timezone.localdate()))
        revision.save(update_fields=["content"])
    revision.publish(user=user, skip_permission_checks=True)


def apply_stamp(page, pharmacist, day):
    """Stamp a live page in place, in its row and its live revision, without a new revision."""
    fields = stamp(type(page), pharmacist, day)
    row = dict(fields, reviewed_by_id=fields["reviewed_by"])
    del row["reviewed_by"]
    type(page).objects.filter(pk=page.pk).update(**row)
    if page.live_revision_id:
        revision = Revision.objects.get(pk=page.live_revision_id)
        revision.content.update(fields)
        revision.save(update_fields=["content"])
    page.refresh_from_db()
    # An update() sends no signal: make the page's cached copies stale here.
    from portal.cache_invalidation import invalidate, tags_for_page

    invalidate(tags_for_page(page))


def confirm_still_accurate(page, user):
    """Move an unchanged live page's review dates on without editing it, and log who did."""
    if not is_pharmacist(user):
        raise PermissionDenied("Only pharmacists can confirm a page is still accurate.")
    if not page.live or page.has_unpublished_changes or page.workflow_in_progress:
        raise PermissionDenied("Only a published page with no pending changes can be confirmed.")
    live_revision = page.live_revision
    if live_revision is not None and live_revision.user_id == user.pk:
        raise PermissionDenied("Another pharmacist must confirm a page you last edited.")
    with transaction.atomic():
        apply_stamp(page, user, timezone.localdate())
        log(
            instance=page,
            action=CONFIRMED_ACTION,
            user=user,
            data={"next_review_due": str(page.next_review_due)},
        )
    return page


def due_pages(today=None, within_days=DUE_SOON_DAYS):
    """Live pages whose review is overdue, due within `within_days`, or that were never
    reviewed (listed first), soonest first, each with its last reviewer."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=within_days)
    pages = []
    for model in reviewed_page_models():
        live = model.objects.live().select_related("reviewed_by")
        pages += live.filter(next_review_due__lte=horizon)
        pages += live.filter(next_review_due=None)
    return sorted(pages, key=lambda page: (page.next_review_due or datetime.date.min, page.pk))


def review_workflow():
    return Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()


def assign_review_workflow(page):
    """Every guide and post must pass pharmacist review: put its section index under it."""
    workflow = review_workflow()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})


def pharmacists():
    return get_user_model().objects.filter(groups__name=PHARMACISTS, is_active=True).distinct()
