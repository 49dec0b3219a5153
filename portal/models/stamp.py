"""What a pharmacist's sign-off records on a page, and who may give one."""

import calendar
import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel

MAX_REVIEW_INTERVAL_MONTHS = 36
DUE_SOON_DAYS = 30


def add_months(day, months):
    """The same day `months` later, or the month's last day when it is shorter (31 Jan + 1)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class ReviewStamp(models.Model):
    """Who last checked a page and when it is due again. Written only by the pharmacist review
    (on approval, or on re-confirming an unchanged page), so no edit panel shows these fields.
    The name, credentials and registration are copied at sign-off: the stamp quotes the
    pharmacist as they signed, whatever later happens to their account."""

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
    reviewer_name = models.CharField(max_length=150, blank=True, editable=False)
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
