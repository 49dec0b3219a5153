"""Pharmacist review, tested the way Wagtail tests its own workflows: through the models and
through the admin views a browser would post to."""

import datetime

from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.management import call_command

from wagtail.models import PageLogEntry

import pytest
import time_machine

from guides.models import DrugGuidePage
from portal.models import PharmacistReviewTaskState
from tests.guides.conftest import make_guide
from tests.portal.conftest import TODAY

pytestmark = pytest.mark.usefixtures("frozen")


@pytest.fixture
def draft(guide_index, editor):
    """A guide the editor has written and not yet submitted."""
    guide = make_guide(guide_index, "Draftol", live=False, owner=editor)
    guide.save_revision(user=editor)
    return guide


def submit(page, user):
    page = page.specific_class.objects.get(pk=page.pk)
    return page.get_workflow().start(page, user)


def act(page, user, action, **data):
    page = page.specific_class.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    return task_state.task.specific.on_action(task_state, user, action, **data)


def fresh(page):
    return DrugGuidePage.objects.get(pk=page.pk)


def test_guides_posts_and_other_pages_use_the_pharmacist_review(guide_index, blog_index, home_page):
    for page in (guide_index, blog_index, home_page):
        assert page.get_workflow().name == "Pharmacist review"


def test_submit_then_approve_publishes_with_the_stamp(draft, editor, pharmacist):
    submit(draft, editor)
    assert not fresh(draft).live
    act(draft, pharmacist, "approve", comment="Checked against the leaflet.")
    guide = fresh(draft)
    assert guide.live
    assert guide.reviewed_by == pharmacist
    assert (guide.reviewer_credentials, guide.reviewer_registration) == ("MPharm", "GPhC 1")
    assert guide.last_reviewed == TODAY
    assert guide.next_review_due == datetime.date(2027, 11, 29)
    publish_log = PageLogEntry.objects.filter(page=guide, action="wagtail.publish").get()
    assert publish_log.user == pharmacist


def test_the_stamp_shows_on_the_page(client, draft, editor, pharmacist):
    submit(draft, editor)
    act(draft, pharmacist, "approve")
    html = " ".join(client.get("/medicines/draftol/").text.split())
    assert 'Reviewed by Pharma Tester, MPharm (GPhC 1) on <time datetime="2026-11-29">' in html
    assert 'Next review due <time datetime="2027-11-29">29 November 2027</time>' in html


def test_evidence_is_stored_with_the_review(draft, editor, pharmacist):
    workflow_state = submit(draft, editor)
    act(
        draft,
        pharmacist,
        "approve",
        sources_checked="Product leaflet, national formulary",
        product_information_date="2026-10-01",
    )
    review = PharmacistReviewTaskState.objects.get(workflow_state=workflow_state)
    assert review.sources_checked == "Product leaflet, national formulary"
    assert review.product_information_date == datetime.date(2026, 10, 1)


def test_author_cannot_approve_their_own_submission(guide_index, pharmacist, second_pharmacist):
    guide = make_guide(guide_index, "Ownol", live=False)
    guide.save_revision(user=pharmacist)
    submit(guide, pharmacist)
    task = fresh(guide).current_workflow_task.specific
    assert "approve" not in [name for name, _, _ in task.get_actions(guide, pharmacist)]
    assert "reject" in [name for name, _, _ in task.get_actions(guide, pharmacist)]
    with pytest.raises(PermissionDenied):
        act(guide, pharmacist, "approve")
    assert not fresh(guide).live
    act(guide, second_pharmacist, "approve")
    assert fresh(guide).live


def test_pharmacist_who_edited_during_review_cannot_approve(
    draft, editor, pharmacist, second_pharmacist
):
    submit(draft, editor)
    edited = fresh(draft)
    edited.summary = "Tightened wording."
    edited.save_revision(user=pharmacist)
    with pytest.raises(PermissionDenied):
        act(draft, pharmacist, "approve")
    # Approving the submitted revision is not enough: the edit made since needs approving too.
    act(draft, second_pharmacist, "approve")
    assert not fresh(draft).live
    with pytest.raises(PermissionDenied):
        act(draft, pharmacist, "approve")
    act(draft, second_pharmacist, "approve")
    assert fresh(draft).live
    assert fresh(draft).summary == "Tightened wording."


def test_superusers_cannot_approve_their_own_work_either(guide_index, superuser):
    guide = make_guide(guide_index, "Rootol", live=False)
    guide.save_revision(user=superuser)
    submit(guide, superuser)
    with pytest.raises(PermissionDenied):
        act(guide, superuser, "approve")


def test_request_changes_needs_a_comment(draft, editor, pharmacist):
    submit(draft, editor)
    with pytest.raises(PermissionDenied):
        act(draft, pharmacist, "reject", comment="   ")
    assert fresh(draft).current_workflow_state.status == "in_progress"


def test_request_changes_notifies_the_author_who_can_resubmit(draft, editor, pharmacist):
    submit(draft, editor)
    mail.outbox.clear()
    act(draft, pharmacist, "reject", comment="Add the kidney dose change.")
    state = fresh(draft).current_workflow_state
    assert state.status == "needs_changes"
    to_editor = [m for m in mail.outbox if m.to == [editor.email]]
    assert len(to_editor) == 1 and "Add the kidney dose change." in to_editor[0].body
    state.resume(user=editor)
    assert fresh(draft).current_workflow_state.status == "in_progress"


def test_pharmacists_are_emailed_on_submission(draft, editor, pharmacist, second_pharmacist):
    mail.outbox.clear()
    submit(draft, editor)
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([pharmacist.email, second_pharmacist.email])
    assert "Draftol" in mail.outbox[0].subject + mail.outbox[0].body


def test_approval_email_carries_the_pharmacists_comment(draft, editor, pharmacist):
    submit(draft, editor)
    mail.outbox.clear()
    act(draft, pharmacist, "approve", comment="Clear and accurate.")
    assert [m.to for m in mail.outbox] == [[editor.email]]
    assert "Clear and accurate." in mail.outbox[0].body
    assert "Pharma Tester" in mail.outbox[0].body


def test_approved_revision_with_a_go_live_date_is_scheduled(draft, editor, pharmacist):
    page = fresh(draft)
    page.go_live_at = datetime.datetime(2026, 12, 5, 9, 0, tzinfo=datetime.UTC)
    page.save_revision(user=editor)
    submit(draft, editor)
    act(draft, pharmacist, "approve")
    assert not fresh(draft).live
    revision = fresh(draft).get_latest_revision()
    assert revision.approved_go_live_at == page.go_live_at
    with time_machine.travel(datetime.datetime(2026, 12, 5, 10, 0, tzinfo=datetime.UTC)):
        call_command("publish_scheduled", stdout=None)
    assert fresh(draft).live


def test_edits_after_approval_wait_for_a_new_approval(draft, editor, pharmacist, settings):
    assert settings.WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT is True
    submit(draft, editor)
    act(draft, pharmacist, "approve")
    edited = fresh(draft)
    edited.summary = "Changed after approval."
    edited.save_revision(user=editor)
    assert fresh(draft).summary != "Changed after approval."
    assert fresh(draft).has_unpublished_changes
    submit(draft, editor)
    act(draft, pharmacist, "approve")
    assert fresh(draft).summary == "Changed after approval."


def test_review_interval_is_capped_at_three_years(monkeypatch):
    from portal.review.checks import review_intervals

    monkeypatch.setattr(DrugGuidePage, "review_interval_months", 48)
    assert DrugGuidePage.next_review_from(TODAY) == datetime.date(2029, 11, 29)
    assert [error.id for error in review_intervals(None)] == ["portal.E001"]
    monkeypatch.setattr(DrugGuidePage, "review_interval_months", 6)
    assert DrugGuidePage.next_review_from(datetime.date(2026, 8, 31)) == datetime.date(2027, 2, 28)
    assert review_intervals(None) == []


def test_saving_without_changes_does_not_make_a_reviewer_an_author(draft, editor, pharmacist):
    # Wagtail's editor saves a revision when a reviewer approves from it, changed or not.
    submit(draft, editor)
    fresh(draft).save_revision(user=pharmacist)
    act(draft, pharmacist, "approve")
    assert fresh(draft).live
