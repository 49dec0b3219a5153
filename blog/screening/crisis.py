"""Crisis language: a reader, or someone near them, who may be at risk now or soon.

The net is wide on purpose: a moderator reading a needless alert loses a minute, a missed one
may cost a life. It reads normalised text (text.py) and leaves out only what cannot be a crisis:
idioms ("killing time", "dying to know"), questions asked for information, talk about risk in
general, and a crisis told as past and over with nothing happening now.
"""

import re

from blog.screening.text import sentences, words

SELF = r"(?:my|him|her|them|your|our)sel(?:f|ves)"
PILLS = r"(?:pills?|tablets?|meds|medication|medicines?|baclofen|painkillers|capsules|the\s+lot|them\s+all)"
DYING = r"(?:die|be\s+dead|not\s+exist|disappear|sleep\s+forever|be\s+gone|not\s+be\s+here)"
# "I do not want to die, I want the pain to be less": the wish itself denied.
NEGATED_WISH = re.compile(
    r"\b(?:do|does|did)\s+not\s+(?:want|wish|plan|intend)\s+to\s+(?:die|be\s+dead)\b|\bnot\s+suicidal\b"
    r"|\b(?:do\s+not|never)\s+have\s+any\s+thoughts\b"
    r"|\b(?:do|does|did)\s+not\s+want\s+to\s+end\s+(?:my|it)\b|\bnot\s+going\s+to\s+hurt\s+myself\b"
)
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
    r"(?<!your\s)(?<!the\s)(?:last|final)\s+(?:message|comment|post|words|time\s+i\s+will)",
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
    r"putting\s+(?:a\s+couple|some|them|a\s+few|my|all\s+my)\s+(?:\w+\s+)?aside",
    r"enough\s+put\s+by",
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
    r"stab(?:bed|bing)?\s+myself",
    r"starv(?:e|ing)\s+myself",
    r"urges?\s+to\s+(?:cut|hurt|harm|burn)",
    r"too\s+deep",
    r"(?:a|the)\s+(?:blade|razor)",
    r"(?:need|needs|needed)\s+stitches",
    r"relapsed",
)
TOO_MUCH_TAKEN = words(
    r"overdos\w*",
    r"(?:took|taken|take|swallowed|had|downed|necked|popped)\s+(?:all|everything|the\s+whole|the\s+lot|a\s+whole|my\s+whole|the\s+rest|a\s+handful|handfuls|a\s+bunch|loads|too\s+many|too\s+much|a\s+load|way\s+too\s+many|a\s+lot|extra|double|a\s+double|twice)",
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
    r"empty\s+(?:\w+\s+)?(?:box|boxes|packets?|bottles?|strips?)",
    r"(?:not|will\s+not|is\s+not|stopped)\s+answering",
    r"(?:an?|two|few|couple\s+of)\s+hours?\s+ago\b.{0,60}\b(?:took|taken|swallowed|pills|tablets)",
    r"(?:took|taken|swallowed)\b.{0,60}\b(?:an?|two|few)\s+hours?\s+ago",
)
CHILD = (
    r"(?:toddler|baby|child|kid|kids|son|daughter|grandson|granddaughter|grandchild|nephew|niece|twins?|little\s+(?:girl|boy|one)|"
    r"young\s+lad|wee\s+one|little\s+fella|youngest|kiddo|(?:one|two|three|four|five|six)\s+year\s+old|"
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
    r"(?:took|taken|had|swallowed)\s+(?:way\s+)?to+\s+many",
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

# Death in the first person, whatever the words around it: "I wnat to die", "better off if I
# was dead", "nobody would notice if I died", "I think I am dying". Idioms, negations, questions
# and a past that is over are taken out as for every rule.
DEATH = r"(?:die|dying|dead|death|suicid\w*|coffin|funeral|grave|not\s+(?:be\s+)?here|stop\s+living|not\s+wake\s+up)"
ME = r"(?:i|me|myself|i\s+am)"
FIRST_PERSON_DEATH = re.compile(
    rf"\b{ME}\b[^.!?\n]{{0,80}}?\b{DEATH}\b|\b{DEATH}\b[^.!?\n]{{0,60}}?\b{ME}\b"
)

MEDICINE = (
    r"(?:pills?|tablets?|meds|medication|medicines?|capsules?|bottle|packet|box|organiser|blister|"
    r"baclofen|baclophen|tizanidine|diazepam|valium|gabapentin|pregabalin|lyrica|amitriptyline|"
    r"duloxetine|codeine|morphine|tramadol|oxycodone|paracetamol|tylenol|ibuprofen|advil|"
    r"sleeping\s+tablets|painkillers)"
)
# Said in other words, as the later development authors wrote it: the same ideas, more ways.
IN_OTHER_WORDS = words(
    # Hopeless, a burden, wanting out.
    r"(?:what\s+is|what\s*'?\s*s)\s+(?:even\s+)?the\s+point(?:\s+(?:of\s+anything|any\s*more|in\s+anything))?",
    r"(?:world|everyone|everybody|they|family)\s+would\s+(?:feel|be)\s+(?:lighter|better|easier|happier)",
    r"without\s+me\s+in\s+it",
    r"vanish(?:ing)?\s+(?:forever|for\s+good)",
    r"(?:stay|stayed)\s+asleep\s+(?:forever|for\s+good)",
    r"(?:fall|go)\s+to\s+sleep\s+and\s+(?:just\s+)?(?:stay|not)",
    r"last\s+time\s+i\s+would\s+have\s+to",
    r"out\s+of\s+fight",
    r"cannot\s+do\s+another",
    r"(?:deserve|deserves)\s+better\s+than\s+(?:me|a\s+broken)",
    r"holding\s+(?:them|everyone|everybody|you\s+all)\s+(?:all\s+)?back",
    r"(?:they|he|she)\s+would\s+be\s+free",
    r"time\s+to\s+run\s+out",
    r"i\s+do\s+not\s+think\s+i\s+want\s+to\s+be\s+here",
    r"dead\s+(?:people|men|women)\s+(?:do\s+not|cannot)",
    r"want\s+to\s+get\s+off",
    r"(?:stopped|stop)\s+caring\s+(?:whether|weather|if)\s+i\s+live",
    r"(?:want|wish)\s+(?:my\s+life|it\s+all|everything|all\s+of\s+it)\s+to\s+(?:be\s+over|stop|end)",
    r"(?:if|when)\s+i\s+(?:just\s+|simply\s+|quietly\s+)?(?:died|was\s+dead|was\s+gone|was\s+out\s+of\s+the\s+picture)",
    r"done\s+with\s+being\s+alive",
    r"disappointed\s+(?:that\s+)?i\s+woke",
    r"run\s+out\s+of\s+reasons",
    r"never\s+come\s+back",
    r"(?:the\s+)?last\s+one\s+lol",
    r"won\s*'?t\s+be\s+here\s+by",
    r"will\s+not\s+be\s+here\s+by",
    # Thinking about it, without naming it.
    r"(?:thinking|thought|think)\s+about\s+it\s+(?:again|for\s+a\s+long\s+time|in\s+the|every|all)",
    r"thought\s+about\s+it\s+(?:in|again|tonight|last\s+night)",
    r"the\s+perman[ae]nt\s+thing",
    r"weight\s+round\s+(?:my|his|her|their)\s+\w+(?:'s)?\s+neck",
    r"(?:life|lives)\s+back\s+if\s+i",
    r"if\s+i\s+was\s+not\s+in\s+it",
    r"not\s+bother\s+(?:coming\s+back|waking)",
    r"sui\s+thoughts",
    r"thought\s+of\s+jumping",
    r"step(?:ping)?\s+off\s+(?:the|a)\s+(?:bridge|platform|edge|roof|ledge)",
    r"went\s+through\s+with\s+it",
    r"(?:says|saying|tells\s+me\s+to)\s+just\s+do\s+it",
    r"thoughts\s+keep\s+(?:going|coming)\s+back",
    r"fighting\s+them\s+off",
    r"would\s+find\s+me",
    # A plan, means at hand, a date.
    r"everything\s+(?:i\s+need\s+)?(?:is|s)\s+(?:ready|in\s+the\s+car|sorted|in\s+place)",
    rf"{MEDICINE}\s+(?:are\s+)?counted",
    r"counting\s+them",
    r"letter\s+(?:is\s+)?written",
    r"(?:the\s+)?date\s*'?\s*(?:is|s|has\s+been)?\s+set",
    r"tonight\s*'?\s*(?:is|s)\s+the\s+night",
    r"pump\s+alarm",
    r"not\s+sticking\s+around",
    r"(?:likely|enough|best)\s+to\s+kill\s+(?:you|me)",
    r"what\s*'?s\s+the\s+use",
    r"(?:a|just\s+a|only\s+a)\s+drain\s+on",
    r"(?:took|taken|had)\s+a\s+(?:rake|load|pile|heap|fistful|bunch)\s+of",
    r"went\s+at\s+my\s+(?:arm|arms|legs?|skin|wrists?)",
    r"not\s+eating\s+as\s+a\s+punishment",
    r"wounds?\s+(?:are|is)\s+(?:quite\s+|really\s+|very\s+|so\s+)?deep",
    r"(?:i\s+have\s+)?been\s+cutting",
    r"(?:stops?|stop)\s+(?:your|my|someone\s*'?s|a\s+person\s*'?s)\s+(?:breathing|heart)",
    r"(?:banged|smashed|hit)\s+my\s+head",
    r"(?:compass|needle|pin|blade|razor|knife)\s+(?:point\s+)?(?:on|into|in|across)\s+my",
    r"(?:took|taken|swallowed)\s+(?:his|her|their|my)\s+(?:full|whole)\s+(?:week|month|box|bottle|supply)",
    r"found\s+(?:him|her|them)\s+on\s+the\s+floor",
    r"die\s+peacefully",
    r"fall\s+asleep\s+and\s+(?:die|not\s+wake|never\s+wake)",
    r"punish(?:ing|ment)\s+(?:myself|for\s+being)",
    r"(?:want|wish)\s+to\s+not\s+(?:be\s+alive|live|exist|be\s+here|wake)",
    r"sleep\s+and\s+(?:not|never)\s+(?:come\s+back|wake)",
    r"(?:what\s+amount|how\s+much|how\s+many)\b.{0,40}\b(?:would\s+)?kills?",
    r"for\s+myself(?:\s+tbh)?,?\s+not\s+for",
    r"asking\s+for\s+myself",
    # Farewells.
    r"made\s+my\s+peace",
    r"checking\s+out\s+(?:tonight|today|for\s+good|now)",
    r"go(?:ing)?\s+to\s+sleep\s+for\s+a\s+(?:long|very\s+long)\s+time",
    r"i\s+am\s+going\s+now",
    r"will\s+not\s+be\s+needing",
    r"will\s+not\s+be\s+any\s+more\s+(?:updates|posts|comments)",
    r"final\s+update",
    r"affairs\s+(?:are\s+)?in\s+order",
    r"arranged\s+for\b.{0,40}\b(?:collect|keep|look\s+after|take)",
    r"if\s+you\s+find\s+this",
    r"love\s+you\s+all",
    r"(?:do\s+not|dont)\s+(?:worry\s+about\s+me|blame\s+yourself)",
    r"thank\s+(?:you|u)\s+all\b.{0,60}\bbye",
    r"bye(?=\s*[💙❤🖤💔😢✌])",
    # Taken too much, now.
    r"took\s+(?:them|it|the\s+lot)\s+all",
    r"took\s+them\s+all",
    r"(?:i\s+)?did\s+it\.\s+took",
    r"on\s+purpose",
    r"something\s+stupid",
    r"in\s+one\s+go",
    r"took\s+them\s+again",
    r"(?:week|month|days?)\s*'?\s*s?\s+worth",
    r"(?:big|huge|whole)\s+handful",
    r"(?:can\s*not|cannot)\s+hold\s+my\s+head\s+up",
    r"nodding\s+off",
    r"going\s+dark",
    # Hurting oneself.
    r"punch(?:ed|ing)?\s+(?:myself|themselves|the\s+wall|walls)",
    r"punched\s+the\s+wall",
    r"until\s+(?:they|it)\s+(?:bleed|bled|went|split|blister)",
    r"fresh\s+cuts",
    r"cigarettes?\s+(?:into|on)\s+my",
    r"pull(?:ing)?\s+my\s+hair\s+out",
    r"taking\s+it\s+out\s+on\s+my\s+(?:own\s+)?body",
    r"biting\s+my\s+(?:arms?|hands?|skin)",
    r"the\s+urge\s+is\s+doing\s+it",
    r"(?:hitting|hits|banging)\s+(?:his|her|their)\s+head",
    r"cutting\s+(?:herself|himself|themselves)",
    r"(?:slammed|hit|burned|burnt)\s+my\s+\w+\b.{0,30}\bon\s+purpose",
    r"not\s+trying\s+to\s+(?:die|kill\s+myself)",
    r"deserves\s+it",
    r"cutting\s+to\s+feel",
    r"(?:gone|went)\s+back\s+to\s+cutting",
    r"need\s+to\s+feel\s+something",
    r"(?:hit|hitting)\s+my\s+(?:legs?|arms?|head)\s+with",
    r"daydreaming\s+about\s+dying",
    r"fantasi[sz]ing\s+about\s+(?:it|dying|death)",
    r"going\s+over\s+the\s+edge",
    r"fastest\s+way\s+to\s+die",
    r"(?:overdose|od)\s+and\s+not\s+wake",
    r"keeping\s+back\s+my",
    r"(?:is\s+not|isn\s*t|not)\s+responding",
    r"giving\s+(?:her|his|their)\s+(?:stuff|things)\s+away",
    # Someone else in danger.
    r"(?:engine|car)\s+is\s+running",
    r"locked\s+(?:herself|himself|themselves)\s+in",
    r"(?:very|really)\s+floppy",
    r"(?:she|he|they)\s+(?:is|are)\s+(?:very|really|so)\s+(?:drowsy|confused|sleepy)",
    r"not\s+waking\s+up\s+right",
    r"took\s+(?:his|her|their|my)\s+(?:\w+\s+){0,2}(?:tablets|pills|meds|dose)\s+twice",
)
# A child near a medicine that is open, missing or in their mouth.
CHILD_NEAR_MEDICINE = re.compile(
    rf"(?<!as\sa\s)\b(?:{CHILD}|\d+\s*(?:yo|y/o|month\s+old)|little\s+(?:brother|sister)|children\s+in\s+my\s+care|(?:he|she)\s+is\s+\d)\b"
    rf".{{0,200}}\b{MEDICINE}\b"
    r"|\b(?:found|caught)\s+(?:him|her|them)\s+with\b"
)
CHILD_EXPOSED = words(
    r"drank",
    r"sips?",
    r"open(?:ed)?",
    r"gone",
    r"missing",
    r"swallow\w*",
    r"ate",
    r"eaten",
    r"bit",
    r"chew\w*",
    r"got\s+into",
    r"got\s+the\s+(?:cap|lid)\s+off",
    r"lid\s+off",
    r"empty",
    r"sweets",
    r"tongue",
    r"mouth",
    r"took\s+one",
    r"had\s+(?:at\s+least\s+)?(?:one|two|some)",
    r"how\s+many\s+were",
    r"can\s*not\s+(?:find|account)",
    r"found\s+(?:my|the|his|her|their|nan's|grandad's)\s+(?:tablets|pills|meds|medicine)",
    r"how\s+many\s+(?:he|she|they)\s*(?:'s|has|have)?\s*(?:had|taken|eaten)",
)
# Withdrawal or poisoning signs told as happening now, by the reader or about someone close.
SIGNS = (
    r"(?:hallucinat\w*|seeing\s+(?:things|shadows|people|bugs)|hear(?:ing)?\s+(?:voices|whispering|music)|seizures?|"
    r"(?:a|one|having)\s+fits?|temp(?:erature)?\s+(?:is\s+|of\s+)?(?:3[89]|40|10[2-5]|keeps\s+spiking|spiking)|confus\w+|twitching|burning\s+(?:hot|up)|"
    r"feverish|rigid|delirious|does\s+not\s+recognise|(?:can\s*not|cannot)\s+stop\s+(?:shaking|twitching|jerking)|"
    r"(?:heart|pulse)\s+(?:is\s+)?(?:racing|pounding|will\s+not\s+slow)|going\s+mad|body\s+is\s+(?:rigid|locking)|"
    r"twitches\s+and\s+jerks|jerks|blacked\s+out|sky\s+high|through\s+the\s+roof|pump\s+alarm|seeing\s+faces|roasting\s+hot|really\s+hot|"
    r"talking\s+to\s+people\s+who|people\s+who\s+are\s+not\s+(?:there|in\s+the\s+room))"
)
SIGNS_NOW = re.compile(
    r"\b(?:now|rn|right\s+now|tonight|this\s+morning|just\s+had|day\s+\d+|\d+(?:rd|th|nd|st)?\s+day|"
    r"i\s+am|she\s+is|he\s+is|they\s+are|(?:mum|mom|dad|wife|husband|son|daughter|nan|grandad|partner)\s+is|keeps?|having|still|started)[\s,]+(?:[\w']+[\s,]+){0,3}"
    rf"{SIGNS}\b"
    rf"|\b{SIGNS}\b.{{0,120}}\b(?:now|rn|right\s+now|tonight|today|help\s+(?:me|please|us)|should\s+i|what\s+do\s+i)\b"
    rf"|\b{SIGNS}\b.{{0,40}}\b(?:after|since)\s+(?:stopping|stopped|running\s+out|coming\s+off|missing|quitting)\b"
    rf"|\b(?:missed\s+(?:a\s+couple\s+of|\w+)\s+days|stopped|stopping|quit|ran\s+out|cold\s+turkey|off\s+(?:his|her|my)|without\s+my|dropped\s+my|forgot\s+to\s+chart|pump)\b.{{0,200}}\b{SIGNS}\b"
)

RULES = [
    FIRST_PERSON_DEATH,
    IN_OTHER_WORDS,
    SIGNS_NOW,
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
    r"overdoses\s+(?:of|in|can|are|usually)",
    r"(?:would\s+)?die\s+(?:for|on\s+this\s+hill|of\s+old\s+age)",
    r"i\s+am\s+dying\s+here",
    r"over\s+my\s+dead\s+body",
    r"be\s+the\s+death\s+of",
    r"nail\s+in\s+the\s+coffin",
    r"if\s+your\s+pump\s+alarm",
    rf"overdos(?:ed|ing)\s+on\s+(?!purpose|(?:my\s+|his\s+|her\s+|the\s+)?{MEDICINE})",
    r"dead\s+to\s+the\s+world",
    r"dead\s+man\s+walking",
    r"dead\s+(?:chuffed|ringer|beat|serious|set|keen|right|funny)",
    r"i\s+am\s+dead\s*(?:lol|lmao|haha)",
    r"early\s+grave",
    r"(?:wants|want)\s+me\s+dead",
    r"nearly\s+killed\s+myself\s+(?:tripping|falling|laughing|running|trying)",
    r"bite\s+the\s+bullet",
    r"(?:the|this|an?)\s+overdose\s+(?:section|part|advice|page|information|is\s+a)",
    r"overdose\s+sounds",
    r"(?:only|just)\s+for\s+suicide",
    r"988\s+is\s+a\s+real",
    r"how\s+many\s+is\s+too\s+many",
    r"not\s+going\s+to\s+do\s+anything\s+(?:silly|stupid)",
    r"accidental\s+overdoses",
    r"recognising\s+an\s+overdose",
    r"difference\s+between\s+an\s+overdose",
)
# "I'm dead 💀": laughing, not dying. (Emoji have no word boundary, so not in NOT_CRISIS.)
LAUGHING = re.compile(r"\b(?:i\s+am\s+)?(?:literally\s+)?(?:dead|dying)\s*(?:💀|😂|🤣|lol|lmao)|💀")
# Asked to learn, by a student, a carer or a reader planning ahead: not someone at risk.
INFORMATION = words(
    r"(?:for|revising\s+for)\s+(?:my|an|the)\s+(?:exam|course|module|essay|dissertation|studies|placement)",
    r"mechanism",
    r"(?:med|medical|nursing|pharmacy|first\s+year)\s+student",
    r"i\s+am\s+(?:my\s+\w+'?s|a|her|his)\s+carer",
    r"(?:look|looking)\s+out\s+for",
    r"want\s+to\s+(?:know|be\s+prepared|understand)",
    r"like\s+to\s+know",
    r"if\s+(?:someone|a\s+person|i|you)\s+(?:had\s+|did\s+|has\s+)?(?:accidentally\s+)?(?:take|taken|took)",
    r"is\s+there\s+a\s+(?:test|blood\s+test|way\s+to\s+tell)",
    r"how\s+do\s+(?:hospitals|doctors|paramedics)",
    r"could\s+\w+\s+be\s+causing",
    r"lock\s+(?:things|them|it|everything)\s+up",
    r"keep\s+an\s+eye",
    r"is\s+(?:that|it|this)\s+an\s+emergency",
    r"want\s+facts",
    r"(?:a\s+)?known\s+side\s+effect",
)
QUESTION = words(
    r"is\s+there",
    r"what\s+should\s+i\s+(?:say|do|tell)",
    r"which\s+(?:\w+\s+)?number",
    r"why\s+(?:exactly\s+)?(?:can|does|do|is)",
    r"(?:is|are)\s+(?:\w+\s+){0,2}(?:a\s+)?known\s+side\s+effects?",
    r"should\s+i\s+(?:call|ring|go)",
    r"what\s+(?:happens|would\s+happen|should\s+(?:i|you|we)\s+do|do\s+(?:i|you)\s+do|are\s+the\s+signs|is\s+the)",
    r"is\s+it\s+(?:true|dangerous|safe|possible)",
    r"how\s+(?:dangerous|much|many|do\s+(?:they|you|i)|would\s+(?:i|you)|serious|long)",
    r"can\s+\w+\s+(?:withdrawal|stopping|an?\s+overdose)",
    r"can\s+(?:you|someone|people|a\s+person|anyone)\s+(?:overdose|die)",
    r"do\s+you\s+put",
    r"why\s+do",
    r"signs\s+of",
    r"symptoms\s+of",
    r"(?:does|can|could)\s+\w+\s+(?:increase|cause)",
    r"what\s+is\s+988",
)
HYPOTHETICAL = words(
    r"side\s+effects?",
    r"known",
    r"how\s+common",
    r"leaflet",
    r"facts",
    r"mechanism",
    r"exam",
    r"course",
    r"want\s+to\s+know",
    r"understand",
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
    r"(?<!if\s)(?:he|she|they)\s+(?:just\s+)?(?:took|has\s+taken|have\s+taken|swallowed)",
    r"(?<!there\s)right\s+now",
    r"tonight",
    r"(?<!\.\s)(?<!^)today",
    r"an?\s+hours?\s+ago",
    r"(?:cannot|will\s+not|does\s+not)\s+wake",
    r"asking\s+for\s+me",
    r"(?:asking|ask)\s+for\s+(?:real|myself)",
    r"for\s+myself",
    r"i\s+have\s+(?:both|them|a\s+full|\d+\s+months|enough|a\s+lot|got\s+about)",
    r"straight\s+answer",
    r"in\s+the\s+drawer",
    r"because\s+i\s+did",
    r"just\s+had\s+one",
    r"(?:mins?|minutes|hours?)\s+ago",
    r"i\s+am\s+(?:dizzy|drowsy|wobbly|scared|shaking)",
    r"(?:mum|mom|dad|wife|husband|son|daughter|nan|grandad|grandma|partner|friend)\s+is\s+(?:\w+\s+)?(?:hallucinat\w*|confused|drowsy|unconscious|fitting)",
    r"really\s+mean\s+it",
    r"i\s+have\s+my\s+reasons",
    r"i\s+(?:have\s+been|am|keep)\s+(?:having|getting|feeling)",
    r"(?:harming|cutting|burning|hurting|scratching)\s+(?:myself\s+)?again",
    r"started\s+[\w-]+\s+again",
    r"(?:it|did\s+it|doing\s+it|cutting|cut|thoughts|happened|relapsed|overdosed|took\s+them)\s+again",
    r"again\s+(?:tonight|today|this\s+(?:week|morning|evening)|last\s+night)",
    r"(?:i|he|she|they|we)\s+(?:is|am|are)\s+(?:drowsy|sleepy|floppy|unconscious|confused)",
    r"still\s+(?:do|feel|want|think)",
)
PAST = words(
    r"\w+\s+ago",
    r"used\s+to",
    r"back\s+(?:then|in)",
    r"there\s+was\s+a\s+time",
    r"in\s+the\s+early\s+days",
    r"(?:19|20)\d\d",
    r"when\s+(?:i|she|he|they)\s+(?:was|were)",
    r"in\s+the\s+past",
    r"at\s+my\s+worst",
    r"(?<!at\s)once\b",
    r"last\s+(?:week|winter|summer|spring|autumn|year|month|christmas)",
    r"(?:as\s+a|when\s+i\s+was\s+a)\s+(?:teenager|student|kid)",
    r"i\s+remember",
    r"first\s+(?:hit|started|diagnosed)",
    r"that\s+time\s+(?:has\s+)?passed",
    r"(?:years?|months?)\s+(?:free|clean|since)",
    r"i\s+had\s+(?:some\s+)?(?:dark|suicidal)",
    r"when\s+i\s+said",
    r"ended\s+up\s+(?:in|with)",
    r"(?:warning\s+)?from\s+experience",
    r"(?:were|was)\s+a\s+side\s+effect",
    r"(?:\w+\s+)?years\s+(?:on|back|later)",
    r"i\s+was\s+(?:suicidal|wrong)",
    r"over\s+(?:easter|christmas|the\s+summer)",
    r"as\s+a\s+teen",
    r"in\s+college",
    r"last\s+(?:spring|fall)",
    r"when\s+i\s+was\s+first",
    r"that\s+was\s+\w+\s+(?:years|months)",
    r"after\s+my\s+(?:\w+\s+)?(?:injury|diagnosis|accident|stroke|surgery)",
    r"(?:had|went\s+through)\s+a\s+(?:rough|dark|bad)\s+(?:patch|time|place|spell)",
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
    r"i\s+am\s+(?:fine|okay|ok|coping)",
    r"still\s+here\b(?!\s+(?:for\s+now|unfortunately))",
    r"(?:so\s+)?grateful",
    r"turned\s+(?:it|things|that)\s+around",
    r"changed\s+that",
    r"held\s+on",
    r"got\s+help",
    r"glad",
    r"pain\s+free",
    r"these\s+days",
    r"i\s+do\s+now",
    r"(?:have|has)\s+not\s+(?:since|for\s+over)",
    r"nothing\s+(?:scary|to\s+worry\s+about)",
    r"not\s+anything\s+else",
    r"now\s+i\s+(?:have\s+a|am\s+(?:fine|good|better|well|ok|okay|happy|doing)|feel\s+(?:fine|good|better|well|ok))",
    r"manageable",
    # A past mistake told as a warning to others.
    r"please\s+(?:do\s+not|not\s+do)",
    r"just\s+do\s+not\b(?!\s+(?:want|care|see))",
    r"stick\s+to\s+(?:the|your)",
    r"taper\s+(?:with|under|slowly)",
    r"never\s+again",
    r"now\s+i\s+(?:never|always|keep|make\s+sure)",
    r"went\s+away",
    r"(?:\d+|\w+)\s+(?:yrs|years|months)\s+clean",
    r"clean\s+now",
    r"lesson\s+learned",
    r"survived",
    r"(?:doing|feel|feeling)\s+ok(?:ay)?",
    r"safe\s+now",
    r"(?:seeing|see)\s+a\s+(?:therapist|counsellor|counselor)",
    r"(?:helped|helps)\s+(?:a\s+lot|more\s+than|me)",
    r"(?:talk|speak)\s+to\s+someone",
    r"please\s+lock",
    r"careful\s+now",
    r"(?:she|he)\s+was\s+fine",
    r"i\s+am\s+(?:alive|well|happy)",
    r"(?:it|things)\s+(?:does|do|will)\s+get\s+better",
    r"way\s+through",
    r"please\s+(?:get|ask\s+for)\s+help",
    r"(?:all|absolutely)\s+fine",
    r"recovered",
    r"thank\s+(?:goodness|god)",
    r"keep\s+your",
    r"so\s+you\s+never",
    r"i\s+have\s+not\s+in",
    r"coaching",
    r"changed\s+everything",
    r"please\s+use",
    r"have\s+not\s+for",
    r"(?:they|she|he)\s+(?:were|was)\s+lovely",
    r"doing\s+(?:great|brilliantly|really\s+well)",
)


def blank_idioms(text):
    return LAUGHING.sub(" ", NOT_CRISIS.sub(" ", text))


def matches(text):
    plain = blank_idioms(text)
    for rule in RULES:
        for match in rule.finditer(plain):
            # "I would never want to die", "no thoughts of ending it": a negation just before.
            before = plain[max(0, match.start() - 30) : match.start()]
            if not (NEGATED.search(before) or NEGATED_WISH.search(match.group())):
                return True
    return False


# A child in a question or a warning, not in the room: "what if a child swallows one?"
CHILD_IN_GENERAL = words(
    r"if\s+(?:a|my|your|the|our)",
    r"what\s+(?:would\s+)?happens?",
    r"how\s+do\s+(?:you|i)\s+know",
    r"away\s+from",
    r"could\s+you\s+add",
    r"want\s+to\s+be\s+prepared",
    r"look\s+like\s+sweets",
)


def child_exposed(text):
    return any(
        CHILD_NEAR_MEDICINE.search(sentence)
        and CHILD_EXPOSED.search(sentence)
        and not CHILD_IN_GENERAL.search(sentence)
        for sentence in sentences(text)
    )


def crisis(text):
    """Whether `text` (normalised) reads as someone at risk now or soon."""
    if "?" in text and INFORMATION.search(text) and not NOW.search(text):
        return False
    # A child who may have taken a medicine, or signs happening now: asking is no comfort.
    if child_exposed(text) or SIGNS_NOW.search(blank_idioms(text)):
        return not (PAST.search(text) and RECOVERED.search(text))
    if not matches(text):
        return False
    told_as_over = PAST.search(text) and RECOVERED.search(text)
    asked = "?" in text and QUESTION.search(text) and HYPOTHETICAL.search(text)
    return not ((told_as_over or asked) and not NOW.search(text))
