from django.urls import path, reverse
from django.utils.functional import cached_property

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.widgets.button import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

import django_filters

from blog import bulk_actions, moderation, moderation_views
from blog.forms import CommentAdminForm
from blog.models import Author, BlockedTerm, CannedReply, Comment
from blog.models.comments import HOLD_REASONS


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


class CommentIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        for priority, (action, label) in enumerate(moderation_views.LABELS.items()):
            buttons.append(
                ListingButton(
                    label,
                    url=reverse("blog_moderate_comment", args=(instance.pk, action)),
                    icon_name="check" if action == "approve" else "cross",
                    priority=priority,
                )
            )
        return buttons


class ReasonsColumn(Column):
    cell_template_name = "blog/admin/reasons_cell.html"


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
    list_display = [
        Column("name", label="Name"),
        Column("__str__", label="Comment"),
        Column("post", label="Post"),
        Column("status", label="Status", accessor="get_status_display"),
        ReasonsColumn("reason_labels", label="Reasons"),
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
            "comments/<int:pk>/<slug:action>/",
            moderation_views.moderate_comment,
            name="blog_moderate_comment",
        )
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
    for action, label in moderation_views.LABELS.items():
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
