"""Comments against a running server: many readers at once, and a reader-to-moderator round
trip in Debian's Chromium."""

import datetime
import re
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from blog.models import Comment
from tests.blog.factories import make_post
from tests.blog.forms import issued

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def post(blog_index):
    return make_post(blog_index, slug="post", title="A post", date=datetime.date.today())


def comment_once(base, number):
    session = requests.Session()
    page = session.get(f"{base}/blog/post/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(
        f"{base}/blog/post/comment/",
        data={
            "csrfmiddlewaretoken": token,
            "name": f"Reader {number}",
            "body": f"Comment number {number}",
            "issued": issued(),
            "website": "",
        },
        headers={"Referer": f"{base}/blog/post/"},
        allow_redirects=False,
        timeout=30,
    )
    return response.status_code


def test_parallel_submissions_are_all_stored(live_server, post, settings):
    settings.PORTAL_COMMENT_RATE_LIMIT = 1000
    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(pool.map(lambda n: comment_once(live_server.url, n), range(40)))
    assert statuses == [302] * 40
    assert Comment.objects.count() == 40
    bodies = set(Comment.objects.values_list("body", flat=True))
    assert bodies == {f"Comment number {n}" for n in range(40)}


def test_parallel_posts_from_one_address_store_no_more_than_the_limit(live_server, post, settings):
    settings.PORTAL_COMMENT_RATE_LIMIT = 5
    base = live_server.url
    readers = []
    for _ in range(8):
        session = requests.Session()
        page = session.get(f"{base}/blog/post/", timeout=30)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        readers.append((session, token))
    start = threading.Barrier(8)

    def post_now(number):
        session, token = readers[number]
        start.wait()
        return session.post(
            f"{base}/blog/post/comment/",
            data={
                "csrfmiddlewaretoken": token,
                "name": f"Reader {number}",
                "body": f"Parallel {number}",
                "issued": issued(),
                "website": "",
            },
            headers={"Referer": f"{base}/blog/post/"},
            allow_redirects=False,
            timeout=60,
        ).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = sorted(pool.map(post_now, range(8)))
    stored = Comment.objects.count()
    assert (statuses.count(302), statuses.count(429), stored) == (5, 3, 5)


@pytest.mark.browser
def test_reader_comments_and_moderator_approves_in_a_browser(
    live_server, browser_page, post, moderator, settings
):
    settings.PORTAL_COMMENT_MIN_SECONDS = 1
    base = live_server.url
    reader = browser_page()
    reader.goto(f"{base}/blog/post/")
    reader.fill("#id_name", "Robin")
    reader.fill("#id_body", "This helped me prepare for my appointment.")
    assert reader.locator("#id_body-count").inner_text() == "1958 characters left"
    reader.wait_for_timeout(1100)
    reader.click("button:has-text('Send comment for moderation')")
    reader.wait_for_url(re.compile(r".*\?comment=thanks#comment-status$"))
    assert "your comment will appear after moderation" in reader.content()
    assert (
        "This helped me prepare"
        not in reader.locator(".comment-list, .comments").first.inner_text()
    )

    mod = browser_page()
    mod.goto(f"{base}/admin/login/")
    mod.fill("#id_username", moderator.username)
    mod.fill("#id_password", "pw")
    mod.click("button[type=submit]")
    mod.wait_for_url(f"{base}/admin/")
    comment = Comment.objects.get(name="Robin")
    mod.goto(f"{base}/admin/comments/{comment.pk}/approve/")
    mod.click("form button[type=submit]:has-text('Approve')")
    mod.wait_for_url(re.compile(r".*/admin/snippets/blog/comment/$"))

    reader.goto(f"{base}/blog/post/")
    assert (
        "This helped me prepare for my appointment." in reader.locator(".comment-list").inner_text()
    )
