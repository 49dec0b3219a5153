"""What the blog tells the portal's base: which cached pages its snippets change, and which new
pages go under review."""

from blog.models import Author, BlogIndexPage, Comment
from portal.serving import cache_invalidation
from portal.signals import review_new_pages_of


def register():
    # A post shows its approved comments; every listing and post shows its authors.
    cache_invalidation.invalidate_on_change(
        Comment, lambda comment: [f"comments:{comment.post_id}"]
    )
    cache_invalidation.invalidate_on_change(Author, lambda author: ["posts"])
    review_new_pages_of(BlogIndexPage)
