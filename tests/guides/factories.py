import factory
import wagtail_factories

from guides.models import DrugGuidePage, GuideIndexPage


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Medicines A–Z"
    slug = "medicines"

    class Meta:
        model = GuideIndexPage


class DrugGuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Medicine {n}")
    generic_name = factory.LazyAttribute(lambda page: page.title.lower())
    summary = "What it is and what it treats."
    body = "<h2>How to take it</h2><p>As prescribed.</p>"

    class Meta:
        model = DrugGuidePage
