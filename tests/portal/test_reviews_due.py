import datetime

from django.core import mail
from django.core.management import call_command

from wagtail.models import PageLogEntry

import pytest

from guides.models import DrugGuidePage
from tests.blog.factories import make_post
from tests.guides.conftest import make_guide
from tests.portal.conftest import TODAY

pytestmark = pytest.mark.usefixtures("frozen")


def reviewed(page, reviewer, last, due):
    page.save_revision().publish()
    type(page).objects.filter(pk=page.pk).update(
        reviewed_by=reviewer,
        reviewer_name=reviewer.get_full_name(),
        last_reviewed=last,
        next_review_due=due,
    )
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def pages(guide_index, blog_index, pharmacist):
    overdue = reviewed(
        make_guide(guide_index, "Overdol"),
        pharmacist,
        datetime.date(2025, 11, 1),
        datetime.date(2026, 11, 1),
    )
    soon = reviewed(
        make_post(blog_index, slug="soon", title="Due soon"),
        pharmacist,
        datetime.date(2025, 12, 10),
        datetime.date(2026, 12, 10),
    )
    later = reviewed(
        make_guide(guide_index, "Laterol"),
        pharmacist,
        datetime.date(2026, 6, 1),
        datetime.date(2027, 6, 1),
    )
    never = make_guide(guide_index, "Neverol")
    return {"overdue": overdue, "soon": soon, "later": later, "never": never}


def test_report_lists_due_pages_soonest_first(client, pages, editor):
    client.force_login(editor)
    response = client.get("/admin/reports/reviews-due/")
    assert response.status_code == 200
    assert [page.title for page in response.context["pages"]] == ["Neverol", "Overdol", "Due soon"]
    html = response.text
    assert "(overdue)" in html and "Never reviewed" in html and "Pharma Tester" in html
    assert "Laterol" not in html


def test_report_is_for_pharmacists_and_editors_only(client, pages, moderator, pharmacist):
    client.force_login(moderator)
    assert client.get("/admin/reports/reviews-due/").status_code in (302, 403)
    client.force_login(pharmacist)
    assert client.get("/admin/reports/reviews-due/").status_code == 200


def test_dashboard_panel_shows_the_count(client, pages, editor, moderator):
    client.force_login(editor)
    html = " ".join(client.get("/admin/").text.split())
    assert (
        "<strong>3</strong> published pages are overdue, never reviewed or due within 30 days"
        in html
    )
    client.force_login(moderator)
    assert "data-reviews-due-panel" not in client.get("/admin/").text


def test_reminders_email_each_pharmacist_the_due_pages(pages, pharmacist, second_pharmacist):
    call_command("send_review_reminders", stdout=None)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [pharmacist.email, second_pharmacist.email]
    )
    body = mail.outbox[0].body
    assert mail.outbox[0].subject == "3 pages due for pharmacist review"
    assert "Overdol: overdue since 1 November 2026" in body
    assert "Due soon: due 10 December 2026" in body
    assert "Neverol: never reviewed" in body
    assert "Laterol" not in body


def test_reminders_send_nothing_when_nothing_is_due(guide_index, pharmacist):
    reviewed(make_guide(guide_index, "Freshol"), pharmacist, TODAY, datetime.date(2027, 11, 29))
    call_command("send_review_reminders", stdout=None)
    assert mail.outbox == []


def test_overdue_page_stays_readable_with_a_notice(client, pages):
    html = " ".join(client.get("/medicines/overdol/").text.split())
    assert "This page is overdue for review" in html
    assert "due to be checked again on 1 November 2026" in html
    assert "overdue for review" not in client.get("/medicines/laterol/").text


def test_pharmacist_confirms_an_unchanged_page_still_accurate(client, pages, second_pharmacist):
    client.force_login(second_pharmacist)
    page = pages["overdue"]
    response = client.post(f"/admin/reviews/{page.pk}/confirm/")
    assert response.status_code == 302
    page = DrugGuidePage.objects.get(pk=page.pk)
    assert (page.last_reviewed, page.next_review_due) == (TODAY, datetime.date(2027, 11, 29))
    assert page.reviewed_by == second_pharmacist
    assert not page.has_unpublished_changes
    entry = PageLogEntry.objects.get(page=page, action="portal.review_confirmed")
    assert entry.user == second_pharmacist
    assert page.live_revision.content["next_review_due"] == "2027-11-29"


def test_editors_cannot_confirm(client, pages, editor):
    client.force_login(editor)
    client.post(f"/admin/reviews/{pages['overdue'].pk}/confirm/")
    assert DrugGuidePage.objects.get(pk=pages["overdue"].pk).last_reviewed == datetime.date(
        2025, 11, 1
    )


def test_a_changed_page_cannot_be_confirmed(client, pages, second_pharmacist, editor):
    page = pages["overdue"]
    page.summary = "An edit waiting for review."
    page.save_revision(user=editor)
    client.force_login(second_pharmacist)
    response = client.post(f"/admin/reviews/{page.pk}/confirm/", follow=True)
    assert "Only a published page with no pending changes can be confirmed." in response.text
    assert DrugGuidePage.objects.get(pk=page.pk).next_review_due == datetime.date(2026, 11, 1)


def test_confirm_needs_post(client, pages, second_pharmacist):
    client.force_login(second_pharmacist)
    assert client.get(f"/admin/reviews/{pages['overdue'].pk}/confirm/").status_code == 405
    assert client.post("/admin/reviews/999999/confirm/").status_code == 404


def test_report_filters_by_state_and_type(client, pages, editor):
    client.force_login(editor)
    never = client.get("/admin/reports/reviews-due/?state=never")
    assert [page.title for page in never.context["pages"]] == ["Neverol"]
    overdue = client.get("/admin/reports/reviews-due/results/?state=overdue")
    assert [page.title for page in overdue.context["pages"]] == ["Overdol"]
    post_type = pages["soon"].content_type_id
    posts = client.get(f"/admin/reports/reviews-due/?content_type={post_type}")
    assert [page.title for page in posts.context["pages"]] == ["Due soon"]


def test_report_exports_what_is_due_as_a_spreadsheet(client, pages, editor):
    client.force_login(editor)
    response = client.get("/admin/reports/reviews-due/?export=csv")
    assert response.status_code == 200
    rows = response.getvalue().decode().splitlines()
    assert rows[0].split(",")[:5] == [
        "Title",
        "Type",
        "Next review due",
        "Last reviewed",
        "Last reviewer",
    ]
    assert [row.split(",")[0] for row in rows[1:]] == ["Neverol", "Overdol", "Due soon"]
    assert "2026-11-01" in rows[2] and "Pharma Tester" in rows[2]
    xlsx = client.get("/admin/reports/reviews-due/?export=xlsx")
    assert xlsx["Content-Disposition"].startswith('attachment; filename="reviews-due-')


def test_a_bad_filter_is_a_form_error_not_a_failure(client, pages, editor):
    client.force_login(editor)
    response = client.get("/admin/reports/reviews-due/?state=%00&content_type=abc")
    assert response.status_code == 200
