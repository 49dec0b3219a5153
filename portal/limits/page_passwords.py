"""Passwords on private pages, limited as staff sign-in is: AXES_FAILURE_LIMIT wrong passwords
from one client address pause checking for AXES_COOLOFF_TIME. Without it, Wagtail's password
form (/_util/authenticate_with_password/…) can be tried without end.

Each client is counted by its own address (portal/limits/client_address.py), so one reader's guesses
never lock out another; a right password clears that client's count, as AXES_RESET_ON_SUCCESS
does for sign-in. While paused, no password is compared at all, right or wrong.
"""

import datetime
import math

from django import forms
from django.conf import settings
from django.shortcuts import get_object_or_404
from django.urls import reverse

from wagtail import views as wagtail_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction

from axes.helpers import get_cool_off

from portal.limits import ratelimit
from portal.limits.client_address import client_address

LIMIT = "page-password"


class PausedPasswordForm(PasswordViewRestrictionForm):
    """Wagtail's password form while this client is paused: it checks nothing and says why."""

    def __init__(self, restriction, return_url, message):
        super().__init__({"return_url": return_url, "password": ""}, instance=restriction)
        self.fields["password"].required = False
        self.message = message

    def clean_password(self):
        return ""

    def clean(self):
        raise forms.ValidationError(self.message, code="rate_limited")


def cool_off_seconds(request):
    cool_off = get_cool_off(request) or datetime.timedelta(days=365)
    return cool_off.total_seconds()


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's own view, inside this client's limit: a redirect means the password was right."""
    if request.method != "POST":
        return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    try:
        with ratelimit.hold(
            LIMIT,
            client_address(request),
            limit=settings.AXES_FAILURE_LIMIT,
            window=cool_off_seconds(request),
        ) as bucket:
            response = wagtail_views.authenticate_with_password(
                request, page_view_restriction_id, page_id
            )
            if response.status_code == 302:
                if settings.AXES_RESET_ON_SUCCESS:
                    bucket.clear()
            else:
                bucket.spend()
            return response
    except ratelimit.Exceeded as exceeded:
        return paused(request, page_view_restriction_id, page_id, exceeded.retry_after)


def paused(request, page_view_restriction_id, page_id, retry_after):
    restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    minutes = math.ceil(retry_after / 60)
    message = (
        "Too many wrong passwords have been tried from your connection, so passwords are not "
        f"being checked for now. Please try again in {minutes} minute{'s' if minutes != 1 else ''}."
    )
    form = PausedPasswordForm(restriction, request.POST.get("return_url", "")[:2000], message)
    action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
    response = page.serve_password_required_response(request, form, action_url)
    response.status_code = 429
    response["Retry-After"] = str(retry_after)
    return response
