"""Private-page passwords are limited as staff sign-in is: five wrong ones from one client
address pause checking for the cool-off, with a clear message, for that client only."""

import re

from django.test import Client

from wagtail.models import PageViewRestriction

import pytest

from tests.guides.conftest import make_guide


@pytest.fixture
def restriction(guide_index):
    guide = make_guide(guide_index, "Baclofen")
    return PageViewRestriction.objects.create(
        page=guide, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )


def try_password(client, restriction, password):
    action = f"/_util/authenticate_with_password/{restriction.pk}/{restriction.page_id}/"
    return client.post(action, {"password": password, "return_url": "/medicines/baclofen/"})


def test_a_right_password_opens_the_page(restriction):
    client = Client(REMOTE_ADDR="198.51.100.1")
    form_page = client.get("/medicines/baclofen/").text
    action = re.search(r'<form action="([^"]+)"', form_page).group(1)
    assert action == f"/_util/authenticate_with_password/{restriction.pk}/{restriction.page_id}/"
    response = try_password(client, restriction, "secret")
    assert response.status_code == 302
    assert restriction.page.specific.summary in client.get("/medicines/baclofen/").text


def test_five_wrong_passwords_pause_that_client_even_for_the_right_one(restriction, settings):
    guesser = Client(REMOTE_ADDR="198.51.100.2")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = try_password(guesser, restriction, "guess")
        assert response.status_code == 200
        assert "not correct" in response.text
    response = try_password(guesser, restriction, "secret")
    assert response.status_code == 429
    assert "Too many wrong passwords have been tried from your connection" in response.text
    assert "Please try again in 60 minutes." in response.text
    assert "not correct" not in response.text
    assert int(response["Retry-After"]) > 3500
    assert restriction.page.specific.summary not in guesser.get("/medicines/baclofen/").text

    # Another reader, at another address, is not locked out by the guesser.
    reader = Client(REMOTE_ADDR="198.51.100.3")
    assert try_password(reader, restriction, "secret").status_code == 302


def test_a_right_password_clears_the_count(restriction, settings):
    client = Client(REMOTE_ADDR="198.51.100.4")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        try_password(client, restriction, "guess")
    assert try_password(client, restriction, "secret").status_code == 302
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert try_password(client, restriction, "guess").status_code == 200
    assert try_password(client, restriction, "secret").status_code == 302


def test_bad_ids_and_junk_are_a_404_or_a_form_error_never_a_500(restriction):
    client = Client(REMOTE_ADDR="198.51.100.5")
    page_id = restriction.page_id
    assert client.post(f"/_util/authenticate_with_password/999999/{page_id}/").status_code == 404
    url = f"/_util/authenticate_with_password/{restriction.pk}/{page_id}/"
    assert client.post(url, {"password": "x" * 10_000, "return_url": ""}).status_code == 200
    assert client.get(url).status_code == 200
