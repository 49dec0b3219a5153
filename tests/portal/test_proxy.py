"""Readers and staff behind a real reverse proxy: nginx in front of the app, appending the
address each client connects from to X-Forwarded-For as Varnish and load balancers do.

Each client connects to nginx from its own loopback address (Linux routes all of 127.0.0.0/8
to lo), so nginx sees, and reports, genuinely different clients; nginx reaches the app from
127.0.0.1, the one trusted proxy here. `make test` installs nginx; without it these skip."""

import datetime
import re
import shutil
import socket
import subprocess
import time

from django.contrib.auth import get_user_model

import pytest
import requests
from axes.models import AccessAttempt
from requests.adapters import HTTPAdapter

from blog.models import Comment
from tests.blog.factories import make_post
from tests.blog.forms import issued

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
CONF = """
daemon off;
master_process off;
pid nginx.pid;
error_log error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path tmp/client_body;
    proxy_temp_path tmp/proxy;
    fastcgi_temp_path tmp/fastcgi;
    uwsgi_temp_path tmp/uwsgi;
    scgi_temp_path tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://127.0.0.1:{app_port};
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        }}
    }}
}}
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def nginx(live_server, tmp_path):
    """The base URL of an nginx proxying to the live server; stopped by its process id."""
    if not shutil.which(NGINX):
        pytest.skip(f"{NGINX} is not installed (apt-get install nginx; `make test` does)")
    (tmp_path / "tmp").mkdir()
    for folder in (tmp_path, tmp_path / "tmp"):
        folder.chmod(0o755)  # as root, nginx's worker runs as nobody
    port = free_port()
    app_port = int(live_server.url.rsplit(":", 1)[1])
    (tmp_path / "nginx.conf").write_text(CONF.format(port=port, app_port=app_port))
    process = subprocess.Popen(
        [NGINX, "-p", f"{tmp_path}/", "-c", str(tmp_path / "nginx.conf"), "-e", "error.log"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(200):
            assert process.poll() is None, (tmp_path / "error.log").read_text()
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


class FromAddress(HTTPAdapter):
    def __init__(self, source):
        self.source = source
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.source, 0)
        super().init_poolmanager(*args, **kwargs)


def client(source):
    """A browser of its own (cookies and all) connecting from `source`."""
    session = requests.Session()
    session.mount("http://", FromAddress(source))
    return session


def token(session, url):
    page = session.get(url, timeout=30)
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)


def send_comment(session, base, body, headers=None):
    csrf = token(session, f"{base}/blog/post/")
    return session.post(
        f"{base}/blog/post/comment/",
        data={
            "csrfmiddlewaretoken": csrf,
            "name": "Reader",
            "body": body,
            "issued": issued(),
            "website": "",
        },
        headers={"Referer": f"{base}/blog/post/", **(headers or {})},
        allow_redirects=False,
        timeout=30,
    ).status_code


def sign_in(session, base, username, password):
    csrf = token(session, f"{base}/admin/login/")
    return session.post(
        f"{base}/admin/login/",
        data={"csrfmiddlewaretoken": csrf, "username": username, "password": password},
        headers={"Referer": f"{base}/admin/login/"},
        allow_redirects=False,
        timeout=30,
    )


@pytest.fixture
def post(blog_index):
    return make_post(blog_index, slug="post", title="A post", date=datetime.date.today())


@pytest.fixture
def behind_nginx(settings):
    settings.PORTAL_TRUSTED_PROXIES = ["127.0.0.1"]
    settings.PORTAL_COMMENT_RATE_LIMIT = 5


def test_six_readers_each_get_their_comment_stored_and_one_over_the_limit_gets_429(
    nginx, post, behind_nginx
):
    readers = [client(f"127.0.0.{10 + n}") for n in range(6)]
    assert [send_comment(reader, nginx, f"Reader {n}") for n, reader in enumerate(readers)] == [
        302
    ] * 6
    busy = readers[0]
    assert [send_comment(busy, nginx, f"More {n}") for n in range(4)] == [302] * 4
    assert send_comment(busy, nginx, "One too many") == 429
    assert Comment.objects.count() == 10
    assert Comment.objects.values("ip_hash").distinct().count() == 6


def test_without_trusting_the_proxy_every_reader_is_one(nginx, post, settings):
    """What the documented stack did before: the sixth reader of the hour was turned away."""
    settings.PORTAL_TRUSTED_PROXIES = []
    settings.PORTAL_COMMENT_RATE_LIMIT = 5
    readers = [client(f"127.0.0.{20 + n}") for n in range(6)]
    statuses = [send_comment(reader, nginx, f"Reader {n}") for n, reader in enumerate(readers)]
    assert statuses == [302] * 5 + [429]


def test_a_spoofed_forwarded_for_does_not_change_the_address_used(nginx, post, behind_nginx):
    spoofer = client("127.0.0.30")
    statuses = [
        send_comment(spoofer, nginx, f"Try {n}", {"X-Forwarded-For": f"198.51.100.{n}"})
        for n in range(6)
    ]
    assert statuses == [302] * 5 + [429]
    assert Comment.objects.values("ip_hash").distinct().count() == 1


def test_five_failed_logins_lock_out_only_the_client_that_made_them(
    nginx, pharmacist, behind_nginx
):
    # Five people at five machines each mistype the pharmacist's password once.
    for n in range(5):
        response = sign_in(client(f"127.0.0.{40 + n}"), nginx, pharmacist.username, "wrong")
        assert response.status_code == 200
    assert sign_in(client("127.0.0.46"), nginx, pharmacist.username, "pw").status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {
        f"127.0.0.{40 + n}" for n in range(5)
    }

    # Five failures from one machine lock that machine out, and only that one.
    shared = "127.0.0.50"
    for n in range(5):
        sign_in(client(shared), nginx, f"someone{n}", "wrong")
    locked = sign_in(client(shared), nginx, pharmacist.username, "pw")
    assert locked.status_code == 429
    assert "Sign-in is locked for now" in locked.text
    assert sign_in(client("127.0.0.51"), nginx, pharmacist.username, "pw").status_code == 302
    assert get_user_model().objects.get(pk=pharmacist.pk).is_active
