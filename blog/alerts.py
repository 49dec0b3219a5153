"""The moderators' alert about a comment that may be from someone in crisis: sent once, as a
task (django-tasks) after the comment is stored, and retried by `manage.py send_crisis_alerts`
for as long as the mail server refuses it. The comment row records whether it went out."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone

from django_tasks import task

from blog.models.comments import Comment

MODERATORS = "Comment moderators"
logger = logging.getLogger(__name__)


def recipients():
    moderators = (
        get_user_model()
        .objects.filter(Q(groups__name=MODERATORS) | Q(is_superuser=True), is_active=True)
        .exclude(email="")
    )
    return sorted(set(moderators.values_list("email", flat=True)))


def pending():
    """Crisis comments whose alert has not gone out yet."""
    return Comment.objects.filter(hold_reasons__contains="crisis", alert_sent_at=None)


@task()
def send_crisis_alert(comment_id):
    """Send the alert for one comment unless it has gone out; True once it has."""
    with transaction.atomic():
        comment = (
            pending()
            .select_for_update(skip_locked=True)
            .select_related("post")
            .filter(pk=comment_id)
            .first()
        )
        if comment is None:  # sent already, or being sent by another process
            return True
        comment.alert_attempts += 1
        try:
            deliver(comment)
        except Exception:  # the mail server: kept for the next run of send_crisis_alerts
            logger.exception(
                "crisis alert for comment %s not sent (attempt %s)",
                comment.pk,
                comment.alert_attempts,
            )
            comment.save(update_fields=["alert_attempts"])
            return False
        comment.alert_sent_at = timezone.now()
        comment.save(update_fields=["alert_attempts", "alert_sent_at"])
        return True


def deliver(comment):
    to = recipients()
    if not to:
        raise RuntimeError("no active moderator has an email address")
    body = render_to_string(
        "blog/emails/crisis_alert.txt",
        {"comment": comment, "base_url": settings.WAGTAILADMIN_BASE_URL},
    )
    subject = f"URGENT: a comment on “{comment.post.title}” may be from someone in crisis"
    send_mail(subject, body, None, to)
