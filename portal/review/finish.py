"""WAGTAIL_FINISH_WORKFLOW_ACTION. Wagtail imports it while wagtail.models is still loading, so
it imports nothing from Wagtail or the portal's models at module level."""

from django.utils import timezone

from portal.review import signoff


def publish_approved_revision(workflow_state, user=None):
    """Stamp the approved revision and publish it (or schedule it, when it has a go-live date).
    The pharmacist holds no publish permission of their own: their approval is the permission,
    so the usual check is skipped; the audit log still names them."""
    obj = workflow_state.content_object
    revision = obj.get_latest_revision()
    model = type(getattr(obj, "specific", obj))
    if hasattr(model, "next_review_from") and user is not None:
        revision.content.update(signoff.stamp_fields(model, user, timezone.localdate()))
        revision.save(update_fields=["content"])
    revision.publish(user=user, skip_permission_checks=True)
