"""One-comment moderation from the queue: a confirmation page (GET) that acts on POST."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from blog.models import Comment
from blog.moderation import ACTIONS, moderate

LABELS = {"approve": "Approve", "reject": "Reject", "spam": "Mark as spam", "remove": "Remove"}


def can_moderate(user):
    return user.has_perm("blog.change_comment")


def moderate_comment(request, pk, action):
    if action not in ACTIONS:
        raise Http404
    if not can_moderate(request.user):
        raise PermissionDenied
    comment = get_object_or_404(Comment.objects.select_related("post"), pk=pk)
    if request.method == "POST":
        moderate([comment], action, request.user)
        messages.success(request, f"{LABELS[action]}: “{comment}”.")
        return redirect("wagtailsnippets_blog_comment:list")
    return TemplateResponse(
        request,
        "blog/admin/confirm_moderation.html",
        {
            "comment": comment,
            "action": action,
            "label": LABELS[action],
            "header_title": LABELS[action],
        },
    )
