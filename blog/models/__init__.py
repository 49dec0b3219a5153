from blog.models.authors import Author
from blog.models.pages import (
    BlogIndexPage,
    BlogPostAuthor,
    BlogPostPage,
    BlogPostRelatedGuide,
    BlogPostTag,
)

__all__ = [
    "Author",
    "BlogIndexPage",
    "BlogPostAuthor",
    "BlogPostPage",
    "BlogPostRelatedGuide",
    "BlogPostTag",
]
