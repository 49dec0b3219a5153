"""A NUL character in a request header (PostgreSQL refuses to store one) loses nothing."""

import datetime

from django.test import Client

import pytest
from axes.models import AccessAttempt

from blog.models import Comment
from tests.blog.factories import make_post
from tests.blog.forms import comment_form

AGENT = "Mozilla/5.0\x00evil"


@pytest.fixture
def post(blog_index):
    return make_post(blog_index, slug="on-pain", title="On pain", date=datetime.date.today())


def test_a_comment_from_a_user_agent_with_a_nul_is_stored(post):
    reader = Client(HTTP_USER_AGENT=AGENT)
    response = reader.post(f"{post.url}comment/", comment_form(body="Still stored."))
    assert response.status_code == 302
    assert Comment.objects.get().user_agent == "Mozilla/5.0evil"


def test_a_failed_sign_in_from_a_user_agent_with_a_nul_is_an_answer(editor):
    response = Client(HTTP_USER_AGENT=AGENT).post(
        "/admin/login/", {"username": "editor", "password": "wrong"}
    )
    assert response.status_code == 200
    assert AccessAttempt.objects.get().user_agent == "Mozilla/5.0evil"  # counted, as any failure
