"""schema.org JSON-LD for a guide, built from the same fields the page shows."""

from decimal import Decimal

from guides.blocks import ROUTES, amount, times_a_day

ROUTE_LABELS = dict(ROUTES)


def number(value):
    value = Decimal(amount(value))
    return int(value) if value == value.to_integral_value() else float(value)


def dose_schedules(guide):
    schedules = []
    for block in guide.dosing:
        dose = block.value
        common = {"targetPopulation": dose["population"], "doseUnit": dose.unit_label}
        if dose.get("start_amount") is not None:
            schedule = {"@type": "DoseSchedule", "doseValue": number(dose["start_amount"])}
            if dose.get("start_times_per_day"):
                schedule["frequency"] = times_a_day(dose["start_times_per_day"])
            schedules.append(schedule | common)
        if dose.get("daily_maximum") is not None:
            schedules.append(
                {
                    "@type": "MaximumDoseSchedule",
                    "doseValue": number(dose["daily_maximum"]),
                    "frequency": "a day",
                }
                | common
            )
    return schedules


def drug_guide_json_ld(guide, request, brand_names, interactions):
    drug = {
        "@type": "Drug",
        "name": guide.title,
        "nonProprietaryName": guide.generic_name,
        "drugClass": {"@type": "DrugClass", "name": guide.drug_class},
        "administrationRoute": list(
            dict.fromkeys(ROUTE_LABELS[block.value["route"]] for block in guide.forms)
        ),
    }
    if brand_names:
        drug["proprietaryName"] = brand_names
    schedules = dose_schedules(guide)
    if schedules:
        drug["doseSchedule"] = schedules

    interacting = []
    for interaction in interactions:
        if interaction.kind == "alcohol":
            drug["alcoholWarning"] = f"{interaction.effect}. {interaction.advice}"
            continue
        entry = {"@type": "Drug", "name": interaction.name}
        if interaction.link:
            entry["url"] = interaction.link.get_full_url(request)
        interacting.append(entry)
    if interacting:
        drug["interactingDrug"] = interacting

    for block in guide.cautions:
        group, advice = block.value["group"], block.value["advice"]
        if group in ("pregnancy", "breastfeeding"):
            drug[f"{group}Warning"] = advice
    warnings = [guide.stopping] if guide.stop_suddenly_warning and guide.stopping else []
    if warnings:
        drug["warning"] = warnings

    page = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": guide.title,
        "url": guide.get_full_url(request),
        "description": guide.summary,
        "medicalAudience": {"@type": "MedicalAudience", "audienceType": "Patient"},
        "about": drug,
    }
    if guide.last_reviewed:
        page["lastReviewed"] = guide.last_reviewed.isoformat()
    if guide.reviewer_name:
        page["reviewedBy"] = {"@type": "Person", "name": guide.reviewer_name}
        if guide.reviewer_credentials:
            page["reviewedBy"]["honorificSuffix"] = guide.reviewer_credentials
    return page
