"""Doing a review: approve or send back, re-confirm a page as still accurate, stamp a page."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import Revision

from portal.review import rules, signoff
from portal.review.content import content_of
from portal.review.forms import ApproveForm
from portal.serving import cache_invalidation


def perform_review_action(task, task_state, user, action_name, **data):
    """Carry out approve or request-changes, re-checking what the views already offered: the
    page editor's own workflow buttons pass their data straight through, unvalidated (the
    admin hooks validate it first, so a bad value is a message, not an error page)."""
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
            if reason := signoff.refusal(user):
                raise PermissionDenied(reason)
            form = ApproveForm(data)
            if not form.is_valid():
                raise PermissionDenied("The approval's details are not valid.")
            # Approving from Wagtail's editor first saves a revision, even an unchanged one, and
            # with re-approval on edit that newer revision would need approving all over again.
            # When its content is the same, this approval is for the newer revision.
            latest = obj.get_latest_revision()
            if latest.pk != state.revision_id and content_of(
                state.revision.as_object()
            ) == content_of(latest.as_object()):
                state.revision = latest
            state.sources_checked = form.cleaned_data["sources_checked"].strip()
            state.product_information_date = form.cleaned_data["product_information_date"]
            state.save(update_fields=["revision", "sources_checked", "product_information_date"])
            state.approve(user=user, comment=comment)


def apply_stamp(page, pharmacist, day):
    """Stamp a live page in place, in its row and its live revision, without a new revision."""
    fields = signoff.stamp_fields(type(page), pharmacist, day)
    row = dict(fields, reviewed_by_id=fields.pop("reviewed_by"))
    type(page).objects.filter(pk=page.pk).update(**row)
    if page.live_revision_id:
        revision = Revision.objects.get(pk=page.live_revision_id)
        revision.content.update(fields, reviewed_by=pharmacist.pk)
        revision.save(update_fields=["content"])
    page.refresh_from_db()
    # An update() sends no signal: make the page's cached copies stale here.
    cache_invalidation.invalidate(cache_invalidation.tags_for_page(page))


def confirm_still_accurate(page, user):
    """Move an unchanged live page's review dates on without editing it, and log who did."""
    if not rules.is_pharmacist(user):
        raise PermissionDenied("Only pharmacists can confirm a page is still accurate.")
    if not page.live or page.has_unpublished_changes or page.workflow_in_progress:
        raise PermissionDenied("Only a published page with no pending changes can be confirmed.")
    if not rules.may_confirm(page, user):
        raise PermissionDenied("Another pharmacist must confirm a page with text you wrote.")
    if reason := signoff.refusal(user):
        raise PermissionDenied(reason)
    with transaction.atomic():
        apply_stamp(page, user, timezone.localdate())
        log(
            instance=page,
            action=rules.CONFIRMED_ACTION,
            user=user,
            data={"next_review_due": str(page.next_review_due)},
            revision=page.live_revision,
        )
    return page
