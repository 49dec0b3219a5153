"""A comment that advises against what the post's guide says is held, and the moderator sees
which fact it goes against, read from the guide's own fields, with a link to its section."""

import datetime

import pytest

from blog.models import BlogPostRelatedGuide, Comment
from tests.blog.factories import make_post
from tests.blog.forms import comment_form
from tests.guides.conftest import make_guide
from tests.guides.factories import dose


@pytest.fixture
def post(blog_index, guide_index):
    guide = make_guide(
        guide_index,
        "Baclofen",
        dosing=[dose(daily_maximum=60)],  # this guide's own ceiling, not a figure in the code
        stop_suddenly_warning=True,
        tip_missed_dose="Skip it. Never take two doses together to make up.",
        interactions=[
            {"kind": "alcohol", "substance": "Alcohol", "effect": "Drowsy", "advice": "Avoid"}
        ],
    )
    return make_post(
        blog_index,
        slug="post",
        title="A post",
        date=datetime.date.today(),
        related_guides=[BlogPostRelatedGuide(guide=guide)],
    )


def comment(client, body):
    assert client.post("/blog/post/comment/", comment_form(body=body)).status_code == 302
    return Comment.objects.latest("pk")


@pytest.mark.parametrize(
    "body, says, section",
    [
        (
            "Honestly just take 80mg a day, you'll be fine",
            "at most 60 mg of baclofen a day",
            "dosing",
        ),
        (
            "Just stop it cold turkey, you don't need to taper",
            "never stop baclofen suddenly",
            "stopping",
        ),
        ("Missed one? Double the next dose, it evens out", "never take two doses together", "tips"),
        (
            "A glass of wine with it helps, trust me",
            "alcohol adds to the drowsiness",
            "interactions",
        ),
    ],
)
def test_advice_against_the_guide_is_held_with_the_fact_it_contradicts(
    client, post, moderator, body, says, section
):
    held = comment(client, body)
    assert held.status == Comment.HELD and "advice" in held.reasons
    assert [item["guide"] for item in held.contradicts] == ["baclofen"]
    assert says in held.contradicts[0]["says"]
    assert held.contradicts[0]["url"] == f"/medicines/baclofen/#{section}"
    client.force_login(moderator)
    page = client.get(f"/admin/snippets/blog/comment/edit/{held.pk}/").text
    assert says in page and f'href="/medicines/baclofen/#{section}"' in page
    assert says in client.get(f"/admin/comments/{held.pk}/approve/").text


def test_a_dose_within_the_guides_maximum_is_not_advice(client, post):
    ordinary = comment(client, "I take 20mg twice a day and it helps")
    assert ordinary.status == Comment.PENDING and ordinary.contradicts == []
