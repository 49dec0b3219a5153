"""End to end in a real browser: an editor writes a guide and submits it; another person, a
pharmacist, approves it with a comment; readers then see it with the review stamp."""

import pytest

from guides.models import DrugGuidePage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def log_in(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw")
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def add_block(page, field):
    page.locator(f"[data-contentpath='{field}'] .c-sf-add-button").first.click()


def test_editor_writes_pharmacist_approves_reader_sees_stamp(
    live_server, browser_page, guide_index, editor, pharmacist
):
    base = live_server.url

    writer = browser_page()
    log_in(writer, base, editor.username)
    writer.goto(f"{base}/admin/pages/add/guides/drugguidepage/{guide_index.pk}/")
    writer.fill("#id_title", "Tizanidine")
    writer.fill("#id_generic_name", "tizanidine")
    writer.fill("#id_drug_class", "Muscle relaxant")
    writer.fill("#id_summary", "Tizanidine eases muscle stiffness.")
    writer.fill("#id_uses", "It treats spasticity.")
    writer.fill("#id_when_to_get_help", "Call your doctor if you feel faint.")
    for field in ("key_facts", "forms", "dosing", "side_effects"):
        add_block(writer, field)
    writer.fill("[name='key_facts-0-value']", "Start low and go slow.")
    writer.fill("[name='forms-0-value-form']", "Tablets")
    writer.select_option("[name='forms-0-value-route']", "oral")
    writer.fill("[name='dosing-0-value-population']", "Adults, by mouth")
    writer.select_option("[name='dosing-0-value-route']", "oral")
    writer.fill("[name='side_effects-0-value-effect']", "Dry mouth")
    writer.locator("footer [data-w-dropdown-target='toggle']").first.click()
    writer.click("button[name='action-submit']")
    writer.wait_for_url(f"{base}/admin/pages/{guide_index.pk}/")

    guide = DrugGuidePage.objects.get(slug="tizanidine")
    assert not guide.live
    assert guide.current_workflow_state.status == "in_progress"

    reviewer = browser_page()
    log_in(reviewer, base, pharmacist.username)
    reviewer.goto(f"{base}/admin/pages/{guide.pk}/edit/")
    reviewer.locator("footer [data-w-dropdown-target='toggle']").first.click()
    reviewer.click("button[data-workflow-action-name='approve'][data-workflow-action-modal-url]")
    reviewer.fill("#id_comment", "Checked against the product leaflet.")
    reviewer.fill("#id_sources_checked", "Product leaflet")
    with reviewer.expect_navigation():
        reviewer.locator(".modal form button[type=submit]").click()

    reader = browser_page()
    reader.goto(f"{base}/medicines/tizanidine/")
    assert reader.locator("h1").inner_text() == "Tizanidine"
    stamp = reader.locator(".review-stamp").inner_text()
    assert stamp.startswith("Reviewed by Pharma Tester, MPharm (GPhC 1) on")
    assert "Next review due" in stamp
    guide = DrugGuidePage.objects.get(pk=guide.pk)
    assert guide.live and guide.reviewed_by == pharmacist
