"""Taking a reader's comment: screen it, store it (always, unless rate limited), raise alerts."""

import datetime
import hashlib
import hmac

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone

from blog import screening
from blog.models import BlockedTerm, Comment

MODERATORS = "Comment moderators"


class RateLimited(Exception):
    pass


def hash_ip(address):
    """A keyed hash of the reader's address: enough to rate-limit and block, useless to anyone
    without the secret key. The address itself is never stored."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, (address or "").encode(), hashlib.sha256).hexdigest()


def client_address(request):
    return request.META.get("REMOTE_ADDR", "")


def check_rate(ip_hash, email):
    since = timezone.now() - datetime.timedelta(hours=1)
    recent = Comment.objects.filter(created__gte=since)
    who = Q(ip_hash=ip_hash)
    if email:
        who |= Q(email__iexact=email)
    if recent.filter(who).count() >= settings.PORTAL_COMMENT_RATE_LIMIT:
        raise RateLimited


def submit(post, form, request):
    """Store the comment from a valid form and return it. Raises RateLimited (nothing stored)."""
    data = form.cleaned_data
    ip_hash = hash_ip(client_address(request))
    check_rate(ip_hash, data["email"])

    text = f"{data['name']}\n{data['body']}"
    spam = form.spam_reasons()
    blocks = BlockedTerm.objects.all()
    if blocks.filter(kind=BlockedTerm.IP_HASH, value=ip_hash).exists():
        spam.append("blocked_ip")
    phrases = blocks.filter(kind=BlockedTerm.PHRASE).values_list("value", flat=True)
    if screening.blocked(text, phrases):
        spam.append("blocked_term")
    held = screening.hold_reasons(text)

    if spam:
        status = Comment.SPAM
    elif held:
        status = Comment.HELD
    else:
        status = Comment.PENDING
    comment = Comment.objects.create(
        post=post,
        name=data["name"],
        email=data["email"],
        body=data["body"],
        status=status,
        hold_reasons=" ".join(spam + held),
        ip_hash=ip_hash,
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:300],
    )
    if "crisis" in held:
        alert_moderators(comment)
    return comment


def alert_moderators(comment):
    moderators = (
        get_user_model()
        .objects.filter(Q(groups__name=MODERATORS) | Q(is_superuser=True), is_active=True)
        .exclude(email="")
    )
    recipients = sorted(set(moderators.values_list("email", flat=True)))
    if not recipients:
        return
    body = render_to_string(
        "blog/emails/crisis_alert.txt",
        {"comment": comment, "base_url": settings.WAGTAILADMIN_BASE_URL},
    )
    send_mail(
        f"URGENT: a comment on “{comment.post.title}” may be from someone in crisis",
        body,
        None,
        recipients,
    )
