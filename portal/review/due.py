"""Reviews falling due, and the workflow every reviewed page goes through."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import DateField, F, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from wagtail.models import Page, Workflow, WorkflowPage, get_page_models

from portal.models.stamp import DUE_SOON_DAYS, ReviewStamp
from portal.review.rules import PHARMACISTS

WORKFLOW_NAME = "Pharmacist review"


def reviewed_page_models():
    return [model for model in get_page_models() if issubclass(model, ReviewStamp)]


def due_queryset(today=None, within_days=DUE_SOON_DAYS):
    """Live pages whose review is overdue, due within `within_days`, or that were never
    reviewed (listed first), soonest first: one query over every reviewed page type, each
    annotated with its `review_due`."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=within_days)
    models = reviewed_page_models()
    # Each reviewed type is a table joined to Page; a page has a row in exactly one of them.
    due = Coalesce(
        *(F(f"{model._meta.model_name}__next_review_due") for model in models),
        Value(None, output_field=DateField()),
    )
    return (
        Page.objects.live()
        .filter(content_type__in=ContentType.objects.get_for_models(*models).values())
        .annotate(review_due=due)
        .filter(Q(review_due__lte=horizon) | Q(review_due=None))
        .order_by(F("review_due").asc(nulls_first=True), "pk")
    )


def due_pages(today=None, within_days=DUE_SOON_DAYS):
    return list(due_queryset(today, within_days).specific())


def review_workflow():
    return Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()


def assign_review_workflow(page):
    """Every guide and post must pass pharmacist review: put its section index under it."""
    workflow = review_workflow()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})


def pharmacists():
    return get_user_model().objects.filter(groups__name=PHARMACISTS, is_active=True).distinct()
