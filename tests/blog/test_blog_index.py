import pytest

from tests.blog.factories import BlogPostPageFactory


def test_entries_end_in_read_more_naming_the_post(client, blog_index):
    BlogPostPageFactory(parent=blog_index, title="Baclofen and hiccups", slug="hiccups")
    html = client.get("/blog/").text
    assert (
        '<a class="read-more" href="/blog/hiccups/">Read more'
        '<span class="visually-hidden"> about Baclofen and hiccups</span></a>'
    ) in html


def test_newest_first_ten_a_page(client, blog_index):
    for n in range(12):
        BlogPostPageFactory(parent=blog_index, title=f"Post {n:02d}")
    first = client.get("/blog/")
    titles = [post.title for post in first.context["posts"]]
    assert titles == [f"Post {n:02d}" for n in range(11, 1, -1)]
    second = client.get("/blog/", {"page": 2})
    assert [post.title for post in second.context["posts"]] == ["Post 01", "Post 00"]
    assert 'aria-current="page"' in second.text


@pytest.mark.parametrize(
    "page, expected", [("abc", 1), ("0", 1), ("-1", 1), ("99", 2), ("", 1), ("1.5", 1)]
)
def test_odd_page_numbers_never_fail(client, blog_index, page, expected):
    for _ in range(11):
        BlogPostPageFactory(parent=blog_index)
    response = client.get("/blog/", {"page": page})
    assert response.status_code == 200
    assert response.context["posts"].number == expected


def test_excerpt_prefers_the_teaser(blog_index):
    post = BlogPostPageFactory(parent=blog_index, teaser="Short teaser.", body="<p>Body.</p>")
    assert post.excerpt == "Short teaser."


def test_excerpt_falls_back_to_the_body_cut_at_a_word(blog_index):
    words = " ".join(f"word{n}" for n in range(60))
    post = BlogPostPageFactory(parent=blog_index, body=f"<p>{words}</p><p>second</p>")
    assert post.excerpt.endswith("word39…")
    assert "<p>" not in post.excerpt


def test_excerpt_keeps_paragraphs_apart_and_decodes_entities(blog_index):
    post = BlogPostPageFactory(parent=blog_index, body="<p>Salt &amp; pepper.</p><p>Next</p>")
    assert post.excerpt == "Salt & pepper. Next"
