import re

from wagtail.test.utils.form_data import streamfield

import pytest

from guides.models import DrugGuidePage
from tests.guides.forms import guide_form


@pytest.fixture
def add_url(guide_index):
    return f"/admin/pages/add/guides/drugguidepage/{guide_index.pk}/"


def test_edit_form_follows_the_page_order(admin_client, add_url):
    html = admin_client.get(add_url).text
    headings = [
        "1. What it is used for",
        "2. How to take it",
        "3. Side effects",
        "4. Interactions",
        "5. Who must be careful",
        "6. Stopping the medicine",
        "7. Off-label uses",
        "8. Practical tips",
        "9. Buying online safely",
        "10. Storage",
        "11. When to contact a doctor or pharmacist",
    ]
    positions = [html.index(heading) for heading in headings]
    assert positions == sorted(positions)
    assert "How the dose is raised" in html  # help text reaches the editor


def test_a_valid_guide_saves_with_its_readability(admin_client, add_url):
    response = admin_client.post(add_url, guide_form())
    assert response.status_code == 302, re.findall(
        r"error-message[^<]*<[^>]*>([^<]*)", response.text
    )
    guide = DrugGuidePage.objects.get(slug="formol")
    assert guide.dosing[0].value.starting_dose == "5 mg three times a day"
    assert guide.readability_grade is not None


@pytest.mark.parametrize(
    "dose, message",
    [
        (
            {"daily_min": "80", "daily_max": "15"},
            "The lowest typical daily dose is more than the highest.",
        ),
        ({"unit": ""}, "Choose the unit the doses are given in."),
        ({"daily_maximum": "50"}, "The maximum is lower than the top of the typical daily range."),
    ],
)
def test_inconsistent_doses_are_refused_with_a_message(admin_client, add_url, dose, message):
    response = admin_client.post(add_url, guide_form(dose=dose))
    assert response.status_code == 200
    assert message in response.text
    assert not DrugGuidePage.objects.filter(slug="formol").exists()


def test_a_guide_needs_a_side_effect_and_a_dose_to_publish(admin_client, add_url):
    # Drafts may be incomplete; publishing may not.
    form = guide_form(side_effects=streamfield([]), dosing=streamfield([]))
    response = admin_client.post(add_url, form | {"action-publish": "action-publish"})
    assert response.status_code == 200
    assert not DrugGuidePage.objects.filter(slug="formol").exists()


def test_conditions_are_managed_as_snippets(admin_client, spasticity):
    response = admin_client.get("/admin/snippets/guides/condition/")
    assert response.status_code == 200
    assert "Spasticity" in response.text
