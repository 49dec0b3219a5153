from wagtail.test.utils import WagtailPageTestCase

from guides.models import DrugGuidePage, GuideIndexPage
from portal.models import HomePage
from tests.guides.factories import DrugGuidePageFactory


class TestGuideTree(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(GuideIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GuideIndexPage, {DrugGuidePage})
        self.assertAllowedParentPageTypes(DrugGuidePage, {GuideIndexPage})
        self.assertAllowedSubpageTypes(DrugGuidePage, set())


def test_a_to_z_groups_live_guides_by_letter(client, guide_index):
    for title in ("Baclofen", "Amitriptyline", "Bisoprolol", "Zopiclone"):
        DrugGuidePageFactory(parent=guide_index, title=title)
    DrugGuidePageFactory(parent=guide_index, title="Codeine", live=False)

    response = client.get("/medicines/")
    assert response.status_code == 200
    html = response.text
    assert [letter for letter, _ in response.context["letter_groups"]] == ["A", "B", "Z"]
    assert html.index("Baclofen") < html.index("Bisoprolol")
    assert "Codeine" not in html
    # Letters with guides are links; the rest are shown but not focusable.
    assert 'href="#letter-B"' in html
    assert 'href="#letter-C"' not in html
    assert '<h2 id="letter-Z">Z</h2>' in html


def test_a_to_z_shows_brand_names(client, guide_index):
    DrugGuidePageFactory(parent=guide_index, title="Baclofen", brand_names="Lioresal")
    assert "brand names: Lioresal" in client.get("/medicines/").text


def test_empty_a_to_z_says_so(client, guide_index):
    assert "No medicine guides have been published yet." in client.get("/medicines/").text
