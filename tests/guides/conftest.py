import pytest

from guides.models import GuideBrandName, GuideInteraction
from tests.guides.factories import ConditionFactory, DrugGuidePageFactory


def make_guide(parent, title, brands=(), interactions=(), **fields):
    fields.setdefault("slug", title.lower().replace(" ", "-"))
    return DrugGuidePageFactory(
        parent=parent,
        title=title,
        brand_names=[GuideBrandName(name=name) for name in brands],
        interactions=[GuideInteraction(**interaction) for interaction in interactions],
        **fields,
    )


@pytest.fixture
def spasticity(db):
    return ConditionFactory(name="Spasticity", slug="spasticity")


@pytest.fixture
def baclofen(guide_index, spasticity):
    guide = make_guide(
        guide_index,
        "Baclofen",
        brands=["Lioresal"],
        drug_class="Muscle relaxant",
        interactions=[
            {
                "kind": "alcohol",
                "substance": "Alcohol",
                "effect": "More drowsiness",
                "advice": "Avoid alcohol.",
            }
        ],
    )
    guide.conditions.add(spasticity)
    guide.save_revision().publish()
    return guide
