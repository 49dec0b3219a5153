"""The admin's forms for a reader's comment: the pharmacist's reply and the moderator's edit."""

from django import forms

from wagtail.admin.forms import WagtailAdminModelForm

from blog.models.comments import CannedReply, Comment
from blog.moderation import record_moderation, record_reply


class CommentReplyForm(WagtailAdminModelForm):
    """The official reply and nothing else: all a pharmacist may change on a reader's comment."""

    canned_reply = forms.ModelChoiceField(
        CannedReply.objects.all(),
        required=False,
        help_text="Fills the reply below when it is empty; edit it before saving if you like.",
    )
    require_reply = True
    field_order = ["canned_reply", "reply"]  # its help text speaks of "the reply below"

    class Meta:
        model = Comment
        fields = ["reply"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("canned_reply") and not cleaned.get("reply", "").strip():
            cleaned["reply"] = cleaned["canned_reply"].text
        if self.require_reply and not cleaned.get("reply", "").strip():
            self.add_error("reply", "Write a reply, or pick a canned reply to start from.")
        return cleaned


class CommentAdminForm(CommentReplyForm):
    """The moderator's form: status, note and official reply, starting from a canned reply."""

    # Moderators may clear a reply here; the reply form is for giving one.
    require_reply = False

    class Meta:
        model = Comment
        fields = ["status", "moderator_note", "reply"]

    def save(self, commit=True):
        comment = super().save(commit=False)
        if "status" in self.changed_data:
            record_moderation(comment, self.for_user)
        if "reply" in self.changed_data or "canned_reply" in self.changed_data:
            record_reply(comment, self.for_user)
        if commit:
            comment.save()
        return comment
