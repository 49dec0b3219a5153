from django.db.models.signals import post_save

from wagtail.models import WorkflowState
from wagtail.signals import task_submitted, workflow_approved

from portal.models import PharmacistReviewTaskState, SiteWording
from portal.review.due import assign_review_workflow
from portal.review.notifications import ApprovalWithCommentNotifier, PharmacistSubmissionNotifier
from portal.serving import cache_invalidation


def assign_workflow_to_new_section(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_review_workflow(instance)


def review_new_pages_of(model):
    """Put each new `model` page (a section index) under the Pharmacist review workflow: an
    app calls this from its ready() for the sections it owns."""
    post_save.connect(
        assign_workflow_to_new_section,
        sender=model,
        dispatch_uid=f"portal_review_workflow_{model._meta.label}",
    )


def register():
    cache_invalidation.register()
    # Every cached page carries "nav", and the wording with it (portal/serving/navigation.py).
    cache_invalidation.invalidate_on_change(SiteWording, lambda wording: ["nav"])
    task_submitted.connect(
        PharmacistSubmissionNotifier(),
        sender=PharmacistReviewTaskState,
        dispatch_uid="portal_pharmacist_submission_email",
        weak=False,
    )
    # Same dispatch_uid as Wagtail's own approval email: this app's ready() runs first, so
    # Wagtail's later connect is ignored and the author gets one email, with the comment.
    workflow_approved.connect(
        ApprovalWithCommentNotifier(),
        sender=WorkflowState,
        dispatch_uid="workflow_state_approved_email_notification",
        weak=False,
    )
