"""Crisis language: a reader, or someone near them, who may be at risk now or soon.

The net is wide on purpose: a moderator reading a needless alert loses a minute, a missed one
may cost a life. It reads normalised text (text.py) and leaves out only what cannot be a crisis:
idioms ("killing time", "dying to know"), questions asked for information, talk about risk in
general, and a crisis told as past and over with nothing happening now.
"""

import re

from blog.screening.text import words

SELF = r"(?:my|him|her|them|your|our)sel(?:f|ves)"
PILLS = r"(?:pills?|tablets?|meds|medication|medicines?|baclofen|painkillers|capsules|the\s+lot|them\s+all)"
DYING = r"(?:die|be\s+dead|not\s+exist|disappear|sleep\s+forever|be\s+gone|not\s+be\s+here)"
NEGATED = re.compile(r"\b(?:not|never|no|nothing|would\s+never)\s+(?:\w+\s+){0,2}$")

WISHING_TO_DIE = words(
    r"suicid\w*",
    "sewerslide",
    r"ctb",
    rf"kill(?:ing|ed)?\s+{SELF}",
    r"unalive\w*",
    r"(?:end|ending|take|taking)\s+(?:my|his|her|their)\s+(?:own\s+)?li(?:fe|ves)",
    r"end(?:ing)?\s+(?:it|it\s+all|things|everything|the\s+pain\s+for\s+good)(?!\s+(?:with|there|early|now\s+and))",
    rf"(?:want|wanted|wants|wanting|going|ready)\s+to\s+{DYING}",
    r"wish\s+(?:i|he|she)\s+(?:was|were|could|would|had)\s+(?:\w+\s+)?(?:dead|die|gone|not\s+here|disappear|never\s+been\s+born|not\s+wake)",
    r"(?:better|easier)\s+off\s+(?:dead|without\s+me|gone|if\s+i\s+was\s+not)",
    r"better\s+without\s+me",
    r"(?:a|such\s+a|just\s+a)\s+burden",
    r"(?:never|not|do\s+not\s+want\s+to|hope\s+i\s+do\s+not|would\s+rather\s+not)\s+wake\s+up",
    r"sleep\s+and\s+(?:never|not)\s+wake",
    r"(?:do|does|did)\s+not\s+want\s+to\s+(?:be\s+alive|live|be\s+here|exist|go\s+on|be\s+around|carry\s+on|do\s+this\s+any\s*more)",
    r"(?:no|what\s+is\s+the|what\s+s\s+the)\s+(?:point|reason)\s+(?:in\s+|of\s+)?(?:living|life|going\s+on|to\s+live|carrying\s+on|being\s+here|anything|trying|any\s*more)",
    r"nothing\s+(?:left\s+)?to\s+live\s+for",
    r"not\s+worth\s+living",
    r"life\s+is\s+not\s+worth",
    r"cannot\s+(?:go\s+on|carry\s+on|do\s+this\s+any\s*(?:more|longer)|take\s+(?:it|this|any\s*more)|cope\s+any\s*(?:more|longer)|keep\s+(?:going|fighting|doing\s+this)|see\s+a\s+(?:future|way))",
    r"(?:tired|sick)\s+of\s+(?:living|existing|being\s+alive|life|being\s+here)",
    r"want\s+(?:out|it\s+(?:all\s+)?to\s+(?:end|stop|be\s+over))",
    r"no\s+way\s+out",
    r"no\s+future",
    r"give\s+up\s+on\s+(?:life|everything|myself)",
    r"giving\s+up\s+on\s+(?:life|everything)",
    r"(?:done|finished)\s+with\s+(?:life|everything|it\s+all|living)",
    r"i\s+am\s+done(?:\s+fighting)?\s*(?:[.!]|$)",
    r"done\s+fighting",
    r"(?:have|had|i\s+have)\s+had\s+enough",
    r"rather\s+(?:be\s+dead|die|not\s+(?:be\s+here|exist|be\s+alive))",
    r"(?:not|will\s+not)\s+be\s+(?:around|here)\s+(?:much\s+)?(?:longer|any\s*more|for\s+long|soon|tomorrow)",
    r"not\s+being\s+here",
    r"if\s+i\s+was\s+gone",
    r"when\s+i\s+am\s+gone",
    r"already\s+gone",
    r"die\s+in\s+my\s+sleep",
    r"pray(?:ing)?\s+for\s+death",
    r"death\s+would\s+be\s+(?:a\s+)?(?:relief|welcome|easier)",
    r"(?:would|will)\s+be\s+(?:a\s+)?relief",
    r"make\s+it\s+(?:all\s+)?stop\s+for\s+good",
    r"free\s+of\s+(?:the|this)\s+pain\s+(?:for\s+good|forever|soon)",
    r"finally\s+(?:going\s+to\s+be\s+)?free",
    r"(?:thoughts?|thinking|thought|considering|wondering|idea|urges?)\s+(?:about|of)\s+(?:killing|ending|dying|not\s+being|death|suicide|taking\s+my)",
    r"(?:easier|best)\s+to\s+(?:just\s+)?end\s+it",
    r"(?:do|doing)\s+it\s+tonight",
    r"actually\s+do\s+it",
    r"go\s+through\s+with\s+it",
    r"(?:feel|feeling)\s+(?:like\s+)?(?:i\s+am\s+)?already\s+(?:gone|dead)",
    r"waiting\s+(?:for\s+my\s+body|to\s+die)",
)
SAYING_GOODBYE = words(
    r"(?:last|final)\s+(?:message|comment|post|words|time\s+i\s+will)",
    r"goodbye",
    r"bye\s+(?:everyone|all|all\s+of\s+you|world)",
    r"farewell",
    r"one\s+last\s+time",
    r"before\s+i\s+go\b",
    r"for\s+good\s+tonight",
    r"(?:logging|signing)\s+off\s+for\s+good",
    r"will\s+not\s+be\s+(?:posting|commenting|here)\s+(?:again|any\s*more)",
    r"this\s+is\s+the\s+end",
    r"(?:look|looks)\s+after\s+my\s+(?:cat|dog|kids|children|pets?|family|boy|girl)",
    r"take\s+care\s+of\s+my\s+(?:cat|dog|kids|children|pets?)",
    r"tell\s+(?:my\s+)?\w+\s+(?:i\s+am\s+sorry|i\s+love)",
    r"sorry\s+for\s+everything",
    r"live\s+the\s+life\s+i\s+could",
    r"nice\s+knowing\s+you",
    r"(?:given|gave|giving)\s+(?:away\s+)?(?:my\s+)?(?:dog|cat|things|stuff|belongings)(?:\s+away)?",
    r"sorted\s+(?:out\s+)?(?:my\s+)?(?:paperwork|affairs|will)",
    r"(?:wrote|written|writing|write|left)\s+(?:a|my|the|some)?\s*(?:note|notes|letters?|will)\b",
    r"(?:write|wrote|writing)\b.{0,20}\bin\s+a\s+note",
    r"see\s+you\s+on\s+the\s+other\s+side",
)
PLAN_OR_MEANS = words(
    rf"sav(?:ed|ing)\s+(?:up\s+)?(?:my\s+|some\s+|all\s+my\s+)?{PILLS}",
    r"stockpil\w*",
    r"hoard\w*",
    r"putting\s+(?:a\s+couple|some|them|a\s+few)\s+(?:\w+\s+)?aside",
    rf"collect(?:ed|ing)\s+(?:my\s+)?{PILLS}",
    r"enough\s+(?:\w+\s+){0,3}(?:saved|to\s+(?:not|make|end|die|kill|do\s+it|never))",
    r"(?:lethal|fatal|deadly)\s+(?:dose|amount)",
    r"how\s+many\s+(?:\w+\s+){0,3}(?:would|does|will|to)\s+(?:\w+\s+){0,3}(?:take|kill|die|not\s+wake|be\s+enough)",
    r"worked\s+out\s+how\s+many",
    r"rope",
    r"noose",
    r"hang(?:ing)?\s+myself",
    r"jump\s+(?:off|from|in\s+front)",
    r"in\s+front\s+of\s+a\s+(?:train|bus|lorry|truck|car)",
    r"bridge\b.{0,60}\b(?:tonight|do\s+it|jump|end)",
    r"car\s+running",
    r"exhaust\s+pipe",
    r"shoot\s+myself",
    r"(?:slit|cut)\s+my\s+wrists",
    r"drown\s+myself",
    r"(?:made|make)\s+up\s+my\s+mind",
    r"i\s+have\s+decided\b(?!\s+to\s+(?:try|ask|see|stay|keep|go\s+back|stop\s+reading))",
    r"(?:will|it\s+will)\s+(?:all\s+)?be\s+over\s+soon",
    rf"{PILLS}\s+and\s+(?:a\s+)?(?:bottle|vodka|whisky|wine|gin)",
    r"rest\s+of\s+the\s+(?:pills|tablets)",
    r"(?:holding|got|have)\s+a\s+(?:blade|knife|razor)",
    r"chosen\s+(?:a|the)\s+(?:date|day)",
    r"(?:the|a)\s+date\s+(?:is\s+)?set",
)
SELF_HARM = words(
    r"self[\s-]?harm\w*",
    r"(?:cut|cutting|cuts)\s+(?:myself|again|my\s+(?:arms?|wrists?|legs?|thighs?|skin|stomach))",
    r"(?:burn|burning|burnt|burned)\s+(?:myself|my\s+(?:arms?|skin|legs?|hands?))",
    rf"(?:hurt|hurting|harm|harming|punish|punishing)\s+{SELF}",
    r"(?:scratch|scratching|scratched)\s+(?:myself|my\s+skin|until)",
    r"(?:hit|hitting|punch|punching|bang|banging)\s+(?:myself|my\s+head|walls?|the\s+wall)",
    r"(?:head|fist)\s+against\s+the\s+wall",
    r"stab(?:bed|bing)?\s+(?:myself|my)",
    r"starv(?:e|ing)\s+myself",
    r"urges?\s+to\s+(?:cut|hurt|harm|burn)",
    r"too\s+deep",
    r"(?:a|the)\s+(?:blade|razor)",
    r"(?:need|needs|needed)\s+stitches",
    r"relapsed",
)
TOO_MUCH_TAKEN = words(
    r"overdos\w*",
    r"(?:took|taken|take|swallowed|had|downed|necked|popped)\s+(?:all|everything|the\s+whole|the\s+lot|a\s+whole|my\s+whole|the\s+rest|a\s+handful|handfuls|a\s+bunch|loads|too\s+many|way\s+too\s+many|a\s+lot|extra|double|a\s+double|twice)",
    r"(?:took|taken|swallowed|had|downed|necked|popped)\s+(?:about\s+|around\s+|like\s+|maybe\s+|over\s+)?(?:\d{2,}|[5-9])\b",
    r"(?:took|taken|had)\s+\d+\s+instead\s+of",
    r"(?:took|taken|had)\s+my\s+dose\s+twice",
    r"doubled\s+(?:my|the)\s+dose",
    r"whole\s+(?:bottle|box|strip|packet|pack|week|month)",
    r"(?:cannot|could\s+not|unable\s+to|struggling\s+to)\s+(?:stay\s+awake|keep\s+(?:my|his|her)\s+eyes\s+open|wake\s+(?:him|her|them|up)|rouse|breathe|feel\s+my)",
    r"(?:will\s+not|does\s+not|did\s+not)\s+wake",
    r"breathing\s+(?:is\s+|feels\s+|seems\s+|has\s+gone\s+)?(?:slow|shallow|strange|funny|weird|odd)",
    r"(?:passing|passed)\s+out",
    r"unconscious",
    r"unresponsive",
    r"collapsed",
    r"not\s+breathing",
    r"slurr\w*",
    r"lips\s+(?:are\s+)?(?:blue|grey)",
    r"snoring\s+strangely",
    r"empty\s+(?:box|packet|bottle|strip)",
    r"(?:an?|two|few|couple\s+of)\s+hours?\s+ago\b.{0,60}\b(?:took|taken|swallowed|pills|tablets)",
    r"(?:took|taken|swallowed)\b.{0,60}\b(?:an?|two|few)\s+hours?\s+ago",
)
CHILD = (
    r"(?:toddler|baby|child|kid|kids|son|daughter|grandson|granddaughter|grandchild|nephew|niece|twins?|little\s+(?:girl|boy|one)|"
    r"\d+\s*(?:year|yr|month)s?\s*old|\(\d+\s*(?:months?|years?)\))"
)
CHILD_SWALLOWED = re.compile(
    rf"\b{CHILD}\b.{{0,140}}?\b(?:swallow\w*|ate|eaten|eating|chew\w*|got\s+into|into\s+my\s+(?:bag|meds|tablets|pills)|in\s+(?:his|her|their)\s+mouth|"
    r"missing|powder|sweets|candy|floppy|sleepy|drowsy|(?:tablets?|pills?)\s+on\s+the\s+floor|may\s+have\s+(?:had|taken|eaten)|might\s+have\s+(?:had|taken|eaten))\b"
    rf"|\b(?:swallowed|ate|eaten|got\s+into|chewed)\b.{{0,80}}\b{CHILD}\b"
)
WITHDRAWAL_EMERGENCY = re.compile(
    r"\b(?:stopped|stopping|quit|ran\s+out|run\s+out|running\s+out|without\s+(?:my|his|her|it|any)|been\s+without|went\s+off|came\s+off|cold\s+turkey|"
    r"all\s+at\s+once|missed\s+\w+\s+days|pump)\b.{0,180}\b(?:seizures?|fits?|fitting|convuls\w*|hallucinat\w*|hearing\s+voices|seeing\s+things|"
    r"(?:high|very\s+high)\s+(?:fever|temperature)|fever|rigid|confused|confusion|delirious|(?:heart|pulse)\s+(?:is\s+)?(?:racing|pounding)|pounding|"
    r"temperature\s+(?:is|of)|3[89](?:\.\d)?|40(?:\.\d)?|does\s+not\s+know\s+who)\b"
)

# More ways readers say it, from the development part's second author.
SAID_OTHERWISE = words(
    r"my\s+own\s+funeral",
    r"(?:not|stop|stopped)\s+existing",
    r"stop\s+being\s+alive",
    r"not\s+exist\s+(?:for|any)",
    r"let\s+go\b(?!\s+of)",
    r"(?:it\s+would|it\s+will|at\s+least\s+it\s+would)\s+be\s+over",
    r"something\s+has\s+to\s+end",
    r"stop\s+my\s+heart",
    r"bullet",
    r"shotgun",
    r"\bgun\b",
    r"shoot(?:ing)?\s+(?:myself|himself|herself)",
    r"topping\s+(?:myself|himself|herself)",
    r"how\s+i\s+would\s+(?:go|do\s+it)",
    r"who\s+would\s+find\s+me",
    r"in\s+front\s+of\s+the\s+train",
    r"every\s+bridge",
    r"ghost\s+already",
    r"nobody\s+would\s+(?:miss|notice)",
    r"better\s+with\s+no\s+\w+",
    r"better\s+without\s+(?:him|her)",
    r"happier\s+if\s+i",
    r"disappointed\s+i\s+am\s+still\s+(?:here|alive)",
    r"(?:be|i\s+will\s+be)\s+gone\s+by",
    r"gone\s+by\s+(?:morning|tomorrow|then)",
    r"where\s+i\s+am\s+going",
    r"will\s+not\s+(?:be\s+)?need(?:ing)?\s+(?:them|it)",
    r"will\s+not\s+be\s+coming\s+(?:back|again)",
    r"will\s+not\s+see\s+it",
    r"last\s+christmas",
    r"at\s+peace\s+with\s+it",
    r"(?:dark|the)\s+thoughts\s+again",
    r"dark\s+thoughts",
    r"(?:keep|kept)\s+getting\s+these\s+thoughts",
    r"think(?:ing)?\s+about\s+(?:death|dying|it)\s+(?:constantly|all\s+the\s+time|every)",
    r"think\s+about\s+death",
    r"want\s+to\s+cut",
    r"my\s+wrists",
    r"cuts\s+on\s+my",
    r"till\s+(?:they|it)\s+bleed",
    r"until\s+(?:they|it|my\s+\w+)\s+bled?",
    r"hot\s+spoon",
    r"nails\s+into",
    r"as\s+a\s+punishment",
    r"hotel\s+room",
    r"every\s+tablet\s+i\s+own",
    r"taking\s+all\s+my\s+(?:pills|tablets)",
    r"(?:build|building)\s+up\s+a\s+supply",
    r"collecting\s+them",
    r"the\s+plan\s+is",
    r"plan\s+is\s+(?:pills|to)",
    r"lined\s+up",
    r"is\s+\d+\s+(?:tablets|pills)\s+enough",
    r"(?:research\w*|looked\s+(?:it\s+)?up)\b.{0,30}\b(?:lethal|how\s+many|amounts)",
    r"how\s+long\s+does\s+it\s+take\s+to\s+die",
    r"stop\s+(?:someone's|my|his|her)\s+breathing",
    r"from\s+(?:three|several|different)\s+(?:different\s+)?shops",
    r"(?:going|gonna)\s+to\s+use\s+it",
    r"cancelled\s+my\s+appointments",
    r"i\s+know\s+how\s+many\s+it\s+takes",
    r"build(?:ing)?\s+up\s+the\s+nerve",
    r"took\s+(?:\d+|two|three|four|five)\s+times\s+my\s+dose",
    r"to+\s+many\b",
    r"\d+\s*x\s*\d+\s*mg\s+on\s+top",
    r"\d+\s*mg\s+in\s+(?:a\s+few|two|three)\s+hours",
    r"\d+\s+days?\s*'?\s*worth",
    r"(?:swallow|swallowed)\s+a\s+load",
    r"pile\s+of\s+pills",
    r"breathless",
    r"muddled",
    r"drifting\s+off",
    r"barely\s+keep\s+my\s+eyes",
    r"(?:will\s+not|would\s+not|does\s+not)\s+respond",
    r"lying\s+on\s+the\s+floor",
    r"gone\s+missing\s+with",
    r"asked\s+where\s+i\s+keep",
    r"giving\s+away\s+(?:his|her|my)",
    r"(?:will\s+not|would\s+not)\s+have\s+to\s+read\s+my",
    r"for\s+the\s+last\s+time",
    r"bye\s+to\s+the",
    r"so\s+long,?\s+and",
    r"by\s+the\s+time\s+anyone\s+reads",
    r"wanted\s+someone\s+to\s+know\s+i\s+was\s+here",
    r"none\s+of\s+this\s+was\s+your\s+fault",
    r"(?:will\s+not|never)\s+be\s+around",
    r"only\s+cure\b.{0,40}\bnot\s+existing",
    r"tired\s+of\s+hanging\s+on",
    r"waste\s+of\s+space",
    r"cannot\s+keep\s+living",
    r"quiero\s+morir",
    r"matarme",
    r"no\s+aguanto",
    r"do\s+not\s+mean\s+stop\s+the\s+tablets",
    r"could\s+just\s+stop\b(?!\s+(?:taking|the))",
)
WITHDRAWAL_SIGNS = re.compile(
    r"\b(?:had\s+none\s+for|none\s+since|no\s+\w+\s+since|forgot\s+to\s+pack|skipped|skipping|missing\s+my\s+doses|missed\s+my\s+doses|weaned\s+(?:myself\s+)?off|refill\s+was\s+missed|"
    r"catheter|lost\s+my\s+prescription|\d+\s*(?:hrs|hours|days)\s+without|out\s+of\s+stock|could\s+not\s+get\s+my|pump\s+(?:stopped|failed|alarm)|stopped\s+working)\b"
    r".{0,200}\b(?:shadows|shaking|voices|hear\s+music|like\s+iron|burning\s+up|stiff|agitated|feverish|people\s+in\s+(?:her|his|my)\s+room|twitching|jerking|not\s+making\s+sense|"
    r"paranoid|sweating|heart\s+is\s+\d+|locking\s+up|going\s+like\s+crazy|high\s+temp\w*|hot|seizure|fit|hallucinat\w*|seeing\s+things|spasms\s+and)\b"
)
CHILD_SIGNS = re.compile(
    r"\b(?:\d+\s*yo|little\s+one|toddler|grandson|granddaughter|baby|twins|son|daughter)\b.{0,160}\b(?:pill\s+(?:box|organiser|organizer|bottle)|licking|white\s+(?:stuff|powder)|"
    r"opened|childproof|fewer\s+now|some\s+of\s+it\s+is\s+gone|wobbly|eaten\s+one)\b"
)

RULES = [
    SAID_OTHERWISE,
    WITHDRAWAL_SIGNS,
    CHILD_SIGNS,
    WISHING_TO_DIE,
    SAYING_GOODBYE,
    PLAN_OR_MEANS,
    SELF_HARM,
    TOO_MUCH_TAKEN,
    CHILD_SWALLOWED,
    WITHDRAWAL_EMERGENCY,
]

# Idioms and talk about risk in general, blanked out before the rules read the text.
NOT_CRISIS = words(
    r"killing\s+time",
    r"dying\s+(?:to|for)\s+\w+",
    r"kill\s+for",
    r"(?:will|would|going\s+to)\s+kill\s+me\s+if",
    r"(?:is|are|was|were)\s+(?:absolutely\s+|literally\s+)?killing\s+me",
    r"died\s+(?:of|laughing|a\s+little)",
    r"nearly\s+died\s+(?:of|laughing)",
    r"dead\s+(?:tired|weights?|on\s+my\s+feet|gorgeous|good|easy)",
    r"to\s+death",
    r"death\s+of\s+me",
    r"shoot\s+me\s+now",
    r"to\s+die\s+for",
    r"drop\s+dead\s+\w+",
    r"overdos(?:ed|ing)\s+on\s+(?:box\s+sets|chocolate|tv|coffee|netflix|cake|sugar|caffeine)",
    r"(?:do|did|would)\s+not\s+want\s+to\s+end\s+my\s+life",
    r"not\s+in\s+danger",
    r"not\s+suicidal",
    r"(?:suicide|overdose|self[\s-]?harm)\s+(?:prevention|risk|awareness|services?|support|helplines?|rates?|statistics)",
    r"(?:risk|risks|danger|dangers|signs|symptoms)\s+of\s+(?:suicid\w*|overdose|self[\s-]?harm|withdrawal)",
    r"(?:section|talk|article|post|leaflet|course|training)\s+(?:on|about)\s+(?:suicide|self[\s-]?harm|overdose|mental\s+health)",
    r"suicidal\s+thoughts\s+(?:are|is|as)\s+a",
    r"(?:talk|training|article|post|section|helplines?|bereaved|ask\s+directly)\s+(?:about|on|by)\s+suicide\b",
    r"between\s+chronic\s+pain\s+and\s+suicide",
    r"rates\s+of\s+self[\s-]?harm",
    r"(?:antidote|toxicology|data)\b.{0,20}\boverdose",
    r"overdose\s+(?:symptoms|signs|data|and\s+withdrawal)",
    r"recognising\s+overdose",
    r"if\s+a\s+child\s+accidentally",
    r"would\s+never\s+end\s+my\s+life",
    r"my\s+last\s+comment",
    r"(?:look|looks)\s+like\s+sweets",
    r"increases?\s+(?:the\s+)?(?:suicide|overdose)\s+risk",
    r"overdoses\s+(?:of|in|can|are)",
)
QUESTION = words(
    r"what\s+(?:happens|would\s+happen|should\s+(?:i|you|we)\s+do|do\s+(?:i|you)\s+do|are\s+the\s+signs|is\s+the)",
    r"is\s+it\s+(?:true|dangerous|safe|possible)",
    r"how\s+(?:dangerous|much|many|do\s+(?:they|you|i)|would\s+(?:i|you)|serious|long)",
    r"can\s+\w+\s+(?:withdrawal|stopping|an?\s+overdose)",
    r"why\s+do",
    r"signs\s+of",
    r"symptoms\s+of",
    r"does\s+\w+\s+(?:increase|cause)",
)
HYPOTHETICAL = words(
    "if",
    "when",
    "someone",
    "somebody",
    r"a\s+(?:child|person|kid)",
    r"an?\s+extra",
    "people",
    "overdose",
    "withdrawal",
    "suddenly",
    "accidentally",
    "ever",
    "risk",
)
NOW = words(
    r"i\s+(?:just\s+|have\s+just\s+)?(?:took|have\s+taken|swallowed|had\s+\d+)",
    r"(?:he|she|they)\s+(?:just\s+)?(?:took|has\s+taken|have\s+taken|swallowed)",
    r"right\s+now",
    r"tonight",
    r"today",
    r"an?\s+hours?\s+ago",
    r"(?:cannot|will\s+not|does\s+not)\s+wake",
    r"asking\s+for\s+me",
    r"again",
    r"(?:is|am|are)\s+(?:drowsy|sleepy|floppy|unconscious|confused)",
    r"still\s+(?:do|feel|want|think)",
)
PAST = words(
    r"\w+\s+ago",
    r"used\s+to",
    r"back\s+(?:then|in)",
    r"there\s+was\s+a\s+time",
    r"in\s+the\s+early\s+days",
    r"(?:19|20)\d\d",
    r"when\s+i\s+was",
    r"in\s+the\s+past",
    r"at\s+my\s+worst",
    r"once\b",
)
RECOVERED = words(
    r"(?:doing|much|so\s+much|feeling|feel)\s+(?:well|better|good)",
    r"better\s+place",
    r"free\s+of\s+it",
    r"glad\s+i\s+(?:did\s+not|am\s+still)",
    r"stable",
    r"worth\s+living",
    r"proud",
    r"(?:am|are|is)\s+(?:so\s+)?much\s+better",
    r"things\s+are\s+(?:so\s+)?(?:much\s+)?better",
    r"recovered",
    r"in\s+recovery",
    r"(?:got|getting)\s+through\s+it",
    r"safe\s+now",
    r"(?:am|i\s+am)\s+ok(?:ay)?\s+now",
)


def matches(text):
    plain = NOT_CRISIS.sub(" ", text)
    for rule in RULES:
        for match in rule.finditer(plain):
            # "I would never want to die", "no thoughts of ending it": a negation just before.
            if not NEGATED.search(plain[max(0, match.start() - 30) : match.start()]):
                return True
    return False


def crisis(text):
    """Whether `text` (normalised) reads as someone at risk now or soon."""
    if not matches(text):
        return False
    told_as_over = PAST.search(text) and RECOVERED.search(text)
    asked = "?" in text and QUESTION.search(text) and HYPOTHETICAL.search(text)
    return not ((told_as_over or asked) and not NOW.search(text))
