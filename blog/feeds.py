"""RSS 2.0 and Atom feeds of the newest posts, served by the blog index's own routes."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from blog import bylines
from portal.serving.navigation import top_level


class LatestPostsFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index.title} | {self.site_name()}"

    def site_name(self):
        return top_level(self.request)["wording"].site_name

    def link(self):
        return self.index.get_url(request=self.request)

    def description(self):
        return self.index.intro or f"New posts from the {self.site_name()} blog."

    subtitle = description

    def items(self):
        return bylines.attach(self.index.posts()[: self.index.feed_size])

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.excerpt

    def item_link(self, post):
        return post.get_url(request=self.request)

    def item_pubdate(self, post):
        published = post.date or post.first_published_at.date()
        return datetime.datetime.combine(published, datetime.time(), tzinfo=datetime.UTC)

    def item_updateddate(self, post):
        return post.last_published_at

    def item_author_name(self, post):
        return ", ".join(author.name for author in post.authors) or None

    def item_categories(self, post):
        return post.tag_names


class LatestPostsAtomFeed(LatestPostsFeed):
    feed_type = Atom1Feed
