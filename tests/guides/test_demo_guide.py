"""The sample baclofen guide is the test of the model: every seed fact lives in a field."""

import re
from decimal import Decimal

from django.core.management import call_command

import pytest

from guides.models import DrugGuidePage


@pytest.fixture
def guide(db):
    call_command("load_demo_content", stdout=None)
    return DrugGuidePage.objects.get(slug="baclofen")


@pytest.fixture
def html(guide, client):
    response = client.get("/medicines/baclofen/")
    assert response.status_code == 200
    return " ".join(response.text.split())


def test_identity(guide):
    assert guide.generic_name == "baclofen"
    assert [brand.name for brand in guide.brand_names.all()] == ["Lioresal", "Lyflex"]
    assert guide.drug_class == "Muscle relaxant"
    assert {c.slug for c in guide.conditions.all()} == {
        "spasticity",
        "multiple-sclerosis",
        "spinal-cord-injury",
        "stroke",
    }
    routes = {(block.value["form"], block.value["route"]) for block in guide.forms}
    assert {("Tablets", "oral"), ("Oral liquid", "oral"), ("Pump", "intrathecal")} <= routes


def test_dosing_is_data(guide):
    oral, pump = (block.value for block in guide.dosing)
    assert (oral["start_amount"], oral["unit"], oral["start_times_per_day"]) == (
        Decimal(5),
        "mg",
        3,
    )
    assert (oral["daily_min"], oral["daily_max"], oral["divided_doses"]) == (
        Decimal(15),
        Decimal(80),
        True,
    )
    assert "few days" in oral["increase"]
    assert pump["route"] == "intrathecal" and "severe" in pump["note"].lower()
    assert "lower dose" in guide.kidney_dose_change


def test_side_effects_are_tiered(guide):
    tiers = {
        tier: [e["effect"] for e in effects] for tier, effects in guide.side_effects_by_tier.items()
    }
    assert tiers["common"] == [
        "Feeling sleepy",
        "Feeling dizzy",
        "Feeling weak",
        "Feeling sick (nausea)",
    ]
    assert tiers["serious"] == ["Confusion", "Low blood pressure", "Fainting"]
    assert tiers["emergency"] == ["Trouble breathing"]


def test_interactions_cautions_and_stopping(guide):
    substances = {i.substance: i.kind for i in guide.interactions.all()}
    assert substances["Alcohol"] == "alcohol"
    assert substances["Opioid painkillers"] == "medicine_class"
    assert substances["Benzodiazepines"] == "medicine_class"
    groups = [block.value["group"] for block in guide.cautions]
    assert groups == ["kidney", "pregnancy", "breastfeeding", "mental_health"]
    assert guide.stop_suddenly_warning is True
    for effect in ("hallucinations", "high temperature", "confusion", "seizures"):
        assert effect in guide.stopping
    assert "gradually" in guide.stopping


def test_off_label_tips_buying_and_storage(guide):
    assert [block.value["use"] for block in guide.off_label_uses] == [
        "Alcohol dependence",
        "Hiccups that will not stop",
    ]
    assert "food" in guide.tip_with_food
    assert "drive" in guide.tip_driving and "machinery" in guide.tip_driving
    assert "Never take two doses" in guide.tip_missed_dose
    assert "list" in guide.tip_medicines_list
    assert "licensed pharmacy" in guide.buying_online and "prescription" in guide.buying_online
    for fact in ("room temperature", "heat", "damp", "children"):
        assert fact in guide.storage


def test_every_section_renders_in_order(html):
    headings = re.findall(r'<section class="guide-section" id="([a-z-]+)"', html)
    assert headings == [
        "uses",
        "dosing",
        "side-effects",
        "interactions",
        "cautions",
        "stopping",
        "off-label",
        "tips",
        "buying-online",
        "storage",
        "get-help",
    ]
    contents = html.split('aria-labelledby="contents-heading"')[1].split("</nav>")[0]
    assert [f"#{h}" for h in headings] + ["#references"] == re.findall(
        r'href="(#[a-z-]+)"', contents
    )


def test_page_shows_the_facts(html):
    for text in (
        "The usual starting dose is 5 mg three times a day.",
        "Most people take 15 to 80 mg a day, split into smaller doses through the day.",
        "Pump (into the spinal fluid (intrathecal)): Severe spasticity only",
        "Feeling dizzy",
        "Urgent: contact a doctor now if you have",
        "Emergency: call the emergency number",
        "<strong>Benzodiazepines</strong>",
        "<dt>Kidney problems</dt>",
        "Warning: do not stop taking baclofen suddenly",
        "Hiccups that will not stop",
        "<dt>If you miss a dose</dt>",
        "Brand names</dt><dd>Lioresal, Lyflex</dd>",
        '<a href="/medicines/?condition=spasticity">Spasticity</a>',
    ):
        assert text in html, text
