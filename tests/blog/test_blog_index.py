from wagtail.test.utils import WagtailPageTestCase

import pytest

from blog.models import BlogIndexPage, BlogPostPage
from portal.models import HomePage
from tests.blog.factories import AuthorFactory, BlogPostPageFactory, make_post


class TestBlogTree(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(BlogIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPostPage})
        self.assertAllowedParentPageTypes(BlogPostPage, {BlogIndexPage})
        self.assertAllowedSubpageTypes(BlogPostPage, set())


def test_entries_show_date_authors_tags_excerpt_and_read_more(client, blog_index):
    author = AuthorFactory(name="Sam Okafor", credentials="MPharm")
    make_post(
        blog_index,
        authors=[author],
        tags=["travel"],
        title="Baclofen and hiccups",
        slug="hiccups",
        teaser="Short teaser.",
    )
    html = " ".join(client.get("/blog/").text.split())
    assert '<h2><a href="/blog/hiccups/">Baclofen and hiccups</a></h2>' in html
    assert "By Sam Okafor, MPharm" in html
    assert '<a href="/blog/?tag=travel">travel</a>' in html
    assert "<p>Short teaser.</p>" in html
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
    assert 'rel="prev" href="?page=1"' in second.text


@pytest.mark.parametrize(
    "page, expected", [("abc", 1), ("0", 1), ("-1", 1), ("99", 2), ("", 1), ("1.5", 1)]
)
def test_odd_page_numbers_never_fail(client, blog_index, page, expected):
    for _ in range(11):
        BlogPostPageFactory(parent=blog_index)
    response = client.get("/blog/", {"page": page})
    assert response.status_code == 200
    assert response.context["posts"].number == expected


def test_filter_by_tag(client, blog_index):
    make_post(blog_index, tags=["travel"], title="Holiday packing", slug="packing")
    make_post(blog_index, tags=["storage"], title="Cool and dry", slug="cool")
    response = client.get("/blog/", {"tag": "travel"})
    html = response.text
    assert "Showing posts tagged <strong>travel</strong>" in html
    assert "/blog/packing/" in html and "/blog/cool/" not in html
    assert '<a href="/blog/">Show all posts</a>' in html


@pytest.mark.parametrize("tag", ["nope", "<b>x</b>", "z" * 300])
def test_unknown_tag_gives_an_empty_list_and_a_message(client, blog_index, tag):
    make_post(blog_index, slug="a-post")
    response = client.get("/blog/", {"tag": tag})
    assert response.status_code == 200
    assert "There are no posts tagged" in response.text
    assert "/blog/a-post/" not in response.text
    assert "<b>x</b>" not in response.text


def test_drafts_are_not_listed(client, blog_index):
    BlogPostPageFactory(parent=blog_index, title="Secret draft", live=False)
    assert "Secret draft" not in client.get("/blog/").text


def test_feeds_are_linked_from_the_index(client, blog_index):
    html = client.get("/blog/").text
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/blog/feed/rss/"' in html
    assert 'type="application/atom+xml"' in html and 'href="/blog/feed/atom/"' in html


@pytest.mark.parametrize("extra", [5, 50])
def test_listing_queries_do_not_grow_with_posts(
    no_page_cache, client, blog_index, extra, django_assert_max_num_queries
):
    authors = [AuthorFactory(), AuthorFactory()]
    for n in range(extra):
        make_post(blog_index, authors=authors, tags=[f"tag{n}", "common"])
    with django_assert_max_num_queries(13):
        response = client.get("/blog/", {"page": 2 if extra > 10 else 1})
    assert response.text.count('class="read-more"') == min(extra, 10)


def test_many_pages_link_the_ends_and_the_neighbours_only(rf, blog_index):
    from portal.serving.pagination import paginate

    page = paginate(rf.get("/blog/", {"page": 50}), list(range(1000)), 10)
    assert page.links == [1, "…", 48, 49, 50, 51, 52, "…", 100]


def test_the_listing_shows_elided_page_links(client, blog_index, monkeypatch):
    monkeypatch.setattr(type(blog_index), "posts_per_page", 1)
    for _ in range(11):
        BlogPostPageFactory(parent=blog_index)
    html = client.get("/blog/", {"page": 6}).text
    links = {number for number in range(1, 12) if f'href="?page={number}"' in html}
    assert links == {1, 4, 5, 6, 7, 8, 11}  # 5 and 7 also as Previous and Next
    assert 'href="?page=6" aria-current="page"' in html
    assert html.count('class="pagination__gap">…') == 2


def test_tags_are_listed_alphabetically_on_the_listing_and_the_post(client, blog_index):
    make_post(blog_index, slug="tagged", tags=["zinc", "Baclofen", "nerve pain"])
    for url in ("/blog/", "/blog/tagged/"):
        html = client.get(url).text
        positions = [html.index(f">{name}</a>") for name in ("Baclofen", "nerve pain", "zinc")]
        assert positions == sorted(positions), url


def test_listing_links_are_the_urls_wagtail_gives_the_posts(client, blog_index):
    blog_index.slug = "news"
    blog_index.save_revision().publish()
    blog_index.refresh_from_db()
    post = make_post(blog_index, slug="hiccups", title="Baclofen and hiccups")
    post.refresh_from_db()
    html = client.get("/news/").text
    assert post.url == "/news/hiccups/"
    assert f'<h2><a href="{post.url}">' in html
    assert f'<a class="read-more" href="{post.url}">' in html


def test_bylines_keep_the_editors_order_on_the_listing_and_the_post(
    no_page_cache, client, blog_index
):
    zed = AuthorFactory(name="Zed Adeyemi", credentials="PharmD")
    amy = AuthorFactory(name="Amy Brook", credentials="")
    lee = AuthorFactory(name="Lee Chan", credentials="MPharm")
    make_post(blog_index, slug="three", authors=[zed, amy, lee])
    make_post(blog_index, slug="none", title="Nobody's post")
    byline = "By Zed Adeyemi, PharmD; Amy Brook and Lee Chan, MPharm"
    for url in ("/blog/", "/blog/three/"):
        assert byline in " ".join(client.get(url).text.split()), url
    listing = client.get("/blog/")
    unsigned = next(post for post in listing.context["posts"] if post.slug == "none")
    assert unsigned.authors == [] and unsigned.listed_tags == []


@pytest.mark.parametrize("live, restricted, pages", [(10, 0, 1), (11, 0, 2), (10, 3, 1)])
def test_page_links_count_only_the_posts_a_reader_may_see(
    client, blog_index, live, restricted, pages
):
    from wagtail.models import PageViewRestriction

    for _ in range(live):
        BlogPostPageFactory(parent=blog_index)
    BlogPostPageFactory(parent=blog_index, live=False)
    for _ in range(restricted):
        hidden = BlogPostPageFactory(parent=blog_index)
        PageViewRestriction.objects.create(
            page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    response = client.get("/blog/")
    assert response.context["posts"].paginator.num_pages == pages
    assert ('href="?page=2"' in response.text) is (pages == 2)
