"""Moderators' actions on comments, each recorded on the comment and in Wagtail's audit log."""

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from blog.models import Comment

ACTIONS = {
    "approve": Comment.APPROVED,
    "reject": Comment.REJECTED,
    "spam": Comment.SPAM,
    "remove": Comment.REMOVED,
}
LOG_PREFIX = "blog.comment."


def role_of(user):
    if user.groups.filter(name="Pharmacists").exists():
        return "Pharmacist"
    if user.groups.filter(name="Comment moderators").exists():
        return "Moderator"
    return "Site team"


def record_moderation(comment, user):
    comment.moderated_by = user
    comment.moderated_at = timezone.now()


def record_reply(comment, user):
    if comment.reply.strip():
        comment.reply_by = user
        comment.reply_role = role_of(user)
    else:
        comment.reply_by, comment.reply_role = None, ""


@transaction.atomic
def moderate(comments, action, user):
    """Apply one of ACTIONS to each comment; returns how many changed."""
    status = ACTIONS[action]
    changed = 0
    for comment in comments:
        if comment.status == status:
            continue
        comment.status = status
        record_moderation(comment, user)
        comment.save(update_fields=["status", "moderated_by", "moderated_at"])
        log(instance=comment, action=LOG_PREFIX + action, user=user)
        changed += 1
    return changed


def pending_count():
    return Comment.objects.filter(status__in=[Comment.PENDING, Comment.HELD]).count()
