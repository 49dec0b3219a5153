import datetime

import feedparser
import pytest

from tests.blog.factories import AuthorFactory, make_post


@pytest.fixture
def posts(blog_index):
    author = AuthorFactory(name="Sam Okafor")
    second = AuthorFactory(name="Ada Ng")
    for day in range(1, 26):
        make_post(
            blog_index,
            authors=[author, second] if day == 25 else [author],
            tags=["spasticity", "Baclofen"] if day == 25 else [],
            slug=f"post-{day:02d}",
            title=f"Post {day:02d}",
            teaser=f"Teaser {day:02d} & more",
            date=datetime.date(2026, 3, day),
        )
    make_post(blog_index, slug="draft", title="Draft", live=False, date=datetime.date(2026, 4, 1))


@pytest.mark.parametrize(
    "url, version, content_type",
    [
        ("/blog/feed/rss/", "rss20", "application/rss+xml"),
        ("/blog/feed/atom/", "atom10", "application/atom+xml"),
    ],
)
def test_feeds_parse_and_list_the_newest_posts(client, posts, url, version, content_type):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == version
    entries = feed.entries
    assert len(entries) == 20
    assert [entry.title for entry in entries[:2]] == ["Post 25", "Post 24"]
    assert "Draft" not in [entry.title for entry in entries]
    first = entries[0]
    assert first.link == "http://testserver/blog/post-25/"
    assert first.author == "Sam Okafor, Ada Ng"
    assert entries[1].author == "Sam Okafor"
    assert [tag.term for tag in first.tags] == ["Baclofen", "spasticity"]
    assert first.summary == "Teaser 25 &amp; more" or first.summary == "Teaser 25 & more"
    assert first.published_parsed[:3] == (2026, 3, 25)


def test_feed_of_an_empty_blog_is_still_valid(client, blog_index):
    feed = feedparser.parse(client.get("/blog/feed/rss/").content)
    assert feed.bozo == 0 and feed.entries == []
