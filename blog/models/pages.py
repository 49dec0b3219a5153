import datetime
import re
from html import unescape

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from taggit.models import Tag

from blog import bylines
from blog.feeds import LatestPostsAtomFeed, LatestPostsFeed
from blog.forms import CommentForm
from blog.models.comments import Comment
from blog.models.parts import BlogPostTag
from blog.views import post_comment
from portal.blocks import ArticleBodyBlock
from portal.models import IndexedWithRelations, ReviewStamp
from portal.serving.access import ViewRestrictionsWhenAny, hidden_ids, public
from portal.serving.pagination import paginate
from portal.serving.query_forms import SlugFilterForm
from portal.serving.routing import OneQueryChildRoute

EXCERPT_WORDS = 40
# What a listing entry shows: its title and link, date and excerpt.
LISTED_FIELDS = ("title", "slug", "date", "teaser", "body")
# Closing a block must leave a space, or "</p><p>" would glue two words together.
BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


class BlogIndexPage(ViewRestrictionsWhenAny, OneQueryChildRoute, RoutablePageMixin, Page):
    """The blog listing: newest posts first, ten to a page, each ending in "Read more"."""

    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["blog.BlogPostPage"]
    max_count = 1
    meta_description_from = "intro"

    posts_per_page = 10
    feed_size = 20
    # Publishing it changes the listings and the menu (portal/serving/cache_invalidation.py, navigation.py).
    invalidates_tags = ["posts", "nav"]
    nav_section = "blog"

    def cache_tags(self):
        return ["posts"]

    class Meta:
        verbose_name = "blog index"

    def posts(self):
        """Live posts, newest first. `blog.bylines.attach` adds their authors and tags."""
        return public(BlogPostPage.objects.child_of(self).live()).order_by("-date", "-pk")

    def post_count(self):
        """How many posts the unfiltered listing holds, counted on the page tree alone: the
        posts' own table adds nothing to a count but a join (half its cost at 1,000 posts)."""
        return public(Page.objects.child_of(self).live().type(BlogPostPage)).count()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts = self.posts().only(*LISTED_FIELDS)
        slug = SlugFilterForm(request.GET, "tag").asked()
        if slug:
            tag = Tag.objects.filter(slug=slug).first()
            context["tag"] = tag
            context["tag_asked"] = slug
            posts = posts.filter(tags=tag) if tag else posts.none()
        count = None if slug else self.post_count()
        page = paginate(request, posts, self.posts_per_page, count=count)
        page.object_list = bylines.attach(page.object_list)
        # Posts sit directly under the index, so each URL is the index's plus the post's slug,
        # as Wagtail builds it; asking Wagtail twice per entry was a tenth of the listing's time.
        index_url = self.get_url(request)
        for post in page.object_list:
            post.listing_url = f"{index_url}{post.slug}/"
        context["posts"] = page
        return context

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return LatestPostsFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return LatestPostsAtomFeed(self)(request)


class BlogPostPage(
    ViewRestrictionsWhenAny, RoutablePageMixin, IndexedWithRelations, ReviewStamp, Page
):
    """A short article. Its teaser leads the listing; without one the body's start stands in."""

    meta_description_from = "excerpt"

    date = models.DateField(
        "publication date",
        null=True,
        blank=True,
        help_text="Leave blank to use the day it is first published.",
    )
    teaser = models.TextField(
        blank=True, max_length=400, help_text="Shown in listings. Blank: the start of the body."
    )
    body = StreamField(ArticleBodyBlock())
    tags = ClusterTaggableManager(through=BlogPostTag, blank=True)
    off_label = models.BooleanField(
        "about an off-label use",
        default=False,
        help_text="The post discusses a use the medicine is not licensed for.",
    )
    evidence_note = models.TextField(
        blank=True, help_text="For off-label posts: how strong the evidence is, in plain words."
    )
    allow_comments = models.BooleanField(
        default=True,
        help_text="Readers may comment (moderated). Comments close by themselves after a while.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        InlinePanel("post_authors", label="Author", min_num=1),
        FieldPanel("teaser"),
        MultiFieldPanel(
            [FieldPanel("off_label"), FieldPanel("evidence_note")], heading="Off-label use"
        ),
        FieldPanel("body"),
        InlinePanel("related_guides", label="Guide this post discusses"),
        FieldPanel("tags"),
        FieldPanel("allow_comments"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("post_authors"),
        APIField("teaser"),
        APIField("excerpt"),
        APIField("body"),
        APIField("tag_names"),
        APIField("off_label"),
        APIField("evidence_note"),
        APIField("related_guides"),
        APIField("last_reviewed"),
        APIField("next_review_due"),
        APIField("reviewer_name"),
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
    invalidates_tags = ["posts"]  # the listing, the feeds and the home page's latest posts

    def cache_tags(self):
        return ["posts", "guides", f"comments:{self.pk}"]

    class Meta:
        verbose_name = "blog post"
        # The listing, the feeds and the home page read posts newest first, a page at a time.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="blog_post_newest_first")]

    def save(self, *args, **kwargs):
        # The publication date defaults to the day of first publication and then stays put.
        if self.date is None and self.first_published_at:
            self.date = self.first_published_at.date()
        return super().save(*args, **kwargs)

    @cached_property
    def authors(self):
        rows = self.post_authors.select_related("author")
        return [row.author for row in rows if row.author.live]

    @cached_property
    def listed_tags(self):
        """Tags in alphabetical order."""
        return sorted(self.tags.all(), key=lambda tag: tag.name.casefold())

    @property
    def tag_names(self):
        return [tag.name for tag in self.listed_tags]

    @property
    def excerpt(self):
        if self.teaser:
            return self.teaser
        # The stored JSON, read only as far as the excerpt needs: building every block of ten
        # posts was the listing's largest cost.
        words = []
        for block in self.body.raw_data:
            if block["type"] == "paragraph":
                words += unescape(strip_tags(BLOCK_END.sub(" ", block["value"]))).split()
            elif block["type"] == "heading":
                words += block["value"]["text"].split()
            if len(words) > EXCERPT_WORDS:
                break
        return Truncator(" ".join(words)).words(EXCERPT_WORDS, truncate="…")

    @property
    def comments_open(self):
        if not self.allow_comments:
            return False
        opened = self.date or timezone.localdate()
        closes = opened + datetime.timedelta(days=settings.PORTAL_COMMENTS_CLOSE_AFTER_DAYS)
        return timezone.localdate() <= closes

    def approved_comments(self):
        return Comment.objects.filter(post=self, status=Comment.APPROVED).order_by("created", "pk")

    @path("")
    def view_post(self, request, *args, **kwargs):
        """The post itself; ?comment=thanks after a comment is sent (post/redirect/get)."""
        return self.render(request, context_overrides={"comment_form": CommentForm()})

    @path("comment/")
    def comment(self, request):
        return post_comment(request, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["comments"] = list(self.approved_comments().select_related("reply_by"))
        status = request.GET.get("comment", "")
        context["comment_status"] = status if status in ("thanks", "crisis") else ""
        # Siblings share this post's ancestors, so only their own restrictions matter: checked
        # inside the same query rather than by .public()'s separate look-up.
        siblings = (
            BlogPostPage.objects.sibling_of(self, inclusive=False)
            .live()
            .exclude(pk__in=PageViewRestriction.objects.values("page_id"))
        )
        if self.date:
            # Both neighbours in one query: the newest older post and the oldest newer one. Two
            # limited IN subqueries rather than a UNION, which SQLite refuses to limit.
            older = siblings.filter(
                Q(date__lt=self.date) | Q(date=self.date, pk__lt=self.pk)
            ).order_by("-date", "-pk")[:1]
            newer = siblings.filter(
                Q(date__gt=self.date) | Q(date=self.date, pk__gt=self.pk)
            ).order_by("date", "pk")[:1]
            neighbours = BlogPostPage.objects.filter(
                Q(pk__in=older.values("pk")) | Q(pk__in=newer.values("pk"))
            )
            for neighbour in neighbours:
                is_older = (neighbour.date, neighbour.pk) < (self.date, self.pk)
                context["previous_post" if is_older else "next_post"] = neighbour
        rows = self.related_guides.select_related("guide")
        guides = [row.guide for row in rows if row.guide.live]
        hidden = hidden_ids(Page.objects.filter(pk__in=[guide.pk for guide in guides]))
        context["guides"] = [guide for guide in guides if guide.pk not in hidden]
        return context
