from wagtail.test.utils import WagtailPageTestCase

import pytest

from guides.models import DrugGuidePage, GuideIndexPage
from portal.models import HomePage
from tests.guides.conftest import make_guide
from tests.guides.factories import ConditionFactory


class TestGuideTree(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(GuideIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GuideIndexPage, {DrugGuidePage})
        self.assertAllowedParentPageTypes(DrugGuidePage, {GuideIndexPage})
        self.assertAllowedSubpageTypes(DrugGuidePage, set())


def test_a_to_z_groups_live_guides_by_letter(client, guide_index):
    for title in ("Baclofen", "Amitriptyline", "Bisoprolol", "Zopiclone"):
        make_guide(guide_index, title)
    make_guide(guide_index, "Codeine", live=False)

    response = client.get("/medicines/")
    assert response.status_code == 200
    html = response.text
    assert [letter for letter, _ in response.context["letter_groups"]] == ["A", "B", "Z"]
    assert html.index("Baclofen") < html.index("Bisoprolol")
    assert "Codeine" not in html
    # Letters with guides are links; the rest are shown but are not dead links.
    assert 'href="#letter-B"' in html
    assert 'href="#letter-C"' not in html
    assert '<span class="visually-hidden">No medicines under </span>C' in html
    assert '<h2 id="letter-Z">Z</h2>' in html


def test_brand_names_are_cross_referenced(client, guide_index):
    make_guide(guide_index, "Baclofen", brands=["Lioresal", "Lyflex"])
    response = client.get("/medicines/")
    groups = dict(response.context["letter_groups"])
    assert [entry.label for entry in groups["L"]] == ["Lioresal", "Lyflex"]
    assert all(entry.is_brand for entry in groups["L"])
    assert (
        'Lioresal <span class="az-see">(brand name) — see <a href="/medicines/baclofen/">'
        "Baclofen</a></span>"
    ) in response.text


def test_filter_by_condition(client, guide_index, spasticity):
    baclofen = make_guide(guide_index, "Baclofen")
    baclofen.conditions.add(spasticity)
    baclofen.save()
    make_guide(guide_index, "Bisoprolol")

    response = client.get("/medicines/", {"condition": "spasticity"})
    assert response.status_code == 200
    html = response.text
    assert "Showing medicines for <strong>Spasticity</strong>" in html
    assert "/medicines/baclofen/" in html
    assert "Bisoprolol" not in html
    assert 'aria-current="page">Spasticity</a>' in html


def test_condition_without_guides_says_so(client, guide_index):
    ConditionFactory(name="Hiccups", slug="hiccups")
    make_guide(guide_index, "Baclofen")
    response = client.get("/medicines/", {"condition": "hiccups"})
    assert "No guides for Hiccups have been published yet." in response.text
    assert "/medicines/baclofen/" not in response.text


@pytest.mark.parametrize("slug", ["no-such-thing", "<script>", "x" * 500, "%00"])
def test_unknown_condition_gives_an_empty_list_and_a_message(client, guide_index, slug):
    make_guide(guide_index, "Baclofen")
    response = client.get("/medicines/", {"condition": slug})
    assert response.status_code == 200
    assert "We have no condition called" in response.text
    assert "/medicines/baclofen/" not in response.text
    assert "<script>" not in response.text
    assert 'href="/medicines/">Show all medicines</a>' in response.text


def test_empty_a_to_z_says_so(client, guide_index):
    assert "No medicine guides have been published yet." in client.get("/medicines/").text


def test_a_to_z_queries_do_not_grow_with_guides(
    no_page_cache, client, guide_index, spasticity, django_assert_max_num_queries
):
    def add(count, start):
        for n in range(start, start + count):
            guide = make_guide(guide_index, f"Medicine {n:03d}", brands=[f"Brand {n:03d}"])
            guide.conditions.add(spasticity)
            guide.save()

    add(3, 0)
    with django_assert_max_num_queries(20) as few:
        client.get("/medicines/")
    add(30, 3)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/medicines/")
    assert len(response.context["letter_groups"][0][1]) == 33  # B: all 33 brand names


def test_every_a_to_z_link_is_the_url_wagtail_gives_the_guide(client, guide_index):
    guide_index.slug = "medicines-a-z"
    guide_index.save_revision().publish()
    guide_index.refresh_from_db()
    guides = [make_guide(guide_index, title) for title in ("Baclofen", "Co-codamol")]
    html = client.get("/medicines-a-z/").text
    for guide in guides:
        guide.refresh_from_db()
        assert f'<a href="{guide.url}">{guide.title}</a>' in html
        assert client.get(guide.url).status_code == 200
