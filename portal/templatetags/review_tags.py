from django import template

from portal.review import signoff

register = template.Library()


@register.simple_tag
def sign_off_refusal(user):
    """Why `user` cannot sign a page off yet, or "" (portal/review/signoff.py)."""
    return signoff.refusal(user)
