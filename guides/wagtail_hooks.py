from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from guides import demo
from guides.models import Condition, DrugGuidePage, GuideIndexPage
from guides.suggestions import did_you_mean
from portal.demo import DEMO_CONTENT_HOOK
from portal.search.tiers import HOOK as SEARCH_TIERS_HOOK
from portal.search.tiers import SearchTier
from portal.serving.cache_invalidation import FRONT_CACHE_PAGES_HOOK


class ConditionViewSet(SnippetViewSet):
    model = Condition
    icon = "tag"
    menu_label = "Conditions"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "description"]
    search_fields = ["name", "description"]
    ordering = ["name"]


register_snippet(ConditionViewSet)


@hooks.register(SEARCH_TIERS_HOOK)
def guides_first():
    # Someone typing a medicine's name wants its guide before any post that mentions it.
    return [SearchTier(DrugGuidePage, suggest=did_you_mean)]


@hooks.register(FRONT_CACHE_PAGES_HOOK)
def a_to_z_pages(tags):
    return GuideIndexPage.objects.live() if {"guides", "nav"} & set(tags) else []


@hooks.register(DEMO_CONTENT_HOOK, order=10)
def demo_guides(site):
    site.built["guides"] = guides = demo.build(site.home)
    site.reviewed.append(guides["baclofen"])
