"""Fictional guides for load tests ("Examplamab 17" is no medicine), with brands, conditions and
interactions between them: the guides' part of manage.py generate_bulk_content."""

import datetime

from django.utils.text import slugify

from guides.models import Condition, DrugGuidePage, GuideBrandName, GuideInteraction
from portal.bulk import live_fields, paragraph_text, sentences

GUIDE_MARK = "Sample guide to "  # starts every bulk guide's search description

STEMS = [
    "Examplamab",
    "Fictinol",
    "Placeholdazole",
    "Samplitide",
    "Mockaprine",
    "Demonstrafen",
    "Pretendolol",
    "Imaginex",
    "Testosyl",
    "Dummycillin",
    "Notarealin",
    "Madeupine",
]
BRAND_STEMS = ["Brandex", "Sampla", "Fictiva", "Exemplo", "Mocktab", "Placebra", "Pretenza"]
DRUG_CLASSES = [
    "Sample class A (fictional)",
    "Sample class B (fictional)",
    "Sample class C (fictional)",
    "Sample class D (fictional)",
]
CONDITION_NAMES = [
    "Alpha",
    "Beta",
    "Gamma",
    "Delta",
    "Epsilon",
    "Zeta",
    "Eta",
    "Theta",
    "Iota",
    "Kappa",
    "Lambda",
    "Omicron",
]
SAMPLE_NOTICE = (
    "This is sample text made for testing the website. {name} is not a real medicine, and "
    "nothing on this page describes a real treatment."
)


def guide_fields(rng, number, name, conditions):
    notice = SAMPLE_NOTICE.format(name=name)
    return {
        "title": name,
        "slug": slugify(name),
        "generic_name": name.lower(),
        "drug_class": rng.choice(DRUG_CLASSES),
        "search_description": f"{GUIDE_MARK}{name}, a fictional medicine used to test the site.",
        "summary": f"{name} is a fictional medicine made up for testing this website. {notice}",
        "key_facts": [
            ("fact", "This is a fictional medicine used for testing."),
            ("fact", "Read the leaflet that comes in the pack."),
            ("fact", "Ask your pharmacist if anything is unclear."),
        ],
        "forms": [
            ("form", {"form": "Tablets", "route": "oral", "strengths": "", "for_whom": ""}),
            ("form", {"form": "Oral liquid", "route": "oral", "strengths": "", "for_whom": ""}),
        ],
        "uses": "\n\n".join(
            [notice, paragraph_text(rng, 120), paragraph_text(rng, 120), paragraph_text(rng, 80)]
        ),
        "dosing": [
            (
                "dose",
                {
                    "population": "Sample group (fictional)",
                    "route": "oral",
                    "unit": None,
                    "start_amount": None,
                    "start_times_per_day": None,
                    "increase": "",
                    "daily_min": None,
                    "daily_max": None,
                    "divided_doses": False,
                    "daily_maximum": None,
                    "note": f"{notice} For a real medicine, follow the label and your prescriber.",
                },
            )
        ],
        "kidney_dose_change": sentences(rng, 3),
        "side_effects": [
            ("side_effect", {"effect": f"Sample effect {i + 1}", "tier": tier, "note": ""})
            for i, tier in enumerate(["common", "common", "common", "serious", "emergency"])
        ],
        "cautions": [
            ("caution", {"group": group, "advice": sentences(rng, 2)})
            for group in ("kidney", "pregnancy", "older_people")
        ],
        "stop_suddenly_warning": number % 5 == 0,
        "stopping": sentences(rng, 3),
        "tip_with_food": sentences(rng, 2),
        "tip_driving": sentences(rng, 2),
        "tip_missed_dose": sentences(rng, 2),
        "tip_medicines_list": sentences(rng, 2),
        "buying_online": sentences(rng, 3),
        "storage": sentences(rng, 3),
        "when_to_get_help": "\n\n".join([sentences(rng, 3), sentences(rng, 2)]),
        "references": [
            (
                "reference",
                {
                    "title": f"{name}: sample reference",
                    "publisher": "Medicines Explained test material",
                    "url": "",
                    "identifier": f"Sample document {number:04d}",
                    "accessed": datetime.date(2026, 1, 1),
                },
            )
        ],
        "conditions": conditions,
    }


def bulk_guides():
    return DrugGuidePage.objects.filter(search_description__startswith=GUIDE_MARK)


def sample_conditions():
    conditions = []
    for name in CONDITION_NAMES:
        condition, _ = Condition.objects.get_or_create(
            slug=f"sample-condition-{name.lower()}",
            defaults={
                "name": f"Sample condition {name}",
                "description": "A made-up condition for testing the site.",
            },
        )
        conditions.append(condition)
    return conditions


def make_guides(rng, index, count, progress):
    conditions = sample_conditions()
    names = [f"{STEMS[n % len(STEMS)]} {n + 1}" for n in range(count)]
    existing = set(DrugGuidePage.objects.child_of(index).values_list("slug", flat=True).iterator())
    index.refresh_from_db()  # add_child works out the next tree path from the parent's row
    previous = list(bulk_guides().order_by("pk")[:50])
    created = []
    for number, name in enumerate(names):
        if slugify(name) in existing:
            continue
        fields = guide_fields(rng, number, name, rng.sample(conditions, rng.randint(1, 3)))
        stem = rng.choice(BRAND_STEMS)
        fields["brand_names"] = [
            GuideBrandName(name=f"{stem}{suffix} {number + 1}")
            for suffix in ["", " Plus", " XL"][: rng.randint(1, 3)]
        ]
        interactions = [
            GuideInteraction(
                kind="alcohol",
                substance="Alcohol",
                effect="Sample interaction for testing",
                advice="Ask your pharmacist whether alcohol is safe with your medicines.",
            )
        ]
        if previous:
            other = rng.choice(previous)
            interactions.append(
                GuideInteraction(
                    kind="medicine",
                    interacting_guide=other,
                    effect="Sample interaction for testing",
                    advice="Ask your pharmacist before taking the two together.",
                )
            )
        fields["interactions"] = interactions
        page = DrugGuidePage(**fields, **live_fields(rng))
        index.add_child(instance=page)
        if len(previous) < 50:
            previous.append(page)
        created.append(page.pk)
        progress("guides", len(created))
    return created
