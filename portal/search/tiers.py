"""What the site search asks of the apps: the page types it searches first, and a "did you mean"
for a query that finds none of them. Apps answer through the `portal_search_tiers` hook."""

from collections.abc import Callable
from dataclasses import dataclass

from wagtail import hooks

HOOK = "portal_search_tiers"


@dataclass(frozen=True)
class SearchTier:
    """A page type whose results come before every other page's (a guide before the posts
    about it), and an optional suggester: query -> a closer term, or None."""

    model: type
    suggest: Callable[[str], str | None] | None = None


def search_tiers():
    return [tier for hook in hooks.get_hooks(HOOK) for tier in hook()]
