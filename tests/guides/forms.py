"""Admin form data for a complete, valid guide, as the page editor would post it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def guide_form(**overrides):
    dose = {
        "population": "Adults, by mouth",
        "route": "oral",
        "unit": "mg",
        "start_amount": "5",
        "start_times_per_day": "3",
        "increase": "",
        "daily_min": "15",
        "daily_max": "80",
        "divided_doses": "on",
        "daily_maximum": "",
        "note": "",
    } | overrides.pop("dose", {})
    data = {
        "title": "Formol",
        "slug": "formol",
        "generic_name": "formol",
        "drug_class": "Muscle relaxant",
        "summary": "It relaxes muscles.",
        "uses": "Stiff muscles.",
        "when_to_get_help": "Call your doctor if you feel unwell.",
        "brand_names": inline_formset([]),
        "interactions": inline_formset([]),
        "forms": streamfield(
            [("form", {"form": "Tablets", "route": "oral", "strengths": "", "for_whom": ""})]
        ),
        "key_facts": streamfield([("fact", "Take it with water.")]),
        "dosing": streamfield([("dose", dose)]),
        "side_effects": streamfield(
            [("side_effect", {"effect": "Feeling sleepy", "tier": "common", "note": ""})]
        ),
        "cautions": streamfield([]),
        "off_label_uses": streamfield([]),
        "references": streamfield([]),
    } | overrides
    return nested_form_data(data)
