from decimal import Decimal

import factory
import wagtail_factories

from guides.models import Condition, DrugGuidePage, GuideIndexPage


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Medicines A–Z"
    slug = "medicines"

    class Meta:
        model = GuideIndexPage


class ConditionFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Condition {n}")
    slug = factory.Sequence(lambda n: f"condition-{n}")

    class Meta:
        model = Condition


def dose(**overrides):
    value = {
        "population": "Adults, by mouth",
        "route": "oral",
        "unit": "mg",
        "start_amount": Decimal(5),
        "start_times_per_day": 3,
        "increase": "",
        "daily_min": Decimal(15),
        "daily_max": Decimal(80),
        "divided_doses": True,
        "daily_maximum": None,
        "note": "",
    }
    return ("dose", value | overrides)


class DrugGuidePageFactory(wagtail_factories.PageFactory):
    """A complete, minimal guide: every field the page requires, nothing optional."""

    title = factory.Sequence(lambda n: f"Medicine {n}")
    generic_name = factory.LazyAttribute(lambda page: page.title.lower())
    drug_class = "Muscle relaxant"
    summary = "What it is and what it treats."
    key_facts = factory.LazyFunction(lambda: [("fact", "Take it as prescribed.")])
    forms = factory.LazyFunction(
        lambda: [("form", {"form": "Tablets", "route": "oral", "strengths": "", "for_whom": ""})]
    )
    uses = "It treats a condition."
    dosing = factory.LazyFunction(lambda: [dose()])
    side_effects = factory.LazyFunction(
        lambda: [("side_effect", {"effect": "Feeling sleepy", "tier": "common", "note": ""})]
    )
    when_to_get_help = "If you feel unwell, call your doctor."

    class Meta:
        model = DrugGuidePage
