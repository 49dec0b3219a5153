"""Who may sign off what. One rule for pages and snippets, for approval and for "still accurate":
nobody signs off content they wrote since someone else last approved it.

"Wrote" is read from the revisions (portal/review/content.py decides what counts as content),
not from who happened to press Submit: a pharmacist's draft that an editor submits unchanged is
still the pharmacist's. A change that was later undone is nobody's.
"""

from collections import defaultdict

from django.db.models import Max

from wagtail.log_actions import registry as log_registry
from wagtail.models import Revision

from portal.review.content import changed_fields, content_of

PHARMACISTS = "Pharmacists"
CONFIRMED_ACTION = "portal.review_confirmed"
# Audit-log actions that put someone's approval on a revision: a review task approved, a
# publication (a superuser's, or the one that follows an approval), a "still accurate".
APPROVALS = ("wagtail.workflow.approve", "wagtail.publish", CONFIRMED_ACTION)


def is_pharmacist(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=PHARMACISTS).exists())


def last_approved_by_another(obj, user):
    """The newest revision of `obj` that someone other than `user` approved, or None."""
    logs = log_registry.get_logs_for_instance(obj).filter(
        action__in=APPROVALS, revision__isnull=False
    )
    newest = logs.exclude(user_id=user.pk).aggregate(newest=Max("revision_id"))["newest"]
    return Revision.objects.filter(pk=newest).first() if newest else None


def unapproved_writers(obj, user):
    """Ids of everyone whose writing is in the newest revision of `obj` and has not been
    approved by anyone but `user`: since the last such approval, or since creation."""
    approved = last_approved_by_another(obj, user)
    revisions = Revision.objects.for_instance(obj).order_by("pk")
    if approved is None:
        base, writers = {}, {getattr(obj, "owner_id", None)} - {None}
    else:
        base, writers = content_of(approved.as_object()), set()
        revisions = revisions.filter(pk__gt=approved.pk)
    by_field = defaultdict(set)
    current = base
    for revision in revisions:
        previous, current = current, content_of(revision.as_object())
        if revision.user_id:
            for name in changed_fields(previous, current):
                by_field[name].add(revision.user_id)
    for name in changed_fields(base, current):
        writers |= by_field[name]
    return writers


def may_approve(obj, user):
    """Nobody approves their own work, superusers included; nor a submission of their own."""
    state = obj.current_workflow_state
    if state is not None and state.requested_by_id == user.pk:
        return False
    return user.pk not in unapproved_writers(obj, user)


def may_confirm(obj, user):
    return user.pk not in unapproved_writers(obj, user)
