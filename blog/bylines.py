"""Authors and tags for a list of posts (the listing, the feeds), in two queries of plain rows.

Prefetching them built a model instance for every byline row, author, tagged item and tag: on a
listing of ten posts that was a fifth of the time the page took to render. Templates and feeds
read only an author's name and credentials and a tag's name and slug, so rows carry just those.
"""

from typing import NamedTuple

from blog.models.parts import BlogPostAuthor, BlogPostTag


class Byline(NamedTuple):
    name: str
    credentials: str


class TagLink(NamedTuple):
    name: str
    slug: str


def attach(posts):
    """Set `authors` (in the editor's order) and `listed_tags` (alphabetical) on each post, the
    values the post would otherwise look up itself; returns the posts as a list."""
    posts = list(posts)
    by_pk = {post.pk: post for post in posts}
    for post in posts:
        post.authors, post.listed_tags = [], []
    if not by_pk:
        return posts
    authors = (
        BlogPostAuthor.objects.filter(page__in=by_pk, author__live=True)
        .order_by("sort_order", "pk")
        .values_list("page_id", "author__name", "author__credentials")
    )
    for pk, name, credentials in authors:
        by_pk[pk].authors.append(Byline(name, credentials))
    tags = BlogPostTag.objects.filter(content_object__in=by_pk).values_list(
        "content_object_id", "tag__name", "tag__slug"
    )
    for pk, name, slug in tags:
        by_pk[pk].listed_tags.append(TagLink(name, slug))
    for post in posts:
        post.listed_tags.sort(key=lambda tag: tag.name.casefold())
    return posts
