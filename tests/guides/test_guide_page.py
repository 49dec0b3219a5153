import datetime
import json
import re

from django.contrib.auth import get_user_model

import pytest

from tests.guides.conftest import make_guide


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return " ".join(response.text.split())


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html)
    return json.loads(match.group(1))


def test_sections_without_content_are_left_out(client, guide_index):
    make_guide(guide_index, "Plainol")
    html = page_text(client, "/medicines/plainol/")
    for anchor in ("uses", "dosing", "side-effects", "get-help"):
        assert f'id="{anchor}"' in html
    for anchor in ("interactions", "cautions", "stopping", "off-label", "tips", "storage"):
        assert f'id="{anchor}"' not in html
        assert f'href="#{anchor}"' not in html
    assert "do not stop taking" not in html


def test_only_tiers_present_get_call_outs(client, guide_index):
    make_guide(
        guide_index,
        "Calmol",
        side_effects=[
            ("side_effect", {"effect": "Dry mouth", "tier": "common", "note": ""}),
            ("side_effect", {"effect": "Swollen face", "tier": "emergency", "note": ""}),
        ],
    )
    html = page_text(client, "/medicines/calmol/")
    assert 'class="callout callout--emergency" role="note"' in html
    assert "callout--urgent" not in html
    emergency = html.split("callout--emergency")[1]
    assert "Swollen face" in emergency and "Dry mouth" not in emergency


def test_stop_warning_shows_at_the_top_and_in_its_section(client, guide_index):
    make_guide(guide_index, "Stopol", stop_suddenly_warning=True, stopping="Taper slowly.")
    html = page_text(client, "/medicines/stopol/")
    assert html.count("Warning: do not stop taking stopol suddenly") == 2
    assert html.index("stop-warning-top") < html.index("Key facts")
    section = html.split('id="stopping"')[1]
    assert "stop-warning-section" in section and "Taper slowly." in section


def test_interaction_is_listed_back_on_the_other_guide(client, guide_index):
    diazepam = make_guide(guide_index, "Diazepam")
    make_guide(
        guide_index,
        "Baclofen",
        interactions=[
            {
                "kind": "medicine",
                "interacting_guide": diazepam,
                "effect": "Much more drowsiness",
                "advice": "Ask your prescriber.",
            }
        ],
    )
    baclofen_html = page_text(client, "/medicines/baclofen/")
    assert (
        '<a href="/medicines/diazepam/">Diazepam</a></strong>: Much more drowsiness.'
        in baclofen_html
    )
    diazepam_html = page_text(client, "/medicines/diazepam/")
    assert 'id="interactions"' in diazepam_html
    assert (
        '<a href="/medicines/baclofen/">Baclofen</a></strong>: Much more drowsiness.'
        in diazepam_html
    )


def test_interaction_from_an_unpublished_guide_is_not_listed_back(client, guide_index):
    diazepam = make_guide(guide_index, "Diazepam")
    make_guide(
        guide_index,
        "Draftol",
        live=False,
        interactions=[{"interacting_guide": diazepam, "effect": "Drowsy", "advice": "Ask."}],
    )
    assert "Draftol" not in page_text(client, "/medicines/diazepam/")


def test_review_footer_renders_when_present(client, guide_index):
    pharmacist = get_user_model().objects.create(username="pat", first_name="Pat", last_name="Lee")
    make_guide(
        guide_index,
        "Reviewol",
        reviewed_by=pharmacist,
        reviewer_name="Pat Lee",
        reviewer_credentials="MPharm",
        last_reviewed=datetime.date(2026, 11, 2),
        next_review_due=datetime.date(2027, 11, 2),
    )
    html = page_text(client, "/medicines/reviewol/")
    assert "Reviewed by Pat Lee, MPharm on" in html
    assert ">2 November 2026</time>. Next review due" in html
    data = json_ld(html)
    assert data["lastReviewed"] == "2026-11-02"
    assert data["reviewedBy"]["name"] == "Pat Lee"


def test_unreviewed_guide_has_no_review_footer(client, guide_index):
    make_guide(guide_index, "Newol")
    assert "Reviewed by" not in page_text(client, "/medicines/newol/")


def test_json_ld_is_built_from_the_visible_fields(client, baclofen):
    html = page_text(client, "/medicines/baclofen/")
    data = json_ld(html)
    assert data["@type"] == "MedicalWebPage"
    assert data["medicalAudience"]["audienceType"] == "Patient"
    drug = data["about"]
    assert drug["@type"] == "Drug"
    assert drug["nonProprietaryName"] == "baclofen"
    assert drug["proprietaryName"] == ["Lioresal"]
    assert drug["drugClass"]["name"] == "Muscle relaxant"
    assert drug["administrationRoute"] == ["By mouth"]
    assert drug["alcoholWarning"] == "More drowsiness. Avoid alcohol."
    schedule = drug["doseSchedule"][0]
    assert (schedule["doseValue"], schedule["doseUnit"], schedule["frequency"]) == (
        5,
        "mg",
        "three times a day",
    )
    # Nothing in it disagrees with the page: each value is on the page too.
    body = html.split("</head>")[1]
    for text in (
        data["name"],
        data["description"],
        drug["proprietaryName"][0],
        drug["drugClass"]["name"],
        drug["administrationRoute"][0].lower(),
        drug["alcoholWarning"],
        f"{schedule['doseValue']} {schedule['doseUnit']} {schedule['frequency']}",
        schedule["targetPopulation"],
    ):
        assert text in body, text


def test_json_ld_lists_interacting_guides_cautions_and_warning(client, guide_index):
    diazepam = make_guide(guide_index, "Diazepam")
    make_guide(
        guide_index,
        "Baclofen",
        stop_suddenly_warning=True,
        stopping="Stopping at once can cause fits.",
        cautions=[
            ("caution", {"group": "pregnancy", "advice": "Tell your prescriber if pregnant."}),
            ("caution", {"group": "breastfeeding", "advice": "Tell your prescriber."}),
        ],
        interactions=[{"interacting_guide": diazepam, "effect": "Drowsy", "advice": "Ask."}],
    )
    html = page_text(client, "/medicines/baclofen/")
    drug = json_ld(html)["about"]
    assert drug["interactingDrug"] == [
        {"@type": "Drug", "name": "Diazepam", "url": "http://localhost/medicines/diazepam/"}
    ]
    assert drug["pregnancyWarning"] == "Tell your prescriber if pregnant."
    assert drug["breastfeedingWarning"] == "Tell your prescriber."
    assert drug["warning"] == ["Stopping at once can cause fits."]
    for text in (drug["pregnancyWarning"], drug["warning"][0]):
        assert text in html.split("</head>")[1]


def test_json_ld_cannot_break_out_of_its_script(client, guide_index):
    make_guide(guide_index, "Escapol", summary="</script><script>alert(1)</script>")
    html = client.get("/medicines/escapol/").text
    assert "<script>alert(1)" not in html
    assert json_ld(html)["description"] == "</script><script>alert(1)</script>"


@pytest.mark.parametrize("extra", [1, 20])
def test_guide_page_queries_do_not_grow_with_its_lists(
    no_page_cache, client, guide_index, extra, django_assert_max_num_queries
):
    others = [make_guide(guide_index, f"Other {n}") for n in range(extra)]
    make_guide(
        guide_index,
        "Busy",
        brands=[f"Brand {n}" for n in range(extra)],
        side_effects=[
            ("side_effect", {"effect": f"Effect {n}", "tier": "serious", "note": ""})
            for n in range(extra)
        ],
        interactions=[
            {"interacting_guide": other, "effect": "Drowsy", "advice": "Ask."} for other in others
        ],
    )
    with django_assert_max_num_queries(15):
        response = client.get("/medicines/busy/")
    assert response.text.count("Drowsy.") == extra


def test_an_interaction_naming_an_unpublished_guide_keeps_its_name_without_a_link(
    client, guide_index
):
    draft = make_guide(guide_index, "Draftol", live=False)
    make_guide(
        guide_index,
        "Baclofen",
        interactions=[{"interacting_guide": draft, "effect": "Drowsy", "advice": "Ask."}],
    )
    html = page_text(client, "/medicines/baclofen/")
    assert "<strong>Draftol</strong>: Drowsy." in html
    assert "/medicines/draftol/" not in html
    assert "url" not in json_ld(html)["about"]["interactingDrug"][0]
