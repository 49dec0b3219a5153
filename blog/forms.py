import time

from django import forms
from django.conf import settings
from django.core import signing

from wagtail.admin.forms import WagtailAdminModelForm

from blog.models import CannedReply, Comment

TIMESTAMP_SALT = "blog.comment-form"


def issue_timestamp():
    return signing.dumps(time.time(), salt=TIMESTAMP_SALT)


class CommentForm(forms.Form):
    name = forms.CharField(label="Your name", max_length=80, help_text="Shown with your comment.")
    email = forms.EmailField(
        label="Email (optional)",
        required=False,
        help_text="Never shown. We use it only if we need to contact you about your comment.",
    )
    body = forms.CharField(
        label="Your comment",
        widget=forms.Textarea({"rows": 6}),
        max_length=settings.PORTAL_COMMENT_MAX_LENGTH,
        help_text=f"Up to {settings.PORTAL_COMMENT_MAX_LENGTH} characters.",
    )
    # A field people never see; bots fill it in.
    website = forms.CharField(label="Leave this field empty", required=False)
    issued = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["issued"] = issue_timestamp()
        self.fields["body"].widget.attrs["maxlength"] = settings.PORTAL_COMMENT_MAX_LENGTH
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError("Write your comment before sending it.")
        return body

    def spam_reasons(self):
        """Reasons this submission looks automated; it is still stored, as spam."""
        reasons = []
        if self.cleaned_data.get("website"):
            reasons.append("honeypot")
        try:
            issued = signing.loads(self.cleaned_data.get("issued") or "", salt=TIMESTAMP_SALT)
            age = time.time() - float(issued)
        except (signing.BadSignature, TypeError, ValueError):
            reasons.append("bad_token")
        else:
            if age < settings.PORTAL_COMMENT_MIN_SECONDS:
                reasons.append("too_fast")
            elif age > settings.PORTAL_COMMENT_MAX_AGE_SECONDS:
                reasons.append("expired")
        return reasons


class CommentAdminForm(WagtailAdminModelForm):
    """The moderator's form: status, note and official reply, starting from a canned reply."""

    canned_reply = forms.ModelChoiceField(
        CannedReply.objects.all(),
        required=False,
        help_text="Fills the reply below when it is empty; edit it before saving if you like.",
    )

    class Meta:
        model = Comment
        fields = ["status", "moderator_note", "reply"]

    def save(self, commit=True):
        from blog.moderation import record_moderation, record_reply

        comment = super().save(commit=False)
        if "status" in self.changed_data:
            record_moderation(comment, self.for_user)
        if "reply" in self.changed_data or "canned_reply" in self.changed_data:
            record_reply(comment, self.for_user)
        if commit:
            comment.save()
        return comment

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("canned_reply") and not cleaned.get("reply", "").strip():
            cleaned["reply"] = cleaned["canned_reply"].text
        return cleaned
