import wagtail_factories

from portal.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Medicines explained"
    slug = "home"
    intro = "Plain-language guides to medicines."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "Privacy"
    body = "<p>What we keep and why.</p>"

    class Meta:
        model = StandardPage
