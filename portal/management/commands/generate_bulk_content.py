"""Bulk, realistic-sized content for load tests: many guides, posts and comments.

Everything it makes is plainly fictional ("Examplamab 17" is no medicine) and every sentence is
general advice that holds for any medicine, so a page that leaks out says nothing false. It builds
on the demo site (run first when there is no home page), skips what an earlier run already made,
and is fast: pages go in with add_child() and are made live without revisions; comments are
bulk-inserted.
"""

import copy
import datetime
import random
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.text import slugify

from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from blog.models import (
    Author,
    BlogIndexPage,
    BlogPostAuthor,
    BlogPostPage,
    BlogPostRelatedGuide,
    Comment,
)
from guides.models import Condition, DrugGuidePage, GuideBrandName, GuideIndexPage, GuideInteraction
from portal.models import HomePage

# The post the benchmarks read: a long comment thread under one known address.
COMMENTED_POST_SLUG = "bulk-post-with-comments"
SLUG_PREFIX = "bulk-"
GUIDE_MARK = "Sample guide to "  # starts every bulk guide's search description

STEMS = [
    "Examplamab",
    "Fictinol",
    "Placeholdazole",
    "Samplitide",
    "Mockaprine",
    "Demonstrafen",
    "Pretendolol",
    "Imaginex",
    "Testosyl",
    "Dummycillin",
    "Notarealin",
    "Madeupine",
]
BRAND_STEMS = ["Brandex", "Sampla", "Fictiva", "Exemplo", "Mocktab", "Placebra", "Pretenza"]
DRUG_CLASSES = [
    "Sample class A (fictional)",
    "Sample class B (fictional)",
    "Sample class C (fictional)",
    "Sample class D (fictional)",
]
CONDITION_NAMES = [
    "Alpha",
    "Beta",
    "Gamma",
    "Delta",
    "Epsilon",
    "Zeta",
    "Eta",
    "Theta",
    "Iota",
    "Kappa",
    "Lambda",
    "Omicron",
]
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

# General advice that is true for any medicine. Paragraphs are drawn from these.
SENTENCES = [
    "Read the leaflet that comes in the pack before you start, and keep it in case you need it again.",
    "Your pharmacist can answer questions about how and when to take a medicine.",
    "Take a medicine only as your prescriber or the label tells you.",
    "Tell every doctor, nurse and pharmacist who treats you about all the medicines you take.",
    "Include medicines you buy without a prescription, vitamins and herbal remedies in that list.",
    "Keep medicines in their original packs, so that the label and the leaflet stay with them.",
    "Store medicines out of the sight and reach of children.",
    "Do not share your medicines with anyone else, even if their symptoms look like yours.",
    "If something about a medicine worries you, ask your pharmacist or doctor.",
    "Take unwanted or out-of-date medicines back to a pharmacy rather than throwing them away.",
    "Check the label each time you collect a prescription, in case anything has changed.",
    "Write down any questions before an appointment so that you remember to ask them.",
    "A pill organiser can help you remember doses; keep the original packs as well.",
    "When you travel, carry your medicines in your hand luggage with a copy of your prescription.",
    "Do not start, stop or change a prescribed medicine without talking to your prescriber first.",
    "If you think you have taken too much of a medicine, get medical help straight away.",
    "Keep an up-to-date list of your medicines and carry it with you.",
    "Heat and damp can spoil medicines, so a bathroom cabinet is rarely the best place for them.",
    "A medicines review is a good time to check that each medicine still helps you.",
    "Ask whether a medicine can affect driving before you drive after starting it.",
]
SAMPLE_NOTICE = (
    "This is sample text made for testing the website. {name} is not a real medicine, and "
    "nothing on this page describes a real treatment."
)
COMMENT_BODIES = [
    "Thank you, this was clear and easy to follow.",
    "I did not know about keeping the leaflet. I will hang on to it from now on.",
    "Useful reminder to bring my list of medicines to my next appointment.",
    "My pharmacist said much the same thing. Good to have it written down.",
    "I have shared this with my family so that we all store our medicines safely.",
    "Could you write more about medicines reviews? I found this helpful.",
]


def sentences(rng, count):
    return " ".join(rng.choice(SENTENCES) for _ in range(count))


def paragraph_text(rng, words=120):
    """Roughly `words` words of general advice."""
    out = []
    while sum(len(s.split()) for s in out) < words:
        out.append(rng.choice(SENTENCES))
    return " ".join(out)


def guide_fields(rng, number, name, conditions):
    notice = SAMPLE_NOTICE.format(name=name)
    return {
        "title": name,
        "slug": slugify(name),
        "generic_name": name.lower(),
        "drug_class": rng.choice(DRUG_CLASSES),
        "search_description": f"{GUIDE_MARK}{name}, a fictional medicine used to test the site.",
        "summary": f"{name} is a fictional medicine made up for testing this website. {notice}",
        "key_facts": [
            ("fact", "This is a fictional medicine used for testing."),
            ("fact", "Read the leaflet that comes in the pack."),
            ("fact", "Ask your pharmacist if anything is unclear."),
        ],
        "forms": [
            ("form", {"form": "Tablets", "route": "oral", "strengths": "", "for_whom": ""}),
            ("form", {"form": "Oral liquid", "route": "oral", "strengths": "", "for_whom": ""}),
        ],
        "uses": "\n\n".join(
            [notice, paragraph_text(rng, 120), paragraph_text(rng, 120), paragraph_text(rng, 80)]
        ),
        "dosing": [
            (
                "dose",
                {
                    "population": "Sample group (fictional)",
                    "route": "oral",
                    "unit": None,
                    "start_amount": None,
                    "start_times_per_day": None,
                    "increase": "",
                    "daily_min": None,
                    "daily_max": None,
                    "divided_doses": False,
                    "daily_maximum": None,
                    "note": f"{notice} For a real medicine, follow the label and your prescriber.",
                },
            )
        ],
        "kidney_dose_change": sentences(rng, 3),
        "side_effects": [
            ("side_effect", {"effect": f"Sample effect {i + 1}", "tier": tier, "note": ""})
            for i, tier in enumerate(["common", "common", "common", "serious", "emergency"])
        ],
        "cautions": [
            ("caution", {"group": group, "advice": sentences(rng, 2)})
            for group in ("kidney", "pregnancy", "older_people")
        ],
        "stop_suddenly_warning": number % 5 == 0,
        "stopping": sentences(rng, 3),
        "tip_with_food": sentences(rng, 2),
        "tip_driving": sentences(rng, 2),
        "tip_missed_dose": sentences(rng, 2),
        "tip_medicines_list": sentences(rng, 2),
        "buying_online": sentences(rng, 3),
        "storage": sentences(rng, 3),
        "when_to_get_help": "\n\n".join([sentences(rng, 3), sentences(rng, 2)]),
        "references": [
            (
                "reference",
                {
                    "title": f"{name}: sample reference",
                    "publisher": "Medicines Explained test material",
                    "url": "",
                    "identifier": f"Sample document {number:04d}",
                    "accessed": datetime.date(2026, 1, 1),
                },
            )
        ],
        "conditions": conditions,
    }


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


@contextmanager
def bulk_saving():
    """Save pages without the per-save search indexing and reference-index updates; the command
    indexes its pages in bulk afterwards. The reference index (the admin's "usage" counts) is left
    without the bulk pages: `manage.py rebuild_references_index` fills it in when wanted."""
    backends = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    for params in backends.values():
        params["AUTO_UPDATE"] = False
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), disable_reference_index_auto_update():
        yield


class Command(BaseCommand):
    help = (
        "Fill the database with bulk sample content for load tests: fictional guides, blog posts "
        "with authors and tags, and reader comments (200 approved ones on "
        f"/blog/{COMMENTED_POST_SLUG}/). Builds the demo site first when there is none. Safe to "
        "run again: what an earlier run made is kept and only the rest is added."
    )

    def add_arguments(self, parser):
        parser.add_argument("--guides", type=int, default=200, help="Guides to have (200).")
        parser.add_argument("--posts", type=int, default=1000, help="Blog posts to have (1000).")
        parser.add_argument(
            "--comments", type=int, default=5000, help="Comments to have in all (5000)."
        )
        parser.add_argument(
            "--post-comments",
            type=int,
            default=200,
            help=f"Of those, approved comments on /blog/{COMMENTED_POST_SLUG}/ (200).",
        )
        parser.add_argument("--seed", type=int, default=1, help="Random seed, for repeatable text.")

    def handle(self, *args, guides, posts, comments, post_comments, seed, **options):
        if min(guides, posts, comments, post_comments) < 0:
            raise CommandError("Counts cannot be negative.")
        if comments and not posts:
            raise CommandError("Comments need at least one post.")
        started = time.monotonic()
        if not HomePage.objects.exists():
            self.stdout.write("No home page: building the demo site first.")
            call_command("load_demo_content", stdout=self.stdout)
        guide_index = GuideIndexPage.objects.first()
        blog_index = BlogIndexPage.objects.first()
        if guide_index is None or blog_index is None:
            raise CommandError("The demo site has no medicines A–Z or blog: run load_demo_content.")
        rng = random.Random(seed)  # noqa: S311 - sample text, not security

        made = {}
        with transaction.atomic(), bulk_saving():
            step = time.monotonic()
            new_guides = self.make_guides(rng, guide_index, guides)
            made["guides"] = (new_guides, time.monotonic() - step)
            step = time.monotonic()
            new_posts = self.make_posts(rng, blog_index, posts)
            made["posts"] = (new_posts, time.monotonic() - step)
            step = time.monotonic()
            new_comments = self.make_comments(rng, comments, min(post_comments, comments))
            made["comments"] = (new_comments, time.monotonic() - step)
            step = time.monotonic()
            indexed = self.index_new(new_guides, new_posts, new_comments)
            made["search index entries"] = (indexed, time.monotonic() - step)

        if connection.vendor == "postgresql":
            # Thousands of rows arrived at once: let the planner know before autovacuum would,
            # or it plans the listings as if the tables were still nearly empty.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        for what, (new, seconds) in made.items():
            count = new if isinstance(new, int) else len(new)
            self.stdout.write(f"  {what:<22} {count:>6} new in {seconds:6.1f} s")
        self.stdout.write(
            self.style.SUCCESS(
                f"Bulk content in place: {self.bulk_guides().count()} guides, "
                f"{self.bulk_posts().count()} posts, {self.bulk_comments().count()} comments "
                f"({time.monotonic() - started:.1f} s)."
            )
        )

    # What a run made, found again by slug so that a rerun tops up instead of duplicating.
    def bulk_guides(self):
        return DrugGuidePage.objects.filter(search_description__startswith=GUIDE_MARK)

    def bulk_posts(self):
        return BlogPostPage.objects.filter(slug__startswith=SLUG_PREFIX)

    def bulk_comments(self):
        return Comment.objects.filter(post__slug__startswith=SLUG_PREFIX)

    def conditions(self):
        conditions = []
        for name in CONDITION_NAMES:
            condition, _ = Condition.objects.get_or_create(
                slug=f"sample-condition-{name.lower()}",
                defaults={
                    "name": f"Sample condition {name}",
                    "description": "A made-up condition for testing the site.",
                },
            )
            conditions.append(condition)
        return conditions

    def make_guides(self, rng, index, count):
        conditions = self.conditions()
        names = [f"{STEMS[n % len(STEMS)]} {n + 1}" for n in range(count)]
        existing = set(
            DrugGuidePage.objects.child_of(index).values_list("slug", flat=True).iterator()
        )
        index.refresh_from_db()  # add_child works out the next tree path from the parent's row
        previous = list(self.bulk_guides().order_by("pk")[:50])
        created = []
        for number, name in enumerate(names):
            if slugify(name) in existing:
                continue
            fields = guide_fields(rng, number, name, rng.sample(conditions, rng.randint(1, 3)))
            stem = rng.choice(BRAND_STEMS)
            fields["brand_names"] = [
                GuideBrandName(name=f"{stem}{suffix} {number + 1}")
                for suffix in ["", " Plus", " XL"][: rng.randint(1, 3)]
            ]
            interactions = [
                GuideInteraction(
                    kind="alcohol",
                    substance="Alcohol",
                    effect="Sample interaction for testing",
                    advice="Ask your pharmacist whether alcohol is safe with your medicines.",
                )
            ]
            if previous:
                other = rng.choice(previous)
                interactions.append(
                    GuideInteraction(
                        kind="medicine",
                        interacting_guide=other,
                        effect="Sample interaction for testing",
                        advice="Ask your pharmacist before taking the two together.",
                    )
                )
            fields["interactions"] = interactions
            page = DrugGuidePage(**fields, **self.live_fields(rng))
            index.add_child(instance=page)
            if len(previous) < 50:
                previous.append(page)
            created.append(page.pk)
            self.progress("guides", len(created))
        return created

    def live_fields(self, rng, day=None):
        """Published without a revision: the row is what readers see, as after a publish."""
        when = timezone.now() - datetime.timedelta(days=rng.randint(1, 900))
        if day is not None:
            when = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
        return {
            "live": True,
            "has_unpublished_changes": False,
            "first_published_at": when,
            "last_published_at": when,
        }

    def make_posts(self, rng, index, count):
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
        guides = list(self.bulk_guides().order_by("pk")[:100]) or list(
            DrugGuidePage.objects.live()[:10]
        )
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
                **self.live_fields(rng, day),
            )
            post.tags.add(*rng.sample(TAGS, rng.randint(1, 3)))
            index.add_child(instance=post)
            created.append(post.pk)
            self.progress("posts", len(created))
        return created

    def make_comments(self, rng, total, on_known_post):
        have = self.bulk_comments().count()
        wanted = total - have
        if wanted <= 0:
            return []
        known = BlogPostPage.objects.get(slug=COMMENTED_POST_SLUG)
        others = list(self.bulk_posts().exclude(pk=known.pk).values_list("pk", flat=True))
        on_known = max(0, on_known_post - known.comments.count())
        if not others:
            on_known = wanted
        statuses = (
            [Comment.APPROVED] * 17
            + [Comment.PENDING, Comment.HELD]
            + [Comment.SPAM, Comment.REJECTED]
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

    def index_new(self, guides, posts, comments):
        """Search-index what was made in one bulk write per model, as update_index would."""
        batches = [
            (DrugGuidePage, guides, ["brand_names", "conditions"]),
            (BlogPostPage, posts, ["tags"]),
            (Comment, comments, []),
        ]
        entries = 0
        for model, pks, related in batches:
            for start in range(0, len(pks), 500):
                objects = list(
                    model.objects.filter(pk__in=pks[start : start + 500]).prefetch_related(*related)
                )
                for backend in get_search_backends():
                    backend.add_bulk(model, objects)
                entries += len(objects)
        return entries

    def progress(self, what, count):
        if count % 100 == 0:
            self.stdout.write(f"  … {count} {what}")
            self.stdout.flush()
