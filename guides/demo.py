"""Demo medicine guides. The facts follow the sample guide; the sentences are the portal's own."""

import datetime
from decimal import Decimal

from guides.models import Condition, DrugGuidePage, GuideBrandName, GuideIndexPage, GuideInteraction
from portal.demo import ensure_child

CONDITIONS = [
    ("Spasticity", "spasticity", "Muscles that stay tight, stiff or go into spasm."),
    ("Multiple sclerosis", "multiple-sclerosis", "A condition of the brain and spinal cord."),
    ("Spinal cord injury", "spinal-cord-injury", "Damage to the nerves in the spine."),
    ("Stroke", "stroke", "Damage to the brain when its blood supply is cut off."),
]


def ensure_conditions():
    return {
        slug: Condition.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )[0]
        for name, slug, description in CONDITIONS
    }


def baclofen_fields():
    return {
        "title": "Baclofen",
        "generic_name": "baclofen",
        "drug_class": "Muscle relaxant",
        "search_description": "How to take baclofen, its side effects, and why it must never be stopped suddenly.",
        "summary": (
            "Baclofen is a muscle relaxant. It eases stiffness and painful spasms caused by "
            "conditions such as multiple sclerosis, spinal cord injury and stroke."
        ),
        "key_facts": [
            ("fact", "Eases muscle stiffness and spasms."),
            ("fact", "The dose starts low and goes up slowly over days."),
            ("fact", "It can make you sleepy: go easy on alcohol."),
            ("fact", "Never stop taking it suddenly."),
        ],
        "forms": [
            ("form", {"form": "Tablets", "route": "oral", "strengths": "", "for_whom": ""}),
            ("form", {"form": "Oral liquid", "route": "oral", "strengths": "", "for_whom": ""}),
            (
                "form",
                {
                    "form": "Pump",
                    "route": "intrathecal",
                    "strengths": "",
                    "for_whom": "Severe spasticity only, fitted and run by a specialist team",
                },
            ),
        ],
        "uses": (
            "Baclofen relaxes muscles that are tight or go into spasm. Doctors prescribe it for "
            "spasticity caused by multiple sclerosis, an injury to the spinal cord or a stroke.\n\n"
            "Less stiffness can make it easier to move, to look after yourself and to sleep."
        ),
        "dosing": [
            (
                "dose",
                {
                    "population": "Adults, by mouth",
                    "route": "oral",
                    "unit": "mg",
                    "start_amount": Decimal(5),
                    "start_times_per_day": 3,
                    "increase": "Your prescriber raises it in small steps, a few days apart, until it helps",
                    "daily_min": Decimal(15),
                    "daily_max": Decimal(80),
                    "divided_doses": True,
                    "daily_maximum": Decimal(100),
                    "note": "",
                },
            ),
            (
                "dose",
                {
                    "population": "Severe spasticity: intrathecal pump",
                    "route": "intrathecal",
                    "unit": None,
                    "start_amount": None,
                    "start_times_per_day": None,
                    "increase": "",
                    "daily_min": None,
                    "daily_max": None,
                    "divided_doses": False,
                    "daily_maximum": None,
                    "note": (
                        "A small pump under the skin delivers baclofen straight into the fluid "
                        "around the spinal cord. It is only for severe cases, and a specialist team "
                        "sets the dose and looks after the pump."
                    ),
                },
            ),
        ],
        "kidney_dose_change": (
            "Baclofen leaves the body through the kidneys. If yours do not work well, it builds up "
            "more, so you will usually be given a lower dose."
        ),
        "side_effects": [
            ("side_effect", {"effect": "Feeling sleepy", "tier": "common", "note": ""}),
            ("side_effect", {"effect": "Feeling dizzy", "tier": "common", "note": ""}),
            ("side_effect", {"effect": "Feeling weak", "tier": "common", "note": ""}),
            ("side_effect", {"effect": "Feeling sick (nausea)", "tier": "common", "note": ""}),
            ("side_effect", {"effect": "Confusion", "tier": "serious", "note": ""}),
            (
                "side_effect",
                {"effect": "Low blood pressure", "tier": "serious", "note": "light-headed, faint"},
            ),
            ("side_effect", {"effect": "Fainting", "tier": "serious", "note": ""}),
            ("side_effect", {"effect": "Trouble breathing", "tier": "emergency", "note": ""}),
        ],
        "cautions": [
            (
                "caution",
                {
                    "group": "kidney",
                    "advice": "You may need a lower dose, because baclofen clears more slowly.",
                },
            ),
            (
                "caution",
                {
                    "group": "pregnancy",
                    "advice": "Tell your prescriber if you are pregnant or planning a pregnancy.",
                },
            ),
            (
                "caution",
                {
                    "group": "breastfeeding",
                    "advice": "Tell your prescriber if you are breastfeeding.",
                },
            ),
            (
                "caution",
                {
                    "group": "mental_health",
                    "advice": "Tell your prescriber if you have had mental health problems.",
                },
            ),
        ],
        "stop_suddenly_warning": True,
        "stopping": (
            "Stopping baclofen all at once can cause hallucinations, a high temperature, confusion "
            "and fits (seizures). When it is time to stop, your prescriber will lower the dose "
            "gradually."
        ),
        "off_label_uses": [
            (
                "use",
                {
                    "use": "Alcohol dependence",
                    "evidence": "Some doctors use it; studies disagree about how well it works.",
                },
            ),
            (
                "use",
                {
                    "use": "Hiccups that will not stop",
                    "evidence": "The research is mixed. Ask about the likely benefits and risks.",
                },
            ),
        ],
        "tip_with_food": "If it upsets your stomach, take it with food.",
        "tip_driving": "Do not drive or use machinery until you know how baclofen affects you.",
        "tip_missed_dose": (
            "Leave out the missed dose and take the next one at the usual time. Never take two "
            "doses together to make up."
        ),
        "tip_medicines_list": (
            "Keep an up-to-date list of all your medicines. Show it to every doctor, nurse and "
            "pharmacist who treats you, and carry it in case of an emergency."
        ),
        "buying_online": (
            "Only buy from a licensed pharmacy, with a prescription. A website that sells baclofen "
            "without asking for a prescription is not safe: the tablets may be fake or of poor "
            "quality."
        ),
        "storage": (
            "Keep it at room temperature, away from heat and damp. Keep it where children cannot "
            "see or reach it."
        ),
        "when_to_get_help": (
            "Call your doctor straight away if your mood changes, you become more confused or you "
            "suddenly feel weak.\n\n"
            "Your pharmacist can help with questions about doses, storage and side effects, and can "
            "check your other medicines for interactions."
        ),
        "references": [
            (
                "reference",
                {
                    "title": "Baclofen: a reader's guide (sample content)",
                    "publisher": "Medicines Explained demo material",
                    "url": "",
                    "identifier": "Seed document 000",
                    "accessed": datetime.date(2026, 11, 1),
                },
            ),
        ],
    }


BACLOFEN_BRANDS = ["Lioresal", "Lyflex"]
BACLOFEN_INTERACTIONS = [
    ("alcohol", "Alcohol", "More drowsiness and slower breathing", "Drink little or no alcohol."),
    (
        "medicine_class",
        "Opioid painkillers",
        "Much more drowsiness and slowed breathing",
        "Your prescriber may lower doses and check on you more often.",
    ),
    (
        "medicine_class",
        "Benzodiazepines",
        "Much more drowsiness and slowed breathing",
        "Your prescriber may lower doses and check on you more often.",
    ),
    (
        "medicine_class",
        "Other medicines that act on the nervous system",
        "More drowsiness",
        "Ask your pharmacist before taking anything new, including sleep aids.",
    ),
]


def build(home):
    conditions = ensure_conditions()
    index, _ = ensure_child(
        home,
        GuideIndexPage,
        "medicines",
        title="Medicines A–Z",
        intro="Every medicine guide on the site, by name. Brand names are listed with each one.",
    )
    fields = baclofen_fields()
    # In the order given: rows of equal sort_order come back in whatever order the database likes.
    fields["brand_names"] = [
        GuideBrandName(name=name, sort_order=order) for order, name in enumerate(BACLOFEN_BRANDS)
    ]
    fields["interactions"] = [
        GuideInteraction(kind=kind, substance=substance, effect=effect, advice=advice)
        for kind, substance, effect, advice in BACLOFEN_INTERACTIONS
    ]
    fields["conditions"] = list(conditions.values())
    baclofen, _ = ensure_child(index, DrugGuidePage, "baclofen", **fields)
    return {"index": index, "baclofen": baclofen}
