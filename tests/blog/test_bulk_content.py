"""manage.py generate_bulk_content: the load-test data set, here at a small size."""

from io import StringIO

from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

from blog.bulk import COMMENTED_POST_SLUG
from blog.models import BlogPostPage, Comment
from guides.models import DrugGuidePage, GuideBrandName

SMALL = ["--guides", "3", "--posts", "12", "--comments", "30", "--post-comments", "10"]


def generate(*args):
    out = StringIO()
    call_command("generate_bulk_content", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def bulk(db):
    return generate(*SMALL)


def bulk_guides():
    return DrugGuidePage.objects.exclude(slug="baclofen")


def bulk_posts():
    return BlogPostPage.objects.filter(slug__startswith="bulk-")


def test_builds_the_demo_site_then_the_bulk_content(bulk):
    assert "building the demo site first" in bulk
    assert DrugGuidePage.objects.filter(slug="baclofen").exists()
    assert bulk_guides().count() == 3
    assert bulk_posts().count() == 12
    assert Comment.objects.filter(post__in=bulk_posts()).count() == 30
    assert "Bulk content in place: 3 guides, 12 posts, 30 comments" in bulk


def test_the_known_post_has_its_approved_comments(bulk):
    post = BlogPostPage.objects.get(slug=COMMENTED_POST_SLUG)
    assert post.comments.filter(status=Comment.APPROVED).count() == 10
    assert post.comments.exclude(status=Comment.APPROVED).count() == 0
    # The other 20 are spread over the other posts.
    assert Comment.objects.filter(post__in=bulk_posts().exclude(pk=post.pk)).count() == 20


def test_pages_have_their_parts(bulk):
    for guide in bulk_guides():
        assert guide.live
        assert guide.brand_names.exists()
        assert guide.conditions.exists()
        assert "not a real medicine" in guide.summary
        assert len(guide.uses.split()) > 200
    for post in bulk_posts():
        assert post.live and post.date
        assert post.post_authors.exists()
        assert post.tags.exists()


def test_every_page_answers_200(bulk, client):
    paths = ["/", "/medicines/", "/blog/", "/blog/?page=2", "/search/?q=baclofen"]
    paths += [guide.url for guide in bulk_guides()]
    paths += [post.url for post in bulk_posts()]
    for path in paths:
        assert client.get(path).status_code == 200, path


def test_the_post_shows_its_comments(bulk, client):
    response = client.get(f"/blog/{COMMENTED_POST_SLUG}/")
    assert response.status_code == 200
    assert response.content.decode().count('class="comment"') == 10


def test_bulk_pages_are_in_the_search_index(bulk, client):
    guide = bulk_guides().first()
    brand = GuideBrandName.objects.filter(page=guide).first()
    response = client.get("/search/", {"q": brand.name})
    assert response.status_code == 200
    assert guide.url in response.content.decode()


def test_a_second_run_adds_nothing(bulk):
    counts = (bulk_guides().count(), bulk_posts().count(), Comment.objects.count())
    out = generate(*SMALL)
    assert (bulk_guides().count(), bulk_posts().count(), Comment.objects.count()) == counts
    assert "building the demo site" not in out


def test_a_bigger_second_run_tops_up(bulk):
    generate("--guides", "4", "--posts", "13", "--comments", "35", "--post-comments", "10")
    assert bulk_guides().count() == 4
    assert bulk_posts().count() == 13
    assert Comment.objects.filter(post__in=bulk_posts()).count() == 35


def test_refuses_negative_counts(db):
    with pytest.raises(CommandError):
        generate("--guides", "-1")
