import pytest

from tests.guides.factories import DrugGuidePageFactory


@pytest.fixture
def baclofen(guide_index):
    return DrugGuidePageFactory(
        parent=guide_index,
        title="Baclofen",
        slug="baclofen",
        generic_name="baclofen",
        brand_names="Lioresal",
    )


@pytest.mark.parametrize("query", ["baclofen", "Lioresal", "lioresal"])
def test_search_finds_a_guide_by_generic_or_brand_name(client, baclofen, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert 'href="/medicines/baclofen/"' in response.text
    assert "1 result for" in response.text


def test_search_without_a_query_shows_the_form(client, home_page):
    response = client.get("/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.text
    assert "result" not in response.text.lower().split("<main", 1)[1].split("</main>")[0]


def test_search_with_no_match_says_what_to_try(client, baclofen):
    response = client.get("/search/", {"q": "zzzunknownzzz"})
    assert "0 results for" in response.text
    assert "Check the spelling" in response.text


@pytest.mark.parametrize(
    "params",
    [{"q": "x" * 5000}, {"q": "baclofen", "page": "abc"}, {"q": "baclofen", "page": "-1"}],
)
def test_search_survives_odd_input(client, baclofen, params):
    assert client.get("/search/", params).status_code == 200


def test_search_escapes_the_query(client, home_page):
    response = client.get("/search/", {"q": "<script>alert(1)</script>"})
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;" in response.text


def test_api_lists_live_pages(client, baclofen):
    response = client.get("/api/v2/pages/", {"type": "guides.DrugGuidePage"})
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert titles == ["Baclofen"]


def test_api_is_read_only(client, baclofen):
    response = client.post("/api/v2/pages/", {"title": "Injected"})
    assert response.status_code == 405


def test_api_root_lists_its_endpoints(client, db):
    response = client.get("/api/v2/")
    assert response.status_code == 200
    assert response.json() == {
        "pages": "http://testserver/api/v2/pages/",
        "images": "http://testserver/api/v2/images/",
    }
