"""Admin views for reviews falling due: the report, and "still accurate" re-confirmation."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from portal.review import actions, due, rules

REVIEW_GROUPS = ("Pharmacists", "Clinical editors")


def sees_reviews(user):
    return user.is_superuser or user.groups.filter(name__in=REVIEW_GROUPS).exists()


class ReviewsDueView(WagtailAdminTemplateMixin, TemplateView):
    page_title = "Reviews due"
    header_icon = "time"
    template_name = "portal/admin/reviews_due.html"

    def dispatch(self, request, *args, **kwargs):
        if not sees_reviews(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["pages"] = due.due_pages()
        context["today"] = timezone.localdate()
        context["can_confirm"] = rules.is_pharmacist(self.request.user)
        return context


@require_POST
def confirm_still_accurate(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not hasattr(page, "next_review_due"):
        raise PermissionDenied
    try:
        actions.confirm_still_accurate(page, request.user)
    except PermissionDenied as refusal:
        messages.error(request, str(refusal) or "This page cannot be confirmed.")
    else:
        messages.success(
            request,
            f"“{page.title}” confirmed as still accurate. Next review due "
            f"{page.next_review_due:%-d %B %Y}.",
        )
    return redirect(reverse("portal_reviews_due"))
