"""{% time_element %}: every date a reader sees, with its machine-readable form."""

import datetime

from django.template import Context, Template

import pytest


def render(value):
    return Template("{% load portal_tags %}{% time_element value %}").render(
        Context({"value": value})
    )


def test_a_date():
    assert render(datetime.date(2026, 11, 2)) == (
        '<time datetime="2026-11-02">2 November 2026</time>'
    )


def test_a_datetime_is_shown_on_its_day_in_the_sites_time_zone():
    # 23:30 UTC on 30 June is 00:30 on 1 July in London (British Summer Time).
    moment = datetime.datetime(2026, 6, 30, 23, 30, tzinfo=datetime.UTC)
    assert render(moment) == ('<time datetime="2026-07-01T00:30:00+01:00">1 July 2026</time>')


def test_the_same_day_in_winter_has_no_offset_and_whole_seconds():
    # HTML's valid datetime strings allow at most three digits of a fraction of a second.
    moment = datetime.datetime(2026, 1, 5, 9, 0, 30, 123456, tzinfo=datetime.UTC)
    assert render(moment) == ('<time datetime="2026-01-05T09:00:30+00:00">5 January 2026</time>')


@pytest.mark.parametrize("value", [None, "", "2026-11-02"])
def test_no_date_renders_nothing(value):
    assert render(value) == ""
