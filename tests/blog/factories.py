import datetime

import factory
import wagtail_factories

from blog.models import Author, BlogIndexPage, BlogPostAuthor, BlogPostPage


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = "Blog"
    slug = "blog"

    class Meta:
        model = BlogIndexPage


class AuthorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Author {n}")
    credentials = "MPharm"

    class Meta:
        model = Author


class BlogPostPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sample post {n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    body = factory.LazyFunction(lambda: [("paragraph", "<p>A short sample post.</p>")])

    class Meta:
        model = BlogPostPage


def make_post(parent, authors=(), tags=(), **fields):
    """A post with authors and tags, published with them."""
    post = BlogPostPageFactory(
        parent=parent, post_authors=[BlogPostAuthor(author=a) for a in authors], **fields
    )
    if tags:
        post.tags.add(*tags)
        post.save()
    return post
