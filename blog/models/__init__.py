from blog.models.authors import Author
from blog.models.comments import BlockedTerm, CannedReply, Comment
from blog.models.pages import BlogIndexPage, BlogPostPage
from blog.models.parts import BlogPostAuthor, BlogPostRelatedGuide, BlogPostTag

__all__ = [
    "Author",
    "BlockedTerm",
    "CannedReply",
    "Comment",
    "BlogIndexPage",
    "BlogPostAuthor",
    "BlogPostPage",
    "BlogPostRelatedGuide",
    "BlogPostTag",
]
