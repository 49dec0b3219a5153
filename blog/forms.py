"""The reader's comment form, and what counts as visible text in it."""

import unicodedata

from django import forms
from django.conf import settings
from django.core import signing

from blog.models.comments import Comment
from portal import form_timestamps

# A character that draws something: a letter, number, punctuation mark or symbol. Marks
# (combining accents, variation selectors, the grapheme joiner) only change how the character
# before them looks, so on their own they draw nothing; nor do separators, format and control
# characters. The letters and symbols here draw nothing either: the Hangul fillers (Unicode's
# default-ignorable letters) and the blank Braille pattern.
DRAWING_CATEGORIES = ("L", "N", "P", "S")
BLANK_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def draws_something(char):
    return unicodedata.category(char).startswith(DRAWING_CATEGORIES) and char not in BLANK_FILLERS


def has_visible_text(text):
    """True when `text` holds at least one character that draws something. False for text
    that shows nothing: U+200B or U+FEFF between spaces, a variation selector or a combining
    mark with no character to mark."""
    return any(draws_something(char) for char in text)


class CommentForm(forms.Form):
    # Lengths and whether a field is required come from the model's columns: a value the form
    # accepts must always fit, or the reader's comment would be lost to a database error.
    name = Comment._meta.get_field("name").formfield(
        label="Your name", help_text="Shown with your comment."
    )
    email = Comment._meta.get_field("email").formfield(
        label="Email (optional)",
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
            self.initial["issued"] = form_timestamps.issue_timestamp()
        self.fields["body"].widget.attrs["maxlength"] = settings.PORTAL_COMMENT_MAX_LENGTH
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not has_visible_text(name):
            raise self.required_error("name")
        return name

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not has_visible_text(body):
            raise self.required_error("body")
        return body

    def required_error(self, field):
        # Text nobody can see is refused as an empty field is, with the same message.
        return forms.ValidationError(self.fields[field].error_messages["required"], code="required")

    def spam_reasons(self):
        """Reasons this submission looks automated; it is still stored, as spam."""
        reasons = []
        if self.cleaned_data.get("website"):
            reasons.append("honeypot")
        try:
            age = form_timestamps.seconds_since(self.cleaned_data.get("issued") or "")
        except (signing.BadSignature, TypeError, ValueError):
            reasons.append("bad_token")
        else:
            if age < settings.PORTAL_COMMENT_MIN_SECONDS:
                reasons.append("too_fast")
            elif age > settings.PORTAL_COMMENT_MAX_AGE_SECONDS:
                reasons.append("expired")
        return reasons
