"""Reasons to hold a comment for a closer look, worked out from its text alone: word rules on
normalised text (rules.py, text.py), and a model trained on the corpus (model.py) for what the
rules' words miss. The medicine names come from the portal's own live guides. How well it does
on a labelled corpus: `manage.py evaluate_screening` (docs/comments.md)."""

from blog.screening import advice, crisis, model, rules
from blog.screening.rules import blocked
from blog.screening.text import normalise
from guides.models import DrugGuidePage, GuideBrandName

# Spam the rules named already needs no second reason.
SPAM_REASONS = {"links", "selling", "promotion"}

__all__ = ["blocked", "hold_reasons", "medicine_names", "screen"]


def medicine_names():
    guides = DrugGuidePage.objects.live()
    names = set(guides.values_list("generic_name", flat=True))
    names.update(GuideBrandName.objects.filter(page__in=guides).values_list("name", flat=True))
    return {name.strip().lower() for name in names if name and name.strip()}


def hold_reasons(text, names=None, guides=()):
    """The codes of every reason found in `text`, in a fixed order. `guides` are the facts
    (guides/facts.py) of the guides the comment is about: their maximum doses count."""
    return screen(text, names, guides)[0]


def screen(text, names=None, guides=(), read_by_model=True):
    """(reasons, contradictions): the hold reasons, and each guide fact the text advises
    against, as {"guide", "says", "url"} for the moderator. Without `read_by_model`, the word
    rules alone (training chooses the model's thresholds against them)."""
    names = medicine_names() if names is None else names
    plain, unleet = normalise(text), normalise(text, unleet=True)
    found = []
    if rules.link(unleet):
        found.append("links")
    if rules.sells_medicine(unleet, names):
        found.append("selling")
    if rules.promotion(unleet):
        found.append("promotion")
    if rules.personal_details(plain, text):
        found.append("personal_details")
    maxima = [guide.daily_maximum for guide in guides if guide.daily_maximum is not None]
    maximum = min(maxima) if maxima else None
    advised = advice.advice(plain, maximum=maximum)
    if advised:
        found.append("advice")
    if crisis.crisis(plain):
        found.append("crisis")
    if read_by_model:
        for label in model.flagged(plain):
            reason = model.REASONS[label]
            if reason not in found and not (label == "spam" and SPAM_REASONS & set(found)):
                found.append(reason)
                if reason == "advice":  # which facts: the acts the comment names
                    advised = advice.named(plain, maximum=maximum)
    contradicted = [
        {"guide": guide.name, "says": fact.says, "url": f"{guide.url}#{fact.section}"}
        for guide in guides
        for fact in guide.facts
        if fact.kind in advised
    ]
    return found, contradicted
