def test_api_exposes_guides_with_their_structured_fields(client, baclofen):
    listing = client.get("/api/v2/pages/", {"type": "guides.DrugGuidePage"}).json()
    assert [item["title"] for item in listing["items"]] == ["Baclofen"]

    detail = client.get(f"/api/v2/pages/{baclofen.pk}/").json()
    assert detail["generic_name"] == "baclofen"
    assert [brand["name"] for brand in detail["brand_names"]] == ["Lioresal"]
    assert detail["conditions"] == ["Spasticity"]
    dose = detail["dosing"][0]["value"]
    assert (dose["start_amount"], dose["unit"], dose["start_times_per_day"]) == (5, "mg", 3)
    assert detail["side_effects"][0]["value"]["tier"] == "common"
    assert detail["interactions"][0]["kind"] == "alcohol"
    assert detail["interactions"][0]["name"] == "Alcohol"


def test_api_hides_unpublished_guides(client, guide_index):
    from tests.guides.conftest import make_guide

    draft = make_guide(guide_index, "Draftol", live=False)
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
