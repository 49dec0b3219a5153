"""Pharmacist review: who may sign a page off, what the sign-off records, and when it is due."""

import calendar
import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel
from wagtail.models import AbstractGroupApprovalTask, TaskState

MAX_REVIEW_INTERVAL_MONTHS = 36
DUE_SOON_DAYS = 30


def add_months(day, months):
    """The same day `months` later, or the month's last day when it is shorter (31 Jan + 1)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class ReviewStamp(models.Model):
    """Who last checked a page and when it is due again. Written only by the pharmacist review
    (on approval, or on re-confirming an unchanged page), so no edit panel shows these fields."""

    # Months until the next review; page types may shorten or lengthen it, up to three years.
    review_interval_months = 12

    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewer_credentials = models.CharField(max_length=120, blank=True, editable=False)
    reviewer_registration = models.CharField(max_length=60, blank=True, editable=False)
    last_reviewed = models.DateField(null=True, blank=True, editable=False)
    next_review_due = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    @classmethod
    def next_review_from(cls, day):
        return add_months(day, min(cls.review_interval_months, MAX_REVIEW_INTERVAL_MONTHS))

    @property
    def reviewer_name(self):
        if self.reviewed_by is None:
            return ""
        return self.reviewed_by.get_full_name() or self.reviewed_by.get_username()

    @property
    def review_overdue(self):
        return self.next_review_due is not None and self.next_review_due < timezone.localdate()


class PharmacistProfile(models.Model):
    """What a review stamp quotes about the pharmacist who gave it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pharmacist_profile"
    )
    credentials = models.CharField(max_length=120, help_text="e.g. MPharm, PharmD")
    registration_number = models.CharField(
        max_length=60, help_text="Professional register and number, e.g. GPhC 2071234"
    )

    panels = [FieldPanel("user"), FieldPanel("credentials"), FieldPanel("registration_number")]

    def __str__(self):
        name = self.user.get_full_name() or self.user.get_username()
        return f"{name}, {self.credentials}"


class PharmacistReviewTask(AbstractGroupApprovalTask):
    """A pharmacist's sign-off. Like a group approval, except that nobody may approve a revision
    they submitted or edited while it was in review, and sending back needs a comment."""

    class Meta:
        verbose_name = "Pharmacist review task"
        verbose_name_plural = "Pharmacist review tasks"

    @classmethod
    def get_description(cls):
        return "A pharmacist who did not write or edit the page approves it, which publishes it."

    @classmethod
    def get_task_state_class(cls):
        return PharmacistReviewTaskState

    def get_actions(self, obj, user):
        from portal.review import may_approve

        actions = super().get_actions(obj, user)
        if not may_approve(obj, user):
            actions = [action for action in actions if action[0] != "approve"]
        return actions

    def get_form_for_action(self, action):
        from portal.forms import ApproveForm, RequestChangesForm

        return RequestChangesForm if action == "reject" else ApproveForm

    def on_action(self, task_state, user, action_name, **kwargs):
        from portal.review import perform_review_action

        return perform_review_action(self, task_state, user, action_name, **kwargs)


class PharmacistReviewTaskState(TaskState):
    """A review in progress or done, with the evidence the pharmacist noted."""

    sources_checked = models.TextField(blank=True)
    product_information_date = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = "Pharmacist review task state"
