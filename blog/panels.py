"""The comment form's panel that shows moderators which facts of a guide the comment goes
against, each linking to the section that states it."""

from wagtail.admin.panels import Panel


class ContradictionsPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "blog/admin/contradictions.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["comment"] = self.instance
            return context

        def is_shown(self):
            return bool(self.instance.contradicts)
