from django.urls import path, reverse
from django.utils.functional import cached_property

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus import MenuItem as ActionMenuItem
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, DateColumn
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    EditView,
    IndexView,
    InspectView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

import django_filters

from blog import bulk_actions, demo, moderation, moderation_views
from blog.models import Author, BlockedTerm, BlogIndexPage, BlogPostPage, CannedReply, Comment
from blog.models.comments import HOLD_REASONS
from blog.moderation_forms import CommentAdminForm
from guides.models.pages import GUIDE_PAGE_CONTEXT_HOOK, LINK_FIELDS
from portal.demo import DEMO_CONTENT_HOOK
from portal.models.pages import HOME_PAGE_CONTEXT_HOOK
from portal.serving.access import public
from portal.serving.cache_invalidation import FRONT_CACHE_PAGES_HOOK


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = "Authors"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "role", "credentials"]
    search_fields = ["name", "role"]
    ordering = ["name"]


register_snippet(AuthorViewSet)


class CommentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=Comment.STATUSES, empty_label="Any status")
    reason = django_filters.ChoiceFilter(
        label="Hold reason",
        choices=list(HOLD_REASONS.items()),
        method="filter_reason",
        empty_label="Any reason",
    )

    class Meta:
        model = Comment
        fields = ["status", "post"]

    def filter_reason(self, queryset, name, value):
        return queryset.filter(hold_reasons__regex=rf"(^|\s){value}(\s|$)")


# Row menu order: Wagtail's Edit (10) and Inspect (20), these, then Wagtail's Delete (30).
ROW_ACTIONS = {  # action: (icon, priority)
    "approve": ("check", 25),
    "reject": ("cross", 26),
    "spam": ("warning", 27),
    "reply": ("comment", 28),
    "remove": ("bin", 29),
}


class CommentIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("post")

    @cached_property
    def columns(self):
        columns = super().columns
        if moderation_views.can_moderate(self.request.user):
            return columns
        # Without checkboxes the bulk actions bar never opens for those who may only reply.
        return [c for c in columns if not isinstance(c, BulkActionsCheckboxColumn)]

    def get_list_more_buttons(self, instance):
        """Wagtail's Edit / Inspect / Delete, plus each moderation action the user may take."""
        buttons = list(super().get_list_more_buttons(instance))
        actions = {}
        if moderation_views.can_moderate(self.request.user):
            for action, label in moderation_views.LABELS.items():
                url = reverse("blog_moderate_comment", args=(instance.pk, action))
                actions[action] = (label, url)
        if moderation_views.can_reply(self.request.user):
            url = reverse("blog_reply_comment", args=(instance.pk,))
            actions["reply"] = (moderation_views.REPLY_LABEL, url)
        for action, (label, url) in actions.items():
            icon, priority = ROW_ACTIONS[action]
            buttons.append(ActionMenuItem(label, url=url, icon_name=icon, priority=priority))
        return buttons


class CommentEditView(EditView):
    def save_instance(self):
        comment = super().save_instance()
        moderation.log_edit(comment, self.form.changed_data, self.request.user)
        return comment


class CommentInspectView(InspectView):
    """What a pharmacist reads before replying: no email, address hash or moderator's note."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if moderation_views.can_reply(self.request.user):
            buttons.append(
                HeaderButton(
                    moderation_views.REPLY_LABEL,
                    url=reverse("blog_reply_comment", args=(self.object.pk,)),
                    icon_name="comment",
                )
            )
        return buttons

    def get_reasons_display_value(self):
        return "; ".join(self.object.reason_labels) or "None"


class ReasonsColumn(Column):
    """Each hold reason as a status tag; crisis language stands out."""

    cell_template_name = "blog/admin/reasons_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["reasons"] = [
            (HOLD_REASONS.get(code, code), code == "crisis") for code in instance.reasons
        ]
        return context


class CommentsMenuItem(MenuItem):
    """Shows the number of comments waiting, like an unread count."""

    def render_component(self, request):
        count = moderation.pending_count()
        component = super().render_component(request)
        if count:
            component.label = f"{self.label} ({count} waiting)"
        return component


class CommentViewSet(SnippetViewSet):
    model = Comment
    icon = "comment"
    menu_label = "Queue"
    index_view_class = CommentIndexView
    edit_view_class = CommentEditView
    inspect_view_class = CommentInspectView
    inspect_view_enabled = True
    inspect_view_fields = ["name", "post", "created", "status", "reasons", "body", "reply"]
    # A plain first entry becomes Wagtail's title column: the row's link to the comment (edit
    # for moderators, inspect for pharmacists) and its row menu.
    list_display = [
        "__str__",
        "post",
        "status",
        ReasonsColumn("reasons", label="Reasons"),
        DateColumn("created", label="Received", sort_key="created"),
    ]
    filterset_class = CommentFilterSet
    search_fields = ["body", "name"]
    ordering = ["-created"]
    list_per_page = 50
    copy_view_enabled = False
    edit_handler = ObjectList(Comment.panels, base_form_class=CommentAdminForm)

    @cached_property
    def menu_item_class(self):
        return type("CommentQueueMenuItem", (CommentsMenuItem, super().menu_item_class), {})


class BlockedTermViewSet(SnippetViewSet):
    model = BlockedTerm
    icon = "cross"
    menu_label = "Blocklist"
    list_display = ["value", "kind", "note"]
    search_fields = ["value", "note"]


class CannedReplyViewSet(SnippetViewSet):
    model = CannedReply
    icon = "openquote"
    menu_label = "Canned replies"
    list_display = ["title", "text"]


class CommentsGroup(SnippetViewSetGroup):
    items = (CommentViewSet, BlockedTermViewSet, CannedReplyViewSet)
    menu_icon = "comment"
    menu_label = "Comments"
    menu_order = 150


register_snippet(CommentsGroup)


@hooks.register("register_admin_urls")
def moderation_urls():
    return [
        path(
            "comments/<int:pk>/reply/",
            moderation_views.reply_to_comment,
            name="blog_reply_comment",
        ),
        path(
            "comments/<int:pk>/<slug:action>/",
            moderation_views.moderate_comment,
            name="blog_moderate_comment",
        ),
    ]


for action_class in (
    bulk_actions.ApproveBulkAction,
    bulk_actions.RejectBulkAction,
    bulk_actions.SpamBulkAction,
    bulk_actions.RemoveBulkAction,
):
    hooks.register("register_bulk_action", action_class)


@hooks.register("register_log_actions")
def comment_log_actions(actions):
    labels = {**moderation_views.LABELS, "reply": moderation_views.REPLY_LABEL}
    for action, label in labels.items():
        actions.register_action(moderation.LOG_PREFIX + action, label, f"Comment: {label.lower()}")


class PendingCommentsPanel(Component):
    name = "pending_comments"
    template_name = "blog/admin/pending_comments_panel.html"
    order = 80

    def get_context_data(self, parent_context):
        return {
            "count": moderation.pending_count(),
            "crisis": Comment.objects.filter(
                status=Comment.HELD, hold_reasons__contains="crisis"
            ).count(),
        }


@hooks.register("construct_homepage_panels")
def add_pending_comments_panel(request, panels):
    if moderation_views.can_moderate(request.user):
        panels.append(PendingCommentsPanel())


@hooks.register(HOME_PAGE_CONTEXT_HOOK)
def latest_posts(request):
    return {"latest_posts": public(BlogPostPage.objects.live()).order_by("-date", "-pk")[:3]}


@hooks.register(FRONT_CACHE_PAGES_HOOK)
def blog_pages(tags):
    """The posts whose comments changed, and the listing when posts or the menu did."""
    post_ids = [int(tag.split(":", 1)[1]) for tag in tags if tag.startswith("comments:")]
    pages = list(BlogPostPage.objects.live().filter(pk__in=post_ids)) if post_ids else []
    if {"posts", "nav"} & set(tags):
        pages += BlogIndexPage.objects.live()
    return pages


@hooks.register(GUIDE_PAGE_CONTEXT_HOOK)
def related_posts(guide, request):
    """The newest live posts that name the guide among their related guides."""
    posts = public(BlogPostPage.objects.live().filter(related_guides__guide=guide.pk))
    return {"related_posts": list(posts.only(*LINK_FIELDS, "date").order_by("-date", "-pk")[:5])}


@hooks.register(DEMO_CONTENT_HOOK, order=20)
def demo_blog(site):
    """After the guides: the demo posts link to them."""
    blog = demo.build(site.home, site.built["guides"])
    site.reviewed += blog["posts"]
