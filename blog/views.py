from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from blog import commenting
from blog.forms import CommentForm


def post_comment(request, post):
    """POST a comment, then redirect (so a refresh never sends it twice). Every accepted
    submission is stored; only a rate-limited one is turned away, with a clear message."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not post.comments_open:
        # Not sent, but not lost: what the reader typed comes back to copy.
        typed = {field: request.POST.get(field, "") for field in ("name", "email", "body")}
        context = {"page": post, "typed": typed}
        return TemplateResponse(request, "blog/comments_closed.html", context, status=403)
    form = CommentForm(request.POST)
    # Re-shown after an error, the form keeps the time it was first shown, not a fresh one.
    request.portal_form_issued = request.POST.get("issued", "")[:200]
    if not form.is_valid():
        response = post.render(request, context_overrides={"comment_form": form})
        response.status_code = 400
        return response
    try:
        comment = commenting.submit(post, form, request)
    except commenting.RateLimited as limited:
        # What the reader typed comes back in the form, to copy or send again later.
        retry_after = limited.retry_after
        response = TemplateResponse(
            request,
            "blog/comment_rate_limited.html",
            {"page": post, "comment_form": form, "retry_minutes": -(-retry_after // 60)},
            status=429,
        )
        response["Retry-After"] = str(retry_after)
        return response
    outcome = "crisis" if "crisis" in comment.reasons else "thanks"
    return redirect(f"{post.get_url(request)}?comment={outcome}#comment-status")
