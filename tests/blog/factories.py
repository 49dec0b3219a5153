import datetime

import factory
import wagtail_factories

from blog.models import BlogIndexPage, BlogPostPage


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = "Blog"
    slug = "blog"

    class Meta:
        model = BlogIndexPage


class BlogPostPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sample post {n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    body = "<p>A short sample post.</p>"

    class Meta:
        model = BlogPostPage
