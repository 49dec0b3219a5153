"""Sample posts with authors, tags and related guides, and reader comments, for load tests: the
blog's part of manage.py generate_bulk_content."""

import datetime

from django.utils import timezone

from blog.models import Author, BlogPostAuthor, BlogPostPage, BlogPostRelatedGuide, Comment
from guides.bulk import bulk_guides
from guides.models import DrugGuidePage
from portal.bulk import live_fields, paragraph_text

# The post the benchmarks read: a long comment thread under one known address.
COMMENTED_POST_SLUG = "bulk-post-with-comments"
SLUG_PREFIX = "bulk-"
AUTHOR_NAMES = [
    ("Robin Example", "Community pharmacist", "MPharm"),
    ("Casey Sample", "Hospital pharmacist", "PharmD"),
    ("Jamie Placeholder", "Medicines writer", ""),
    ("Morgan Mockwell", "Clinical pharmacist", "MPharm"),
    ("Taylor Testwood", "Pharmacy technician", ""),
    ("Alex Demonstra", "Community pharmacist", "PharmD"),
]
TAGS = [
    "medicines safety",
    "storage",
    "travel",
    "everyday life",
    "side effects",
    "leaflets",
    "pharmacy visits",
    "repeat prescriptions",
    "children's medicines",
    "older people",
    "reviews",
    "sample tag",
]
COMMENTER_NAMES = ["Sam", "Jo", "Chris", "Pat", "Lee", "Ash", "Kim", "Rowan", "Drew", "Sky"]
COMMENT_BODIES = [
    "Thank you, this was clear and easy to follow.",
    "I did not know about keeping the leaflet. I will hang on to it from now on.",
    "Useful reminder to bring my list of medicines to my next appointment.",
    "My pharmacist said much the same thing. Good to have it written down.",
    "I have shared this with my family so that we all store our medicines safely.",
    "Could you write more about medicines reviews? I found this helpful.",
]


def post_body(rng):
    body = [("paragraph", f"<p>{paragraph_text(rng, 90)}</p>")]
    for _ in range(rng.randint(2, 3)):
        body.append(("heading", {"text": rng.choice(TAGS).capitalize(), "level": "h2"}))
        body.append(("paragraph", f"<p>{paragraph_text(rng, 110)}</p>"))
    body.append(
        (
            "callout",
            {
                "kind": "info",
                "title": "Sample post",
                "text": "This post is sample text made for testing the website.",
            },
        )
    )
    return body


def bulk_posts():
    return BlogPostPage.objects.filter(slug__startswith=SLUG_PREFIX)


def bulk_comments():
    return Comment.objects.filter(post__slug__startswith=SLUG_PREFIX)


def make_posts(rng, index, count, progress):
    authors = [
        Author.objects.get_or_create(
            name=name,
            defaults={
                "role": role,
                "credentials": credentials,
                "bio": "A made-up author for sample posts.",
            },
        )[0]
        for name, role, credentials in AUTHOR_NAMES
    ]
    guides = list(bulk_guides().order_by("pk")[:100]) or list(DrugGuidePage.objects.live()[:10])
    baclofen = DrugGuidePage.objects.filter(slug="baclofen").first()
    existing = set(BlogPostPage.objects.child_of(index).values_list("slug", flat=True))
    index.refresh_from_db()
    today = timezone.localdate()
    created = []
    for number in range(count):
        # The first post is the one the benchmarks read, dated today so comments are open.
        slug = COMMENTED_POST_SLUG if number == 0 else f"{SLUG_PREFIX}post-{number:05d}"
        if slug in existing:
            continue
        day = today if number == 0 else today - datetime.timedelta(days=number % 1500 + 1)
        related = rng.sample(guides, min(len(guides), rng.randint(0, 2)))
        if baclofen is not None and number % 50 == 1:
            related.append(baclofen)
        title = (
            "Sample post with a long comment thread"
            if number == 0
            else f"Sample post {number}: {rng.choice(TAGS)}"
        )
        post = BlogPostPage(
            title=title,
            slug=slug,
            date=day,
            teaser="" if number % 3 else paragraph_text(rng, 30)[:400],
            body=post_body(rng),
            post_authors=[
                BlogPostAuthor(author=author)
                for author in rng.sample(authors, rng.choice([1, 1, 1, 2]))
            ],
            related_guides=[BlogPostRelatedGuide(guide=guide) for guide in related],
            **live_fields(rng, day),
        )
        post.tags.add(*rng.sample(TAGS, rng.randint(1, 3)))
        index.add_child(instance=post)
        created.append(post.pk)
        progress("posts", len(created))
    return created


def make_comments(rng, total, on_known_post):
    have = bulk_comments().count()
    wanted = total - have
    if wanted <= 0:
        return []
    known = BlogPostPage.objects.get(slug=COMMENTED_POST_SLUG)
    others = list(bulk_posts().exclude(pk=known.pk).values_list("pk", flat=True))
    on_known = max(0, on_known_post - known.comments.count())
    if not others:
        on_known = wanted
    statuses = (
        [Comment.APPROVED] * 17 + [Comment.PENDING, Comment.HELD] + [Comment.SPAM, Comment.REJECTED]
    )
    now = timezone.now()
    rows = []
    for number in range(wanted):
        on_this = number < on_known
        rows.append(
            Comment(
                post_id=known.pk if on_this else rng.choice(others),
                name=rng.choice(COMMENTER_NAMES),
                email="" if number % 4 else f"reader{number}@example.com",
                body=" ".join(rng.sample(COMMENT_BODIES, rng.randint(1, 3))),
                created=now - datetime.timedelta(minutes=(wanted - number) * 7),
                status=Comment.APPROVED if on_this else rng.choice(statuses),
            )
        )
    Comment.objects.bulk_create(rows, batch_size=1000)
    return [row.pk for row in rows]
