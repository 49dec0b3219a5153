"""Bulk moderation in the comment queue: approve, reject, spam or remove many at once."""

from django.core.exceptions import PermissionDenied

from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from blog.models import Comment
from blog.moderation import can_moderate, moderate


class ModerateBulkAction(SnippetBulkAction):
    models = [Comment]
    template_name = "blog/admin/confirm_bulk_moderation.html"
    moderation = ""

    def dispatch(self, request, *args, **kwargs):
        # Refuse outright, rather than listing every comment as "no access".
        if not can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, comment):
        return can_moderate(self.request.user)

    def get_execution_context(self):
        # Wagtail passes no user to execute_action; each comment records who moderated it.
        return {**super().get_execution_context(), "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, *, user, **kwargs):
        return moderate(objects, cls.moderation, user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return f"{self.display_name}: {num_parent_objects} comment(s)."


class ApproveBulkAction(ModerateBulkAction):
    display_name = "Approve"
    action_type = "approve"
    aria_label = "Approve the selected comments"
    moderation = "approve"
    action_priority = 10


class RejectBulkAction(ModerateBulkAction):
    display_name = "Reject"
    action_type = "reject"
    aria_label = "Reject the selected comments"
    moderation = "reject"
    action_priority = 20


class SpamBulkAction(ModerateBulkAction):
    display_name = "Mark as spam"
    action_type = "spam"
    aria_label = "Mark the selected comments as spam"
    moderation = "spam"
    action_priority = 30


class RemoveBulkAction(ModerateBulkAction):
    display_name = "Remove"
    action_type = "remove"
    aria_label = "Remove the selected comments"
    moderation = "remove"
    action_priority = 40
    classes = {"serious"}
