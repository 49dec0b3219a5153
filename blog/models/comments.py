"""Reader comments: stored whatever happens, shown only once a moderator approves them."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from blog.panels import ContradictionsPanel

HOLD_REASONS = {
    "links": "Contains a link",
    "selling": "Pharmacy selling language",
    "promotion": "Promotion or unrelated selling",
    "spam_like": "Reads like spam",
    "personal_details": "Personal medical or contact details",
    "advice": "Advice to others about their medicines",
    "crisis": "Crisis language: urgent",
    "honeypot": "Spam: hidden field filled",
    "too_fast": "Spam: sent too fast",
    "expired": "Spam: form too old",
    "bad_token": "Spam: form tampered with",
    "blocked_term": "Spam: blocked word or phrase",
    "blocked_ip": "Spam: blocked address",
}


class Comment(index.Indexed, models.Model):
    PENDING, HELD, APPROVED = "pending", "held", "approved"
    REJECTED, SPAM, REMOVED = "rejected", "spam", "removed"
    STATUSES = [
        (PENDING, "Pending"),
        (HELD, "Held for a closer look"),
        (APPROVED, "Approved"),
        (REJECTED, "Rejected"),
        (SPAM, "Spam"),
        (REMOVED, "Removed"),
    ]

    post = models.ForeignKey("blog.BlogPostPage", on_delete=models.CASCADE, related_name="comments")
    name = models.CharField("display name", max_length=80)
    email = models.EmailField(blank=True, help_text="Never shown; only to contact the reader.")
    body = models.TextField()
    created = models.DateTimeField(default=timezone.now, db_index=True)
    status = models.CharField(max_length=10, choices=STATUSES, default=PENDING, db_index=True)
    # Space-separated codes from HOLD_REASONS, so the queue can filter on any one of them.
    hold_reasons = models.CharField(max_length=200, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    moderated_at = models.DateTimeField(null=True, blank=True)
    moderator_note = models.TextField(blank=True, help_text="Only moderators see this.")
    ip_hash = models.CharField(max_length=64, blank=True, db_index=True)
    user_agent = models.CharField(max_length=300, blank=True)
    reply = models.TextField("official reply", blank=True)
    reply_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reply_role = models.CharField(max_length=60, blank=True)
    # Copied when the reply is given, as a review stamp quotes its pharmacist.
    reply_credentials = models.CharField(max_length=120, blank=True)
    # Facts of the post's guides the comment advises against (blog/screening): {guide, says, url}.
    contradicts = models.JSONField(default=list, blank=True, editable=False)
    # The moderators' crisis alert: sent once, retried by `manage.py send_crisis_alerts` until then.
    alert_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    alert_attempts = models.PositiveSmallIntegerField(default=0, editable=False)

    panels = [
        ContradictionsPanel(heading="Against the guide"),
        FieldPanel("body", read_only=True),
        FieldRowPanel([FieldPanel("name", read_only=True), FieldPanel("post", read_only=True)]),
        FieldPanel("status"),
        FieldPanel("moderator_note"),
        MultiFieldPanel(
            [FieldPanel("canned_reply"), FieldPanel("reply")],
            heading="Official reply",
            help_text="Shown under the comment with your name and role. Pick a canned reply to start from.",
        ),
    ]
    search_fields = [
        index.SearchField("body"),
        index.SearchField("name"),
        index.AutocompleteField("body"),
        index.FilterField("status"),
    ]

    class Meta:
        ordering = ["-created"]
        indexes = [models.Index(fields=["post", "status", "created"])]
        # Replying without the right to moderate: pharmacists answer readers' questions.
        permissions = [("reply_comment", "Can reply to comment")]

    def __str__(self):
        text = " ".join(self.body.split())
        return f"{self.name}: {text[:60]}{'…' if len(text) > 60 else ''}"

    @property
    def reasons(self):
        return self.hold_reasons.split()

    @property
    def reason_labels(self):
        return [HOLD_REASONS.get(code, code) for code in self.reasons]


class BlockedTerm(models.Model):
    """A word or phrase, or a hashed address, whose comments go straight to spam."""

    PHRASE, IP_HASH = "phrase", "ip_hash"
    value = models.CharField(
        max_length=200,
        unique=True,
        help_text="A word or phrase (matched as whole words, any case), or an address hash copied from a comment.",
    )
    kind = models.CharField(
        max_length=10,
        choices=[(PHRASE, "Word or phrase"), (IP_HASH, "Address hash")],
        default=PHRASE,
    )
    note = models.CharField(max_length=200, blank=True)

    panels = [FieldPanel("kind"), FieldPanel("value"), FieldPanel("note")]

    def __str__(self):
        return self.value


class CannedReply(models.Model):
    title = models.CharField(max_length=80, unique=True)
    text = models.TextField()

    panels = [FieldPanel("title"), FieldPanel("text")]

    class Meta:
        verbose_name_plural = "canned replies"
        ordering = ["title"]

    def __str__(self):
        return self.title
