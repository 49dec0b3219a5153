"""Moderators' actions on comments, each recorded on the comment and in Wagtail's audit log."""

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from blog.models.comments import Comment
from portal.models import PharmacistProfile

ACTIONS = {
    "approve": Comment.APPROVED,
    "reject": Comment.REJECTED,
    "spam": Comment.SPAM,
    "remove": Comment.REMOVED,
}
LOG_PREFIX = "blog.comment."
STATUS_ACTIONS = {status: action for action, status in ACTIONS.items()}


def can_moderate(user):
    return user.has_perm("blog.change_comment")


def can_reply(user):
    """Pharmacists and moderators: replying changes nothing else on the comment."""
    return user.has_perm("blog.reply_comment")


def role_of(user):
    if user.groups.filter(name="Pharmacists").exists():
        return "Pharmacist"
    if user.groups.filter(name="Comment moderators").exists():
        return "Moderator"
    return "Site team"


def record_moderation(comment, user):
    comment.moderated_by = user
    comment.moderated_at = timezone.now()


def credentials_of(user):
    profile = PharmacistProfile.objects.filter(user=user).first()
    return profile.credentials if profile else ""


def record_reply(comment, user):
    """Sign the reply with who gave it, their role and credentials as they are today."""
    if comment.reply.strip():
        comment.reply_by = user
        comment.reply_role = role_of(user)
        comment.reply_credentials = credentials_of(user)
    else:
        comment.reply_by, comment.reply_role, comment.reply_credentials = None, "", ""


REPLY_FIELDS = ["reply", "reply_by", "reply_role", "reply_credentials"]


@transaction.atomic
def reply(comment, text, user):
    """Set the official reply and nothing else; it shows once the comment is approved."""
    comment.reply = text
    record_reply(comment, user)
    comment.save(update_fields=REPLY_FIELDS)
    log(instance=comment, action=LOG_PREFIX + "reply", user=user)


@transaction.atomic
def needs_confirmation(comment, action):
    """A comment that may be from someone in crisis is published only by a moderator who has
    opened it and confirmed: never in bulk, never by one click."""
    return action == "approve" and "crisis" in comment.reasons


def moderate(comments, action, user, confirmed=False):
    """Apply one of ACTIONS to each comment; returns how many changed. Crisis comments are left
    as they are on approval unless `confirmed` (see needs_confirmation)."""
    status = ACTIONS[action]
    changed = 0
    for comment in comments:
        if comment.status == status or (needs_confirmation(comment, action) and not confirmed):
            continue
        comment.status = status
        record_moderation(comment, user)
        comment.save(update_fields=["status", "moderated_by", "moderated_at"])
        log(instance=comment, action=LOG_PREFIX + action, user=user)
        changed += 1
    return changed


def log_edit(comment, changed_fields, user):
    """Log the edit form's changes as the same actions the queue's buttons record."""
    if "status" in changed_fields and comment.status in STATUS_ACTIONS:
        log(instance=comment, action=LOG_PREFIX + STATUS_ACTIONS[comment.status], user=user)
    if {"reply", "canned_reply"} & set(changed_fields):
        log(instance=comment, action=LOG_PREFIX + "reply", user=user)


def pending_count():
    return Comment.objects.filter(status__in=[Comment.PENDING, Comment.HELD]).count()
