"""Reviews falling due, and the workflow every reviewed page goes through."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import Workflow, WorkflowPage, get_page_models

from portal.models.stamp import DUE_SOON_DAYS, ReviewStamp
from portal.review.rules import PHARMACISTS

WORKFLOW_NAME = "Pharmacist review"


def reviewed_page_models():
    return [model for model in get_page_models() if issubclass(model, ReviewStamp)]


def due_pages(today=None, within_days=DUE_SOON_DAYS):
    """Live pages whose review is overdue, due within `within_days`, or that were never
    reviewed (listed first), soonest first."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=within_days)
    pages = []
    for model in reviewed_page_models():
        live = model.objects.live()
        pages += live.filter(next_review_due__lte=horizon)
        pages += live.filter(next_review_due=None)
    return sorted(pages, key=lambda page: (page.next_review_due or datetime.date.min, page.pk))


def review_workflow():
    return Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()


def assign_review_workflow(page):
    """Every guide and post must pass pharmacist review: put its section index under it."""
    workflow = review_workflow()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})


def pharmacists():
    return get_user_model().objects.filter(groups__name=PHARMACISTS, is_active=True).distinct()
