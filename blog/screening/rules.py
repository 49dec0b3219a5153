"""Word rules for spam, personal details and advice, read on normalised text (text.py). Every
pattern matches whole words, so "specialist" is not "cialis". Crisis language: crisis.py."""

import re

from blog.screening.text import words

LINK = re.compile(
    r"https?://|\bwww\.|\b[\w-]+\.(?:com|net|org|info|biz|ru|cn|io|co|uk|ae|shop|store|online|"
    r"site|pharmacy|top|xyz|blog|pro|me|ly)\b"
)
SELLING = words(
    r"buy(?:ing)?",
    r"order(?:ing)?\s+(?:now|today|online|via)",
    "cheap(?:est)?",
    "discount",
    "overnight",
    r"no\s+(?:prescription|script|rx|doctor)",
    r"without\s+(?:a\s+)?(?:prescription|rx|script)",
    r"no\s+script\s+(?:needed|required)",
    "for sale",
    "deal",
    r"limited\s+stock",
    "viagra",
    "cialis",
    r"in\s+stock",
    r"we\s+sell",
    r"i\s+sell",
    r"genuine\s+stock",
    r"(?:fast|discreet|same day)\s+(?:delivery|shipping)",
    "shipp(?:ed|ing)",
    r"i\s+post\s+same\s+day",
    r"per\s+pill",
    r"best\s+(?:prices|deals)",
)
MESSAGING = words(
    "whatsapp", "telegram", "snapchat", "kik", r"dm\s+me", "dm for", r"pm\s+me", "instagram"
)
MEDICINE_WORDS = words(
    "pills?", "tablets?", "meds", "medication", r"muscle\s*relax\w*", "strips", "stock"
)
PROMOTION = words(
    "casino",
    r"free\s+spins",
    "crypto",
    r"\w*coin\s+token",
    "forex",
    "bitcoin",
    "investment",
    r"invest\s+in",
    "returns guaranteed",
    r"earn\s+[£$€]?\d",
    r"work\s+from\s+home",
    "payday",
    r"loans?",
    "essays?",
    "thesis",
    "assignments",
    "plagiarism",
    "backlink",
    r"seo\s+services?",
    r"visit\s+(?:us|my|our)",
    r"check\s+my\s+(?:website|site|blog)",
    r"link\s+in\s+(?:my\s+)?(?:profile|bio|name)",
    r"my\s+website",
    "keto",
    r"lose\s+\d+\s*kg",
    "doctors hate",
    r"roof\s+repairs?",
    "free quotes",
    r"recovery\s+expert",
    r"scammed",
    "signals",
    r"ask\s+me\s+how",
    "opportunity",
)

PHONE = re.compile(r"(?<![\w/])\+?\d(?:[\s().-]?\d){8,14}(?![\w/])")
EMAIL = re.compile(
    r"\b[\w.+-]+(?:@|\s+at\s+)[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|uk|ie|me|io)\b"
)
BIRTH = re.compile(
    r"\b(?:date\s+of\s+birth|d\.?o\.?b\.?|born\s+(?:on\s+)?(?:\d|the\s+\d|in\s+\d)|born\s+\d)"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b"
    r"|\bborn\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+(?:19|20)\d{2}\b"
)
POSTCODE = re.compile(r"\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b")
STREET = re.compile(
    r"\b\d{1,4}\s+(?:[a-z]+\s+){1,3}(?:road|rd|street|st|lane|ln|avenue|ave|drive|close|grove|"
    r"crescent|way|place|court|terrace|gardens|kingsway)\b"
)
ID_NUMBER = re.compile(
    r"\b(?:nhs|medicare|medicaid|insurance|member|policy|patient|hospital)\s+(?:number|no\.?|id)\b"
    r"|\b\d{3}\s?\d{3}\s?\d{4}\b"
)
NAME_INTRO = re.compile(
    r"\b(?i:my name is|my name's|i am|i'm|this is)\s+[A-Z][a-z]+\s+[A-Z][a-z]+"
    r"|^(?i:hi,?\s+)?[A-Z][a-z]+\s+(?:and\s+[A-Z][a-z]+\s+)?[A-Z][a-z]+\s+(?:here|from)\b"
)
PLACE = re.compile(r"\b(?:live in|living in|from|work at|works at|teacher at|nurse at|here)\b")

# --- spam and personal details ----------------------------------------------------------------


NOT_BUYING = words(r"(?:do\s+not|never)\s+buy")


def sells_medicine(text, names):
    if NOT_BUYING.search(text) and not (LINK.search(text) or MESSAGING.search(text)):
        return False
    near = MEDICINE_WORDS.search(text) or any(
        re.search(rf"\b{re.escape(name)}\b", text) for name in names
    )
    return bool(near and (SELLING.search(text) or MESSAGING.search(text)))


# A call to buy, join or click: weak alone, promotion when two come together.
CALLS = words(
    r"book\s+now",
    r"sign\s+up",
    r"download",
    r"subscribe",
    r"follow\s+(?:my|our|us)",
    r"check\s+out\s+(?:my|our)",
    r"contact\s+(?:us|him|her|me)",
    r"reply\s+(?:for|with)",
    r"dm\b",
    r"message\s+(?:me|him|us)",
    r"hit\s+me\s+up",
    r"free\s+(?:quote|samples?|lesson|trial)",
    r"claim",
    r"win\b",
    r"won\b",
    r"(?:only|from|just)\s+[£$€]\s?\d",
    r"\d+\s*%\s+(?:off|returns?|monthly)",
    r"click\s+here",
    r"today\s+only",
    r"price\s+list",
    r"prices",
    r"wholesale",
    r"bulk\s+discounts?",
    r"available",
    r"delivered",
    r"ships?\b",
    r"discreet\w*",
    r"no\s+gp",
    r"passive\s+income",
    r"investors?",
    r"referral\s+code",
    r"voucher",
    r"guest\s+post\w*",
    r"backlinks?",
    r"do-follow",
    r"sponsored",
    r"link\s+building",
    r"digital\s+marketing",
    r"(?:our|my)\s+(?:new|online|youtube|instagram|guide|page|course|shop|app|agency|e-?book|channel|site|blog|services?)",
    r"also\s+(?:see|check)",
    r"onlyfans",
    r"singles",
    r"binary\s+options",
    r"get\s+paid",
    r"per\s+(?:hour|survey|day)",
    r"[£$€]\s?\d+\s*(?:/|per|an?)\s*(?:hour|day|month)",
    r"wickr",
    r"signal\b",
    r"insta\b",
    r"telegram",
    r"whatsapp",
    r"text\s+\w+\s+to",
    r"hxxp",
    r"\[dot\]",
    r"goo\.gl",
    r"bit\.ly",
    r"selling\s+a",
)
STRONG_CALLS = words(
    r"onlyfans",
    r"binary\s+options",
    r"referral\s+code",
    r"backlinks?",
    r"guest\s+post\w*",
    r"do-follow",
    r"hxxp",
    r"\[dot\]",
    r"hot\s+singles",
    r"wickr",
    r"passive\s+income",
)


def promotion(text):
    return bool(
        PROMOTION.search(text)
        or STRONG_CALLS.search(text)
        or len(set(CALLS.findall(text))) >= 2
        or stuffed(text)
    )


def stuffed(text):
    """Keyword stuffing: one word three or more times in a short run of search phrases."""
    words_ = re.findall(r"[a-z]+", text)
    return len(words_) >= 8 and any(words_.count(w) >= 4 and len(w) > 4 for w in set(words_))


def personal_details(text, original):
    return bool(
        PHONE.search(text)
        or EMAIL.search(text)
        or BIRTH.search(text)
        or POSTCODE.search(text)
        or STREET.search(text)
        or ID_NUMBER.search(text)
        or (NAME_INTRO.search(original) and PLACE.search(text))
    )


def blocked(text, phrases):
    return any(re.search(rf"\b{re.escape(phrase)}\b", text, re.I) for phrase in phrases)
