from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page

import pytest

from portal.demo import DEMO_ACCOUNTS, demo_password


@pytest.fixture
def demo_accounts(db, settings):
    settings.DEBUG = True
    call_command("load_demo_content", stdout=None)


def test_anonymous_reader_is_sent_to_the_admin_login(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=/admin/")


@pytest.mark.parametrize("username", [account[0] for account in DEMO_ACCOUNTS])
def test_each_demo_account_logs_in(client, demo_accounts, username):
    response = client.post(
        "/admin/login/", {"username": username, "password": demo_password(username)}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_wrong_password_is_refused(client, demo_accounts):
    response = client.post("/admin/login/", {"username": "editor", "password": "demo-admin"})
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302


@pytest.mark.parametrize(
    "username, group", [("editor", "Clinical editors"), ("pharmacist", "Pharmacists")]
)
def test_reviewing_roles_cannot_publish_on_their_own(demo_accounts, username, group):
    user = get_user_model().objects.get(username=username)
    assert user.groups.filter(name=group).exists()
    home = Page.objects.get(depth=2)
    permissions = home.permissions_for_user(user)
    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_moderator_cannot_edit_pages(demo_accounts):
    moderator = get_user_model().objects.get(username="moderator")
    assert moderator.has_perm("wagtailadmin.access_admin")
    assert not Page.objects.get(depth=2).permissions_for_user(moderator).can_edit()


def test_the_admin_sends_no_staff_email_hash_to_gravatar(client, demo_accounts):
    client.post(
        "/admin/login/", {"username": "pharmacist", "password": demo_password("pharmacist")}
    )
    for url in ("/admin/", "/admin/account/", "/admin/users/"):
        assert "gravatar" not in client.get(url).content.decode().lower()
