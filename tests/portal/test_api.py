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
