"""Bulk, realistic-sized content for load tests: many guides, posts and comments.

Everything it makes is plainly fictional and every sentence is general advice that holds for any
medicine, so a page that leaks out says nothing false (guides/bulk.py, blog/bulk.py). It builds on
the demo site (run first when there is no home page), skips what an earlier run already made, and
is fast: pages go in with add_child() and are made live without revisions; comments are
bulk-inserted. It lives in the blog, the app that depends on the guides.
"""

import random
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from wagtail.search.backends import get_search_backends

from blog.bulk import (
    COMMENTED_POST_SLUG,
    bulk_comments,
    bulk_posts,
    make_comments,
    make_posts,
)
from blog.models import BlogIndexPage, BlogPostPage, Comment
from guides.bulk import bulk_guides, make_guides
from guides.models import DrugGuidePage, GuideIndexPage
from portal.bulk import bulk_saving
from portal.models import HomePage


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
            new_guides = make_guides(rng, guide_index, guides, self.progress)
            made["guides"] = (new_guides, time.monotonic() - step)
            step = time.monotonic()
            new_posts = make_posts(rng, blog_index, posts, self.progress)
            made["posts"] = (new_posts, time.monotonic() - step)
            step = time.monotonic()
            new_comments = make_comments(rng, comments, min(post_comments, comments))
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
                f"Bulk content in place: {bulk_guides().count()} guides, "
                f"{bulk_posts().count()} posts, {bulk_comments().count()} comments "
                f"({time.monotonic() - started:.1f} s)."
            )
        )

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
