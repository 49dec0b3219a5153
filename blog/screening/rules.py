"""Word rules for spam, personal details and advice, read on normalised text (text.py). Every
pattern matches whole words, so "specialist" is not "cialis". Crisis language: crisis.py."""

import re

from blog.screening.text import words

LINK = re.compile(
    r"https?://|\bwww\.|\b[\w-]+\.(?:com|net|org|info|biz|ru|cn|io|co|uk|ae|shop|store|online|"
    r"site|pharmacy|top|xyz|blog|pro|me|ly)\b"
)
# A link written to slip past a filter: "site dot com", "www .site. net", "bit ly slash x".
DISGUISED_LINK = re.compile(
    r"\b[\w-]+\s*(?:\[\s*\.?\s*\]|\(\s*dot\s*\)|\[\s*dot\s*\]|\s+\.\s*|\.\s+|\]\s*)\s*"
    r"(?:com|net|org|info|biz|ru|cn|io|co|uk|shop|store|online|site|top|xyz|cc|me|ly|ee|gg)\b"
    r"|\bbit\s*\.?\s*ly\b|\b(?:t|wa)\.me\b|\bdiscord\.gg\b|\blinktr\.ee\b|\bslash\s+\w"
    r"|\bh\s*t\s*t\s*p\s*s?\s*:\s*/\s*/|\bhttps?\s*:|-->|👉"
)
# Medicines a seller or a reader may name whether or not the portal has a guide for them.
MEDICINE_NAMES = (
    r"baclofen|baclofeno|tizanidine|diazepam|valium|gabapentin|gabapentina|gabbies|gaba|pregabalin|"
    r"pregabs?|lyrica|amitriptyline|duloxetine|codeine|co-codamol|morphine|tramadol|oxycodone|"
    r"xanax|alprazolam|soma|benzos?|opioids?|roche\s+blues|muscle\s+relax\w*"
)
SELLING = words(
    r"for\s+sale",
    r"4\s+sale",
    r"next\s+day\s+(?:uk\s+)?(?:postage|delivery|shipping)",
    r"(?:message|inbox|text|pm)\s+me",
    r"reply\s+order",
    r"order\s+(?:here|today|now)",
    r"(?:sin|no)\s+receta",
    r"vendo",
    r"we\s+(?:export|supply|restock|deliver|ship)",
    r"minimum\s+order",
    r"best\s+(?:rate|price)",
    r"(?:a|per)\s+strip",
    r"quid",
    r"no\s+questions\s+asked",
    r"special\s+offer",
    r"for\s+the\s+price\s+of",
    r"wholesale",
    r"retail",
    r"supplier",
    r"reliable\s+source",
    r"vendor",
    r"stealth",
    r"pay\s+on\s+delivery",
    r"customs",
    r"i\s+can\s+help",
    r"plug",
    r"hit\s+me\s+up",
    r"pass\s+on\s+(?:her|his|their)\s+number",
    r"(?:they|we)\s+deliver",
    r"cheaper\s+than\s+(?:the\s+)?(?:chemist|street|pharmacy|nhs)",
    r"half\s+the\s+price",
    r"skip\s+the\s+gp",
    r"will\s+sell",
    r"sell\s+my",
    r"(?:bulk|small)\s+or\s+(?:small|bulk)",
    r"price\s+guaranteed",
    r"guaranteed\s+delivery",
    r"fast\s+delivery",
    r"available\s+now",
    r"no\s+script",
    r"without\s+rx",
    r"no\s+rx",
    r"(?:prices|price)\s+slashed",
    r"under\s+cost",
    r"ask\s+(?:me|inside)",
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
    "whatsapp",
    "wh4ts4pp",
    "telegram",
    "snapchat",
    r"snap\s*:",
    "kik",
    r"dm\s+me",
    "dm for",
    r"d\.m\.",
    r"pm\s+me",
    "instagram",
    r"signal",
    r"(?:add|contact|reach|text)\s+me",
    r"write\s+me\s+private",
    r"escr[ií]beme",
    r"my\s+bio",
)
MEDICINE_WORDS = words(
    "pills?",
    "tablets?",
    "meds",
    "medication",
    r"muscle\s*relax\w*",
    "strips",
    "stock",
    "capsules",
    "ampoules",
    "powder",
    MEDICINE_NAMES,
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
    # Money, dating, followers and services: nothing a reader of a medicine guide offers.
    r"(?:copy|online|forex|crypto)\s+trading",
    r"help(?:ed)?\s+me\s+trade",
    r"testimony",
    r"grant\s+lady",
    r"write\s+off\s+up\s+to",
    r"in\s+debt",
    r"private\s+lender",
    r"lend\s+you\s+money",
    r"(?:second|passive)\s+income",
    r"income\s+stream",
    r"masterclass",
    r"wealth\s+coach",
    r"nft",
    r"mint\s+now",
    r"(?:hacked|recover(?:ed)?\s+my)\s+wallet",
    r"get\s+back\s+funds",
    r"mining\s+\w+",
    r"online\s+surveys?",
    r"earn(?:ing)?\s+(?:from\s+home|[£$€]?\d)",
    r"(?:instagram|real)\s+followers",
    r"youtube\s+views",
    r"tiktok\s+likes",
    r"replica\s+watches",
    r"(?:sports\s+)?betting\s+tips",
    r"sugar\s+daddy",
    r"single\s+women",
    r"hot\s+girls",
    r"dissertation",
    r"etsy\s+shop",
    r"villa\s+to\s+rent",
    r"cheap\s+flights",
    r"spell\s+caster",
    r"herbal\s+(?:cure|medicine)",
    r"buy\s+the\s+ebook",
    r"win\s+a\s+(?:brand\s+new|free)",
    r"first\s+month\s+free",
    r"now\s+booking",
    r"(?:doctor'?s\s+notes|sick\s+certificates)",
    r"licen[cs]e\s+without\s+test",
    r"phone\s+case",
    r"call\s+out",
    r"no\s+job\s+too\s+small",
    r"do\s*follow",
    r"write\s+for\s+us",
    r"paid\s+per\s+link",
    r"seo\s+specialist",
    r"not\s+ranking",
    r"follow\s+back",
    r"get\s+listed",
    r"(?:template|theme)\s+of\s+this\s+(?:website|site|blog)",
    r"surfing\s+online",
    r"stumbled\s+upon\s+your",
    r"(?:i\s+am\s+)?regular\s+reader",
    r"wrote\s+the\s+book",
    r"read\s+my\s+mind",
    r"(?:hemp|cbd)\s+(?:oil|gummies)",
    r"off\s+with\s+code",
    r"discount\s+code",
    r"\d+\s*%\s+off",
    r"free\s+registration",
    r"register\s+free",
    r"free\s+giveaways?",
    r"click\s+my\s+profile",
    r"search\s+\W?[\w\s]+\W?\s+on\s+(?:google|youtube|facebook)",
    r"(?:facebook|google|youtube)\s+search",
    r"look\s+up\s+\W?[\w\s]+\W?\s+on\s+(?:youtube|google)",
    r"(?:add|link\s+to)\s+(?:my|our)\s+(?:article|chart|pages?|site)",
    r"in\s+your\s+resources\s+section",
    r"my\s+\d+k\s+followers",
    r"health\s+blog",
)

PHONE = re.compile(
    r"(?<![\w/])\+?\d(?:[\s().-]?\d){8,14}(?![\w/])"
    r"|\(\d{3}\)\s?\d{3,4}(?:[\s-]?\d{4})?|\b555[\s-]\d{4}\b"
    r"|(?:\b(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b[\s,—-]*){8,}"
)
DOT = r"\s*(?:\.|\[\s*dot\s*\]|\(\s*dot\s*\)|\s+dot\s+)\s*"
EMAIL = re.compile(
    rf"\b[\w.+-]+\s*(?:@|\[\s*at\s*\]|\(\s*at\s*\)|\s+at\s+)\s*[\w-]+(?:{DOT}[\w-]+)*{DOT}"
    r"(?:com|net|org|co\.uk|uk|ie|me|io|es|de|fr|it|nl|au|ca|in)\b"
)
BIRTH = re.compile(
    r"\b(?:date\s+of\s+birth|d\.?o\.?b\.?|born\s+(?:on\s+)?(?:\d|the\s+\d|in\s+\d)|born\s+\d)"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b"
    r"|\bborn\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+(?:19|20)\d{2}\b"
    r"|\b(?:19|20)\d{2}\s+baby\b|\bbirthday\s+is\b"
)
POSTCODE = re.compile(r"\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b")
STREET = re.compile(
    r"\b\d{1,4}\s+(?:[a-z]+\s+){1,3}(?:road|rd|street|st|lane|ln|avenue|ave|drive|close|grove|"
    r"crescent|way|place|court|terrace|gardens|kingsway|dr|blvd|boulevard|ct|pl)\b"
    r"|\b[a-z]+,?\s+[a-z]{2}\s+\d{5}(?:-\d{4})?\b"
    r"|\b(?:end|top|bottom|corner)\s+of\s+[a-z]+\s+(?:lane|road|street|close|avenue|drive)\b"
)
ID_NUMBER = re.compile(
    r"\b(?:nhs|medicare|medicaid|insurance|member|policy|patient|hospital)\s+(?:number|no\.?|id)\b"
    r"|\b\d{3}\s?\d{3}\s?\d{4}\b"
    r"|\b(?:id|policy\s*#?|member\s*#?|#)\s*(?:is\s+)?[a-z]{0,4}-?\d{6,}\b"
)
NAME_INTRO = re.compile(
    r"\b(?i:my name is|my name's|i am|i'm|this is)\s+[A-Z][a-z]+\s+[A-Z][a-z]+"
    r"|^(?i:hi,?\s+)?[A-Z][a-z]+\s+(?:and\s+[A-Z][a-z]+\s+)?[A-Z][a-z]+\s+(?:here|from)\b"
)
# A full name brought in by the writer ("I'm Helen Moss", "my mum, Joan Taylor", "Name: Robert
# Finch", or opening the comment), read on the text as typed, with where to find them.
NAMED = re.compile(
    r"(?:\b(?i:i am|i'm|my name is|my names|my name's|name:|this is|hello from|hi,?|hello,?|"
    r"my (?:husband|wife|mum|mom|dad|father|mother|daughter|son|partner)\s*,?|for my (?:mum|mom|dad|husband|wife)\s*,?)\s+|^)"
    r"[A-Z][a-z]+(?:[-'][A-Za-z]+)?(?:\s+[A-Z][a-z]+(?:[-'][A-Za-z]+)?){1,2}\b(?!\s+(?:here|there)\b\s*[?!])"
)
WHERE_TO_FIND = words(
    "ward",
    r"bed\s+\d+",
    r"bay\s+\d+",
    r"(?:spinal|neuro)\s+(?:unit|ward|clinic|centre|center)",
    "consultant",
    r"under\s+(?:dr|mr|mrs|ms|professor|prof)",
    r"(?:dr|mr|professor)\.?\s+[a-z]+",
    "hospital",
    "infirmary",
    "royal",
    "surgery",
    "school",
    "academy",
    "primary",
    r"uni(?:versity)?",
    r"student\s+at",
    r"works?\s+(?:at|for)",
    r"i\s+drive\s+for",
    r"job\s*:",
    r"age\s*:",
    r"\d{2}\s*,",
    r"\d{2}\s+years\s+old",
    "receptionist",
    r"pharmacist\s+at",
    "accountant",
    r"teaching\s+assistant",
    "admitted",
    "retired",
    "depot",
    "llp",
    r"patient\s+at",
    r"at\s+the\s+[a-z]+",
    r"from\s+[a-z]+",
)
PLACE = re.compile(r"\b(?:live in|living in|from|work at|works at|teacher at|nurse at|here)\b")

# --- spam and personal details ----------------------------------------------------------------


NOT_BUYING = words(r"(?:do\s+not|never)\s+buy")


def link(text):
    return bool(LINK.search(text) or DISGUISED_LINK.search(text))


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
        or (NAMED.search(original) and WHERE_TO_FIND.search(text))
    )


def blocked(text, phrases):
    return any(re.search(rf"\b{re.escape(phrase)}\b", text, re.I) for phrase in phrases)
