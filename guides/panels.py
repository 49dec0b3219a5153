from wagtail.admin.panels import Panel

from guides.readability import GRADE_TARGET


class ReadabilityPanel(Panel):
    """Shows editors how hard the saved guide is to read, and flags it above the target grade."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "guides/panels/readability.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["grade"] = self.instance.readability_grade
            context["ease"] = self.instance.reading_ease
            context["target"] = GRADE_TARGET
            context["too_hard"] = (self.instance.readability_grade or 0) > GRADE_TARGET
            return context
