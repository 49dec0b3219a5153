from django import template
from django.apps import apps

register = template.Library()


@register.simple_tag(takes_context=True)
def section_url(context, model_label):
    """URL of the live index page of a section (e.g. "guides.GuideIndexPage"), so menus follow
    whatever slug editors give it. Empty when the section does not exist yet."""
    model = apps.get_model(model_label)
    page = model.objects.live().public().first()
    if page is None:
        return ""
    return page.get_url(request=context.get("request"))
