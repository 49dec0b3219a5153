"""One-comment moderation from the queue: a confirmation page (GET) that acts on POST, and the
reply page where pharmacists and moderators answer a reader."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from blog.models import Comment
from blog.moderation import ACTIONS, can_moderate, can_reply, moderate, needs_confirmation, reply
from blog.moderation_forms import CommentReplyForm

LABELS = {"approve": "Approve", "reject": "Reject", "spam": "Mark as spam", "remove": "Remove"}
REPLY_LABEL = "Reply"


def moderate_comment(request, pk, action):
    if action not in ACTIONS:
        raise Http404
    if not can_moderate(request.user):
        raise PermissionDenied
    comment = get_object_or_404(Comment.objects.select_related("post"), pk=pk)
    confirm = needs_confirmation(comment, action)
    error = ""
    if request.method == "POST":
        if not confirm or request.POST.get("confirm_crisis") == "yes":
            moderate([comment], action, request.user, confirmed=True)
            messages.success(request, f"{LABELS[action]}: “{comment}”.")
            return redirect("wagtailsnippets_blog_comment:list")
        error = "Tick the box to confirm you have read this comment before approving it."
    return TemplateResponse(
        request,
        "blog/admin/confirm_moderation.html",
        {
            "comment": comment,
            "action": action,
            "label": LABELS[action],
            "confirm_crisis": confirm,
            "error": error,
            "header_title": LABELS[action],
        },
    )


def reply_to_comment(request, pk):
    """Write the official reply. Only the reply changes, whatever else the request sends."""
    if not can_reply(request.user):
        raise PermissionDenied
    comment = get_object_or_404(Comment.objects.select_related("post", "reply_by"), pk=pk)
    data = request.POST if request.method == "POST" else None
    form = CommentReplyForm(data, instance=comment, for_user=request.user)
    if request.method == "POST" and form.is_valid():
        reply(comment, form.cleaned_data["reply"], request.user)
        if comment.status == Comment.APPROVED:
            messages.success(request, f"Reply published under “{comment}”.")
        else:
            messages.success(
                request, f"Reply saved on “{comment}”: it shows once the comment is approved."
            )
        return redirect("wagtailsnippets_blog_comment:list")
    return TemplateResponse(
        request,
        "blog/admin/reply.html",
        {
            "comment": comment,
            "form": form,
            "header_title": REPLY_LABEL,
            "can_moderate": can_moderate(request.user),
        },
    )
