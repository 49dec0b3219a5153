def test_api_root_lists_its_endpoints(client, db):
    response = client.get("/api/v2/")
    assert response.status_code == 200
    assert response.json() == {
        "pages": "http://testserver/api/v2/pages/",
        "images": "http://testserver/api/v2/images/",
    }


def test_api_is_read_only(client, home_page):
    response = client.post("/api/v2/pages/", {"title": "Injected"})
    assert response.status_code == 405


def test_api_refuses_nul_characters_with_a_400(client, home_page):
    for url in (
        "/api/v2/pages/?search=a%00b",
        "/api/v2/images/?search=%00",
        "/api/v2/pages/?title=%00",
    ):
        response = client.get(url)
        assert response.status_code == 400, url
        assert "may not contain NUL" in response.json()["message"]
