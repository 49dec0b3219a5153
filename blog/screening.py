"""Reasons to hold a comment for a closer look, worked out from its text alone.

Every pattern matches whole words, so "specialist" is not "cialis" and "dosage forms" is not a
dose. The medicine names come from the portal's own live guides.
"""

import re

from guides.models import DrugGuidePage, GuideBrandName

LINK = re.compile(
    r"https?://|\bwww\.|\b[\w-]+\.(?:com|net|org|info|biz|ru|cn|io|co|uk|shop|store|online|site|pharmacy|top|xyz)\b",
    re.I,
)

SELLING = re.compile(
    r"\b(?:buy|buying|order|ordering|cheap|cheapest|discount|overnight|no\s+prescription|without\s+(?:a\s+)?prescription|no\s+rx)\b",
    re.I,
)
SELLING_WINDOW = 60  # characters either side of a selling word to look for a medicine name

DOSE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|micrograms?|milligrams?|ml|g|grams?|units?|tablets?|pills?)\b",
    re.I,
)
PHONE = re.compile(r"(?<![\w/])\+?\d(?:[\s().-]?\d){8,14}(?![\w/])")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
BIRTH = re.compile(
    r"\b(?:date\s+of\s+birth|d\.?o\.?b\.?|born\s+(?:on|in))\b|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b",
    re.I,
)

ADVICE = re.compile(
    r"\b(?:you|u|everyone|people)\s+(?:should|must|need\s+to|ought\s+to|have\s+to)\s+(?:just\s+)?"
    r"(?:stop|start|take|try|increase|decrease|reduce|lower|raise|double|halve|quit|come\s+off|switch)\b"
    r"|\b(?:stop|quit|start|try)\s+taking\b"
    r"|\b(?:don'?t|do\s+not|never)\s+take\b"
    r"|\b(?:increase|reduce|double|halve|lower|raise|up)\s+(?:your|the)\s+(?:dose|dosage)\b"
    r"|\bcome\s+off\s+(?:it|them|your)\b",
    re.I,
)

CRISIS = re.compile(
    r"\b(?:suicid\w*|overdos\w*|self[\s-]?harm\w*|kill\s+myself|end\s+(?:my|it\s+all)\s*(?:life)?|"
    r"want\s+to\s+die|better\s+off\s+dead|hurt(?:ing)?\s+myself|took\s+(?:too\s+many|all\s+(?:my|of\s+my))\s+(?:pills|tablets))\b",
    re.I,
)


def medicine_names():
    guides = DrugGuidePage.objects.live()
    names = set(guides.values_list("generic_name", flat=True))
    names.update(GuideBrandName.objects.filter(page__in=guides).values_list("name", flat=True))
    return {name.strip().lower() for name in names if name and name.strip()}


def sells_medicine(text, names):
    lowered = text.lower()
    for match in SELLING.finditer(lowered):
        window = lowered[max(0, match.start() - SELLING_WINDOW) : match.end() + SELLING_WINDOW]
        if any(re.search(rf"\b{re.escape(name)}\b", window) for name in names):
            return True
    return False


def hold_reasons(text, names=None):
    """The codes of every reason found in `text`, in a fixed order."""
    names = medicine_names() if names is None else names
    found = []
    if LINK.search(text):
        found.append("links")
    if sells_medicine(text, names):
        found.append("selling")
    if DOSE.search(text) or PHONE.search(text) or EMAIL.search(text) or BIRTH.search(text):
        found.append("personal_details")
    if ADVICE.search(text):
        found.append("advice")
    if CRISIS.search(text):
        found.append("crisis")
    return found


def blocked(text, phrases):
    return any(re.search(rf"\b{re.escape(phrase)}\b", text, re.I) for phrase in phrases)
