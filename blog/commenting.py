"""Taking a reader's comment: screen it, store it (always, unless rate limited), raise alerts."""

from django.conf import settings

from blog import alerts, screening
from blog.models.comments import BlockedTerm, Comment
from guides.facts import facts_of
from guides.models import DrugGuidePage
from portal.limits import ratelimit
from portal.limits.client_address import client_address

HOUR = 60 * 60


class RateLimited(Exception):
    def __init__(self, retry_after):
        super().__init__(f"comment rate limit; retry after {retry_after} s")
        self.retry_after = retry_after


def related_guides(post):
    return (
        DrugGuidePage.objects.live()
        .filter(related_posts__page=post)
        .prefetch_related("interactions")
    )


def submit(post, form, request):
    """Store the comment from a valid form and return it. Raises RateLimited (nothing stored).

    The limit counts what one client address sent in the last hour, and nothing typed into the
    form: keyed on an email too, anyone could silence a reader by sending comments in their
    name. Checking it and storing the comment are one transaction (portal/limits/ratelimit.py), so
    parallel posts cannot all pass the check."""
    data = form.cleaned_data
    address = client_address(request)
    # Keyed with the secret: enough to block an address, useless to anyone else; never stored raw.
    ip_hash = ratelimit.address_hash(address)

    text = f"{data['name']}\n{data['body']}"
    spam = form.spam_reasons()
    blocks = BlockedTerm.objects.all()
    if blocks.filter(kind=BlockedTerm.IP_HASH, value=ip_hash).exists():
        spam.append("blocked_ip")
    phrases = blocks.filter(kind=BlockedTerm.PHRASE).values_list("value", flat=True)
    if screening.blocked(text, phrases):
        spam.append("blocked_term")
    guides = [facts_of(guide, request) for guide in related_guides(post)]
    held, contradicts = screening.screen(text, guides=guides)

    if spam:
        status = Comment.SPAM
    elif held:
        status = Comment.HELD
    else:
        status = Comment.PENDING
    try:
        with ratelimit.hold(
            "comment", address, limit=settings.PORTAL_COMMENT_RATE_LIMIT, window=HOUR
        ) as bucket:
            comment = Comment.objects.create(
                post=post,
                name=data["name"],
                email=data["email"],
                body=data["body"],
                status=status,
                hold_reasons=" ".join(spam + held),
                contradicts=contradicts,
                ip_hash=ip_hash,
                user_agent=request.META.get("HTTP_USER_AGENT", "")[:300],
            )
            bucket.spend()
    except ratelimit.Exceeded as exceeded:
        raise RateLimited(exceeded.retry_after) from exceeded
    if "crisis" in held:
        # Stored before it is sent: a mail server that is down delays the alert, never loses it.
        alerts.send_crisis_alert.enqueue(comment.pk)
    return comment
