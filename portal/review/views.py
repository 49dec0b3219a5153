"""Admin views for reviews falling due: the report, and "still accurate" re-confirmation."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page

import django_filters

from portal.review import actions, due, rules

REVIEW_GROUPS = ("Pharmacists", "Clinical editors")


def sees_reviews(user):
    return user.is_superuser or user.groups.filter(name__in=REVIEW_GROUPS).exists()


class ReviewsDueFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label="Review",
        choices=[("never", "Never reviewed"), ("overdue", "Overdue"), ("soon", "Due soon")],
        method="filter_state",
        empty_label="Any",
    )
    content_type = django_filters.ModelChoiceFilter(
        label="Type",
        queryset=lambda request: ContentType.objects.filter(
            pk__in=[
                ct.pk
                for ct in ContentType.objects.get_for_models(*due.reviewed_page_models()).values()
            ]
        ),
        empty_label="Any type",
    )

    class Meta:
        model = Page
        fields = []

    def filter_state(self, queryset, name, value):
        today = timezone.localdate()
        if value == "never":
            return queryset.filter(review_due=None)
        if value == "overdue":
            return queryset.filter(review_due__lt=today)
        return queryset.filter(review_due__gte=today)


class ReviewsDueView(PageReportView):
    """Wagtail's page report: listing, filters, and CSV/XLSX export of what is due."""

    page_title = "Reviews due"
    header_icon = "time"
    results_template_name = "portal/admin/reviews_due_results.html"
    index_url_name = "portal_reviews_due"
    index_results_url_name = "portal_reviews_due_results"
    filterset_class = ReviewsDueFilterSet
    list_export = [
        "title",
        "content_type.model_class._meta.verbose_name.title",
        "review_due",
        "last_reviewed",
        "reviewer_name",
        "full_url",
    ]
    export_headings = {
        **PageReportView.export_headings,
        "review_due": "Next review due",
        "last_reviewed": "Last reviewed",
        "reviewer_name": "Last reviewer",
        "full_url": "Address",
    }

    def dispatch(self, request, *args, **kwargs):
        if not sees_reviews(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"reviews-due-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        self.queryset = due.due_queryset().specific()
        return super().get_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
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
