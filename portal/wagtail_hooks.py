from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler as BasePageLinkHandler
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from axes.models import AccessAttempt

from portal.models import HomePage, PharmacistProfile, SiteWording
from portal.review import due, editor, rules
from portal.review import views as review_views
from portal.serving import cache as page_cache
from portal.serving.cache_invalidation import FRONT_CACHE_PAGES_HOOK


class PharmacistProfileViewSet(SnippetViewSet):
    model = PharmacistProfile
    icon = "user"
    menu_label = "Pharmacist profiles"
    add_to_settings_menu = True
    list_display = ["user", "credentials", "registration_number"]


register_snippet(PharmacistProfileViewSet)


@hooks.register(FRONT_CACHE_PAGES_HOOK)
def home_pages(tags):
    # The home page lists the latest posts and carries the navigation.
    return HomePage.objects.live() if {"posts", "nav"} & set(tags) else []


class OneWordingCreateView(CreateView):
    """There is one site wording: "add" opens it instead of making a second."""

    def dispatch(self, request, *args, **kwargs):
        existing = SiteWording.objects.order_by("pk").first()
        if existing is not None:
            messages.info(request, "The site has one wording: edit it here.")
            return redirect(self.edit_url_name, existing.pk)
        return super().dispatch(request, *args, **kwargs)


class SiteWordingViewSet(SnippetViewSet):
    """The site name, disclaimer, emergency numbers and crisis signposting, under review."""

    model = SiteWording
    icon = "doc-full"
    menu_label = "Site wording"
    menu_order = 220
    add_to_admin_menu = True
    add_view_class = OneWordingCreateView
    copy_view_enabled = False
    list_display = ["__str__", "site_name"]


register_snippet(SiteWordingViewSet)


class LoginLockoutViewSet(SnippetViewSet):
    """Failed admin sign-ins recorded by django-axes. Deleting a row unlocks that account and
    address at once; superusers only."""

    model = AccessAttempt
    icon = "lock"
    menu_label = "Sign-in lockouts"
    add_to_settings_menu = True
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    copy_view_enabled = False
    inspect_view_enabled = True


register_snippet(LoginLockoutViewSet)


@hooks.register("register_admin_urls")
def review_urls():
    return [
        path(
            "reports/reviews-due/", review_views.ReviewsDueView.as_view(), name="portal_reviews_due"
        ),
        path(
            "reports/reviews-due/results/",
            review_views.ReviewsDueView.as_view(results_only=True),
            name="portal_reviews_due_results",
        ),
        path(
            "reviews/<int:page_id>/confirm/",
            review_views.confirm_still_accurate,
            name="portal_review_confirm",
        ),
    ]


class ReviewsDueMenuItem(MenuItem):
    def is_shown(self, request):
        return review_views.sees_reviews(request.user)


@hooks.register("register_reports_menu_item")
def reviews_due_menu_item():
    return ReviewsDueMenuItem(
        "Reviews due", reverse("portal_reviews_due"), name="reviews-due", icon_name="time", order=50
    )


class ReviewsDuePanel(Component):
    name = "reviews_due"
    template_name = "portal/admin/reviews_due_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        return {"count": due.due_queryset().count()}


@hooks.register("construct_homepage_panels")
def add_reviews_due_panel(request, panels):
    if review_views.sees_reviews(request.user):
        panels.append(ReviewsDuePanel())


hooks.register("before_edit_page", editor.check_workflow_action)
hooks.register("before_edit_snippet", editor.check_workflow_action)


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    actions.register_action(
        rules.CONFIRMED_ACTION, "Confirm still accurate", "Confirmed as still accurate"
    )


@hooks.register("before_serve_page")
def tag_page_for_the_cache(page, request, serve_args, serve_kwargs):
    """Pages open to everyone may be cached for anonymous readers, tagged with what they show."""
    if not page_cache.enabled() or request.user.is_authenticated:
        return
    # Free while no page is restricted (portal/serving/access.py); never shared when one applies.
    if page.get_view_restrictions().exists():
        return
    request.portal_cache_tags = page_cache.page_tags(page)


class PageLinkHandler(BasePageLinkHandler):
    """Rich-text page links need only each page's URL: one query, without .specific()."""

    @classmethod
    def get_many(cls, attrs_list):
        ids = [attrs.get("id") for attrs in attrs_list]
        pages = {
            str(page.pk): page for page in Page.objects.filter(id__in=ids).defer_streamfields()
        }
        return [pages.get(str(id_)) for id_ in ids]


@hooks.register("register_rich_text_features", order=100)
def register_page_links(features):
    features.register_link_type(PageLinkHandler)
