import io
import json
import logging
import os
import re
import socket

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client

from wagtail.images import get_image_model

import pytest
from axes.models import AccessAttempt
from PIL import Image

from tests.guides.conftest import make_guide


@pytest.fixture
def guide(guide_index):
    return make_guide(guide_index, "Baclofen")


def test_public_pages_send_the_security_headers(client, guide):
    response = client.get("/medicines/baclofen/")
    csp = response["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]+)", csp).group(1)
    assert script_src.strip() == "'self'"
    assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_public_pages_have_no_inline_scripts(client, guide, blog_index):
    from tests.blog.factories import make_post

    make_post(blog_index, slug="post")
    for url in (
        "/",
        "/medicines/",
        "/medicines/baclofen/",
        "/blog/",
        "/blog/post/",
        "/search/?q=x",
    ):
        html = client.get(url).text
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag or 'type="application/ld+json"' in tag, (url, tag)


def test_the_admin_keeps_its_own_scripts(admin_client):
    assert "Content-Security-Policy" not in admin_client.get("/admin/")


def test_password_validators_refuse_weak_passwords():
    with pytest.raises(ValidationError):
        validate_password("password1")
    validate_password("a long and unusual passphrase 42")


def fail_login(client, username, times):
    for _ in range(times):
        client.post("/admin/login/", {"username": username, "password": "wrong"})


def test_five_failures_against_an_account_lock_out_the_guesser_not_its_owner(editor):
    attacker = Client(REMOTE_ADDR="10.1.1.1")
    fail_login(attacker, "editor", 5)
    locked = attacker.post("/admin/login/", {"username": "editor", "password": "pw"})
    assert locked.status_code == 429
    assert "Sign-in is locked for now" in locked.text
    assert attacker.get("/admin/").status_code == 302  # not signed in
    owner = Client(REMOTE_ADDR="10.2.2.2")
    assert owner.post("/admin/login/", {"username": "editor", "password": "pw"}).status_code == 302


def test_one_mistake_from_each_of_five_clients_locks_nobody_out(editor):
    for n in range(5):
        fail_login(Client(REMOTE_ADDR=f"10.5.5.{n + 1}"), "editor", 1)
    owner = Client(REMOTE_ADDR="10.5.5.9")
    assert owner.post("/admin/login/", {"username": "editor", "password": "pw"}).status_code == 302


def test_admin_login_locks_an_address_after_five_failures(editor, pharmacist):
    attacker = Client(REMOTE_ADDR="10.3.3.3")
    for username in ("a", "b", "c", "d", "e"):
        fail_login(attacker, username, 1)
    response = attacker.post("/admin/login/", {"username": "pharma", "password": "pw"})
    assert response.status_code == 429


def test_a_superuser_unlocks_from_the_admin(editor, superuser):
    fail_login(Client(REMOTE_ADDR="10.4.4.4"), "editor", 5)
    attempt = AccessAttempt.objects.get(username="editor")
    admin = Client()
    admin.force_login(superuser)
    listing = admin.get("/admin/snippets/axes/accessattempt/")
    assert listing.status_code == 200 and "editor" in listing.text
    admin.post(f"/admin/snippets/axes/accessattempt/delete/{attempt.pk}/")
    assert not AccessAttempt.objects.exists()
    user = Client(REMOTE_ADDR="10.4.4.4")
    assert user.post("/admin/login/", {"username": "editor", "password": "pw"}).status_code == 302


def test_editors_cannot_see_lockouts(client, editor):
    client.force_login(editor)
    assert client.get("/admin/snippets/axes/accessattempt/").status_code in (302, 403)


def test_svg_and_oversized_images_are_refused(client, editor):
    client.force_login(editor)
    svg = SimpleUploadedFile(
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        content_type="image/svg+xml",
    )
    response = client.post("/admin/images/add/", {"title": "Logo", "file": svg})
    assert response.status_code == 200
    assert "Not a supported image format" in response.text
    # Random pixels do not compress: this PNG is over the 10 MB limit.
    noise = Image.frombytes("RGB", (2100, 1900), os.urandom(2100 * 1900 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, format="PNG", compress_level=0)
    assert buffer.tell() > 10 * 1024 * 1024
    big = SimpleUploadedFile("big.png", buffer.getvalue(), content_type="image/png")
    response = client.post("/admin/images/add/", {"title": "Big", "file": big})
    assert "This file is too big" in response.text
    assert not get_image_model().objects.exists()


def test_healthz_and_readyz(client, db):
    assert client.get("/healthz").json() == {"status": "ok"}
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_readyz_reports_a_lost_cache(client, db, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.1},
        }
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "cache": "unavailable"}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_database_outage_gives_503_then_recovers_without_restart(guide_index):
    make_guide(guide_index, "Baclofen")
    reader = Client(raise_request_exception=False)
    real_port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = str(closed_port())
    try:
        page = reader.get("/medicines/baclofen/")
        ready = reader.get("/readyz")
    finally:
        connection.close()
        connection.settings_dict["PORT"] = real_port
    assert page.status_code == 503
    assert page["Retry-After"] == "30"
    assert "We’ll be back in a moment" in page.text and "Traceback" not in page.text
    assert ready.status_code == 503 and ready.json()["checks"]["database"] == "unavailable"
    # The same process serves again as soon as the database answers.
    assert reader.get("/medicines/baclofen/").status_code == 200
    assert reader.get("/readyz").status_code == 200


def test_each_request_is_logged_as_one_structured_line(client, guide, caplog):
    with caplog.at_level(logging.INFO, logger="portal.request"):
        response = client.get(
            "/medicines/?condition=secret-words", HTTP_X_REQUEST_ID="abc12345-req"
        )
    records = [r for r in caplog.records if r.name == "portal.request"]
    assert len(records) == 1
    record = records[0]
    assert (record.method, record.path, record.status) == ("GET", "/medicines/", 200)
    assert record.request_id == "abc12345-req" == response["X-Request-ID"]
    assert record.duration_ms >= 0
    from portal.ops.logging import JsonFormatter

    line = json.loads(JsonFormatter().format(record))
    assert line["path"] == "/medicines/" and "secret-words" not in json.dumps(line)


def test_a_made_up_request_id_is_replaced(client, db):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="<script>")
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


def test_wagtail_preview_still_frames_while_pages_refuse_framing(admin_client, guide):
    from tests.guides.forms import guide_form

    url = f"/admin/pages/{guide.pk}/edit/preview/"
    form = guide_form(title="Baclofen", slug="baclofen", summary="Previewed summary.")
    assert admin_client.post(url, form).json()["is_valid"] is True
    preview = admin_client.get(url)
    assert preview.status_code == 200
    assert "Previewed summary." in preview.text
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
