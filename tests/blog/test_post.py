import datetime

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images import get_image_model

import pytest
import wagtail_factories

from blog.models import BlogPostPage, BlogPostRelatedGuide
from portal.blocks import ImageBlock
from tests.blog.factories import AuthorFactory, BlogPostPageFactory, make_post
from tests.guides.conftest import make_guide


def text_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return " ".join(response.text.split())


def test_post_shows_authors_with_credentials_and_bio(client, blog_index):
    author = AuthorFactory(
        name="Dana Whitfield",
        credentials="PharmD",
        role="Clinical pharmacist",
        bio="Dana works in neurology.",
    )
    make_post(blog_index, authors=[author], slug="post")
    html = text_of(client, "/blog/post/")
    assert "By Dana Whitfield, PharmD" in html
    assert "Clinical pharmacist" in html and "Dana works in neurology." in html


def test_off_label_notice_only_when_flagged(client, blog_index):
    make_post(blog_index, slug="flagged", off_label=True, evidence_note="Only case reports so far.")
    make_post(blog_index, slug="plain")
    flagged = text_of(client, "/blog/flagged/")
    assert "This post is about an off-label use" in flagged
    assert "the evidence is limited or mixed. Talk to your doctor before trying it" in flagged
    assert "Only case reports so far." in flagged
    assert flagged.index("off-label use") < flagged.index('class="post-body"')
    assert "off-label use" not in text_of(client, "/blog/plain/")


def test_related_guides_shown_both_ways(client, blog_index, guide_index):
    guide = make_guide(guide_index, "Baclofen")
    make_post(
        blog_index,
        slug="pudendal",
        title="Baclofen for pudendal neuralgia",
        related_guides=[BlogPostRelatedGuide(guide=guide)],
    )
    post_html = text_of(client, "/blog/pudendal/")
    assert '<a href="/medicines/baclofen/">Read the reviewed guide to baclofen</a>' in post_html
    guide_html = text_of(client, "/medicines/baclofen/")
    assert "Related articles" in guide_html
    assert '<a href="/blog/pudendal/">Baclofen for pudendal neuralgia</a>' in guide_html


def test_draft_posts_are_not_listed_on_the_guide(client, blog_index, guide_index):
    guide = make_guide(guide_index, "Baclofen")
    make_post(
        blog_index,
        slug="draft",
        title="Unpublished thoughts",
        live=False,
        related_guides=[BlogPostRelatedGuide(guide=guide)],
    )
    assert "Unpublished thoughts" not in text_of(client, "/medicines/baclofen/")
    assert "Related articles" not in text_of(client, "/medicines/baclofen/")


def test_a_guide_lists_its_five_newest_related_posts(client, blog_index, guide_index):
    guide = make_guide(guide_index, "Baclofen")
    other = make_guide(guide_index, "Tizanidine")
    for day in range(1, 8):
        make_post(
            blog_index,
            slug=f"day-{day}",
            title=f"Post of day {day}",
            date=datetime.date(2026, 5, day),
            related_guides=[BlogPostRelatedGuide(guide=guide)],
        )
    make_post(
        blog_index,
        slug="other",
        title="About tizanidine",
        date=datetime.date(2026, 6, 1),
        related_guides=[BlogPostRelatedGuide(guide=other)],
    )
    html = text_of(client, "/medicines/baclofen/")
    related = html[html.index("Related articles") :]
    shown = [day for day in range(1, 8) if f'<a href="/blog/day-{day}/">' in related]
    assert shown == [3, 4, 5, 6, 7]
    positions = [related.index(f"Post of day {day}") for day in (7, 6, 5, 4, 3)]
    assert positions == sorted(positions)
    assert "About tizanidine" not in html
    assert '<time datetime="2026-05-07">7 May 2026</time>' in related


def test_previous_and_next_posts(client, blog_index):
    for day, slug in ((1, "first"), (2, "second"), (3, "third")):
        make_post(blog_index, slug=slug, title=slug.title(), date=datetime.date(2026, 5, day))
    html = text_of(client, "/blog/second/")
    assert 'href="/blog/first/" rel="prev"' in html
    assert 'href="/blog/third/" rel="next"' in html
    first = text_of(client, "/blog/first/")
    assert 'rel="prev"' not in first and 'href="/blog/second/" rel="next"' in first


def test_date_defaults_to_first_publication(blog_index):
    post = BlogPostPageFactory(parent=blog_index, date=None, live=False)
    assert post.date is None
    post.save_revision().publish()
    post.refresh_from_db()
    assert post.date == post.first_published_at.date()
    first = post.date
    post.title = "Edited later"
    post.save_revision().publish()
    post.refresh_from_db()
    assert post.date == first


def test_tags_link_to_the_filtered_listing(client, blog_index):
    make_post(blog_index, slug="tagged", tags=["pain"])
    assert '<a href="/blog/?tag=pain">pain</a>' in text_of(client, "/blog/tagged/")


def test_images_need_alt_text(image):
    block = ImageBlock()
    value = block.to_python({"image": image.pk, "alt_text": "   ", "caption": ""})
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    assert list(caught.value.block_errors) == ["alt_text"]


@pytest.fixture
def image(db):
    return wagtail_factories.ImageFactory(
        file__width=1600, file__height=900, title="Pharmacy shelf"
    )


def test_images_are_responsive_modern_and_sized(client, blog_index, image):
    make_post(
        blog_index,
        slug="pictured",
        body=[("image", {"image": image, "alt_text": "Boxes on a pharmacy shelf", "caption": ""})],
    )
    html = text_of(client, "/blog/pictured/")
    assert "<picture>" in html
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert ".width-480.avif 480w" in html and ".width-1200.webp 1200w" in html
    assert 'alt="Boxes on a pharmacy shelf"' in html
    # The fallback <img> states its size, so the page does not shift as it loads.
    assert 'height="270"' in html and 'width="480"' in html
    assert 'loading="lazy"' in html


def test_no_rendition_is_made_on_a_second_view(client, blog_index, image):
    make_post(
        blog_index,
        slug="pictured",
        body=[("image", {"image": image, "alt_text": "Shelf", "caption": ""})],
    )
    Rendition = get_image_model().get_rendition_model()
    client.get("/blog/pictured/")
    made = Rendition.objects.count()
    assert made == 9  # three formats at three widths
    client.get("/blog/pictured/")
    assert Rendition.objects.count() == made


def test_post_keeps_places_for_the_review_stamp_and_comments(client, blog_index):
    make_post(blog_index, slug="post", last_reviewed=datetime.date(2026, 11, 1))
    html = text_of(client, "/blog/post/")
    assert "Page last reviewed" in html
    assert BlogPostPage.objects.get(slug="post").last_reviewed == datetime.date(2026, 11, 1)


def test_api_exposes_posts_with_authors_tags_and_guides(client, blog_index, guide_index):
    guide = make_guide(guide_index, "Baclofen")
    author = AuthorFactory(name="Sam Okafor", credentials="MPharm")
    post = make_post(
        blog_index,
        authors=[author],
        tags=["pain"],
        slug="api-post",
        off_label=True,
        related_guides=[BlogPostRelatedGuide(guide=guide)],
    )
    data = client.get(f"/api/v2/pages/{post.pk}/").json()
    assert data["tag_names"] == ["pain"]
    assert data["off_label"] is True
    assert data["related_guides"][0]["guide_id"] == guide.pk
    assert data["post_authors"][0]["author"]["name"] == "Sam Okafor"
