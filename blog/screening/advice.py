"""Advice to other readers that goes against what a medicine guide says: more than the usual
most a day, doubling up, stopping at once, alcohol, sharing, pregnancy, driving, crushing or
snorting, swapping or stopping medicines without a prescriber, remedies in place of medicine.

A comment is held when a sentence names such an act and the comment tells others to do it (an
instruction, "you", "try", "trust me") rather than repeating the guide or asking a question.
Reads normalised text (text.py)."""

import re

from blog.screening.text import words

MEDICINES = (
    r"(?:sertraline|citalopram|fluoxetine|antidepressants?|anti-depressants?|diabetes|insulin|metformin|thyroid|levothyroxine|epilepsy|"
    r"anti-?epileptics?|seizure\s+meds|sleeping|anxiety|heart|blood\s+pressure|beta\s+blockers?|statins?|inhalers?|steroids?|tramadol|"
    r"codeine|morphine|amitriptyline|pregabalin|gabapentin|duloxetine|diazepam|tizanidine|opioids?|painkillers|other\s+(?:meds|tablets)|"
    r"meds|medication|medicines?|tablets|pills|prescriptions?)"
)
DRINK = r"(?:alcohol|booze|beers?|wine|gin|vodka|whisk(?:e)?y|cider|rum|drinks?|drinking|pints?|lager|prosecco|glass\s+of\s+\w+|a\s+few\s+drinks)"
PREGNANT = r"(?:pregnan\w*|breastfeed\w*|breast\s*feed\w*|trimester|expecting|midwife|bump|nursing)"
DRIVE = r"(?:driv\w*|behind\s+the\s+wheel|dvla|licen[cs]e|motorway|at\s+the\s+wheel)"
NOT = r"(?:do\s+not|never|no|not|avoid|without)"

ACTS = {
    # More than the usual most a day, or as much as one likes.
    "dose": words(
        r"as\s+many\s+as\s+(?:you|u)\s+(?:need|want|like)",
        r"take\s+more(?:\s+than)?",
        r"(?:up|raise|increase|push)\s+(?:it|the\s+dose|your\s+dose|yours)(?:\s+up)?(?:\s+yourself)?",
        r"(?:ignore|forget)\s+(?:the\s+)?(?:max|maximum|limit|leaflet|guide|gp|doctor|warnings?)",
        r"(?:max|maximum|limit|100\s*mg)\b.{0,30}\b(?:nonsense|rubbish|overcautious|for\s+people|covering|made\s+up|a\s+myth|just\s+a\s+guide)",
        r"(?:do\s+not|not)\s+bother\s+titrat\w*",
        r"straight\s+to\s+\d+",
        r"double\s+it",
        r"go\s+for\s+it",
        r"take\s+extra",
        r"(?:do\s+not|not)\s+let\s+(?:your\s+)?(?:gp|doctor)\s+cap",
    ),
    # Doubling up after a missed dose.
    "double": words(
        r"double\s+(?:your\s+dose|the\s+dose|up|dose|doses|the\s+next|your\s+next|the\s+\w+\s+one|it\s+up)",
        r"take\s+(?:two|both|2)\s+(?:next|together|at\s+once|the\s+next)",
        r"(?:catch|make)\s+up\b.{0,30}\b(?:missed|forgot|dose|doses)",
        r"(?:missed|forgotten|forgot)\b.{0,60}\b(?:double|take\s+two|take\s+both|add\s+(?:it|them)|take\s+them\s+all|next\s+one\s+as\s+well)",
        r"add\s+them\s+on(?:to)?",
        r"take\s+them\s+all\s+at",
        r"twice\s+if",
        r"take\s+your\s+\w+\s+one\s+twice",
    ),
    # Stopping at once, without the taper.
    "stop": words(
        r"cold\s+turkey",
        r"all\s+at\s+once",
        r"(?:to|down\s+to)\s+(?:zero|nothing)",
        r"overnight",
        r"stop\s+(?:taking\s+it|it|them|today|now|on\s+\w+day|straight\s+away)",
        r"just\s+(?:stop|quit)",
        r"(?:skip|forget|ignore)\s+the\s+taper",
        r"taper(?:ing)?\s+is\s+(?:a\s+scam|pointless|nonsense|unnecessary|for)",
        r"(?:slow\s+)?taper\s+is\s+pointless",
        r"no\s+need\s+to\s+(?:taper|wean|involve|ring|ask|tell|see|check)",
        r"(?:do\s+not|not)\s+(?:bother\s+)?(?:taper|wean)(?:ing)?",
        r"(?:do\s+not|not)\s+listen\s+to\s+the\s+taper",
        r"bin\s+(?:the\s+lot|them|it|your|the)",
        r"throw\s+(?:them|it|the\s+lot)\s+(?:away|out)",
        r"wean\s+(?:yourself\s+)?off\s+in\s+(?:a|two|2|three|3)\s+days?",
        r"come\s+off\s+(?:it|them)\s+(?:at\s+once|in\s+a\s+day|overnight|quickly)",
    ),
    # Alcohol with it.
    "alcohol": re.compile(
        rf"\b{DRINK}\b.{{0,50}}\b(?:with\s+(?:it|them|your|my|baclofen)|helps|fine|harmless|safe|enjoy|buzz|game\s+changer|kicks?\s+in|boosts?|works?\s+better|no\s+problem|together)\b"
        rf"|\b(?:with|down\s+with|alongside)\s+(?:a\s+|some\s+|your\s+)?{DRINK}\b|\bno\s+alcohol\b.{{0,30}}\b(?:dramatic|overcautious|nonsense|rubbish|myth)"
    ),
    # Sharing medicines.
    "sharing": words(
        r"share\s+(?:them|yours|your|it|my|the)",
        r"sharing\s+(?:them|is\s+fine)",
        r"give\s+(?:your\s+\w+|him|her|them)\s+(?:one|some|a\s+few)\s+of\s+(?:yours|your)",
        r"some\s+of\s+(?:mine|theirs|hers|his)",
        r"a\s+few\s+of\s+(?:my|mine|yours)",
        r"post\s+you\s+(?:some|theirs|mine)",
        r"(?:borrow|lend|use)\s+(?:some\s+of\s+)?(?:your|a|their)\s+\w+'?s?\s+(?:tablets|pills|prescription|meds)",
        r"uses\s+my\s+prescription",
        r"ask\s+(?:a\s+friend|your\s+\w+|someone)\s+(?:for|to\s+give)",
        r"sell\s+you\s+(?:some|mine)",
    ),
    # Pregnancy and breastfeeding.
    "pregnancy": re.compile(
        rf"\b{PREGNANT}\b.{{0,90}}\b(?:totally\s+safe|perfectly\s+safe|is\s+safe|safe|no\s+problem|carry\s+on|keep\s+taking|do\s+not\s+stop|not\s+stop|take\s+extra|just\s+legal|cannot\s+cross|does\s+not\s+cross|help\s+with|do\s+not\s+let|not\s+let|fine|ignore)\b"
        rf"|\b(?:do\s+not|never)\s+stop\s+(?:your|the)\s+\w+\s+(?:just\s+)?because\b.{{0,20}}\b{PREGNANT}"
    ),
    # Driving.
    "driving": re.compile(
        rf"\b{DRIVE}\b.{{0,70}}\b(?:fine|no\s+problem|only\s+for|ignore|day\s+one|straight\s+after|after\s+the\s+first|you\s+will\s+be\s+fine|safe|do\s+not\s+worry|scare\s+you|open\s+the\s+window)\b"
        r"|\b(?:do\s+not|not)\s+(?:bother\s+)?(?:telling|tell)\s+the\s+dvla\b|\bdrive\s+(?:fine|home|even|straight)\b"
    ),
    # Crushing, chewing, snorting, injecting.
    "crushing": words(
        r"snort\w*",
        r"crush\w*",
        r"chew\s+(?:the|them|it|your)",
        r"grind\s+(?:it|them)",
        r"powder\s+(?:your|it|them)",
        r"rub\s+it\s+on",
        r"vape",
        r"inject\w*",
        r"smoke\s+(?:it|them)",
        r"dissolve\s+(?:it|them)\s+(?:in|under)",
        r"under\s+your\s+tongue",
        r"break\s+(?:open\s+)?the\s+(?:capsules|slow)",
        r"parachut\w*",
    ),
    # Swapping or stopping a medicine without a prescriber.
    "swapping": words(
        rf"(?:ditch|quit|stop|stopped|stopping|drop|dropped|replace|replaced|swap|swapped|switch|come\s+off|came\s+off|bin|skip|cut\s+out)\s+(?:the\s+|your\s+|my\s+|all\s+your\s+)?(?:\w+\s+)?{MEDICINES}",
        r"switch\s+to\s+(?:the\s+)?\w+",
        r"(?:will\s+not|would\s+not|do\s+not)\s+need\s+your",
        r"instead\s+of\s+your",
        r"same\s+day",
        r"change\s+over",
        r"(?:take|use)\s+\w+\s+instead",
        r"does\s+both\s+jobs",
    ),
    # Remedies in place of the medicine.
    "remedy": words(
        r"frankincense",
        r"turmeric",
        r"colloidal\s+silver",
        r"kratom",
        r"cbd",
        r"essential\s+oils?",
        r"peppermint\s+oil",
        r"homeopath\w*",
        r"apple\s+cider\s+vinegar",
        r"pharma\s+(?:pills\s+are\s+)?poison",
        r"big\s+pharma",
        r"natural\s+(?:cure|alternative|remedy)",
        r"detox",
        r"(?:cured|cures)\s+my",
    ),
}
# The same acts as the later development authors wrote them: more ways to say each.
MORE_ACTS = {
    "dose": words(
        r"another\s+handful",
        r"(?:cannot|can\s+not)\s+(?:really\s+)?overdo",
        r"ignore\s+the\s+(?:ceiling|number|box)",
        r"(?:going|go)\s+(?:well\s+)?(?:past|over)\s+what",
        r"nearly\s+double",
        r"(?:three|four|five|3|4|5|twelve|\d{2})\s+(?:of\s+the\s+\d+s|at\s+(?:a\s+time|once))",
        r"go\s+higher",
        r"keep\s+adding",
        r"(?:max|limit|maximum)\b.{0,20}\b(?:joke|my\s+foot|silly|conservative|overcautious)",
        r"(?:number|dose)\s+on\s+the\s+(?:box|pack)\s+is\s+(?:conservative|wimpy|low)",
        r"wimpy\s+dose",
        r"more\s+than\s+(?:the|they|it)\s+(?:says|say|tell)",
        r"no\s+ceiling",
        r"keep\s+going\s+up",
        r"as\s+much\s+as\s+(?:you|u)\s+(?:like|want|need)",
        r"take\s+(?:\d|three|four|five|six|seven)\s+(?:or\s+\w+\s+)?(?:of\s+your|at\s+(?:once|one\s+time|a\s+time)|when)",
        r"(?:max|maximum|limit|rule)\s+is\s+(?:only\s+|just\s+)?(?:a\s+suggestion|for\s+(?:weak|lightweights|legal))",
        r"is\s+for\s+(?:lightweights|weak\s+people)",
        r"(?:do\s+not|not)\s+let\s+(?:the|them|your)\s+(?:doctors?\s+|gp\s+|neuro\s+)?(?:limit|gatekeep|cap)",
        r"(?:let|letting)\s+them\s+gatekeep",
        r"top\s+up\s+with",
        r"take\s+an?\s+extra\s+\d+",
        r"(?:went|go|jump)\s+(?:straight\s+)?to\s+\d{3,4}",
        r"not\s+a\s+hard\s+wall",
        r"add\s+another\s+tablet",
        r"(?:do\s+not|not)\s+be\s+shy",
        r"not\s+an\s+overdose\s+if",
        r"(?:cannot|can\s+not|can\s*t)\s+overdose",
        r"(?:will\s+not|would\s+not|not\s+going\s+to|not\s+gonna)\s+(?:kill|die)",
        r"(?:have\s+not|not)\s+died\s+yet",
        r"nobody\s+died",
        r"way\s+too\s+low\s+for",
        r"(?:can|could)\s+(?:def(?:initely)?\s+)?go\s+over",
        r"doubled\s+my\s+(?:whole\s+)?(?:daily|dose)",
    ),
    "double": words(
        r"take\s+(?:the\s+one\s+(?:you|u)\s+forgot|both|2\s+together|two\s+(?:at|together))",
        r"plus\s+the\s+normal\s+one",
        r"(?:with|along\s+with)\s+(?:your|the)\s+(?:next|morning|teatime|evening|lunchtime|night)\s+one",
        r"missed\s+(?:tab|tablet|dose|one)\s+with\s+the\s+next",
        r"bank\s+doses",
        r"extra\s+one\s+later",
        r"take\s+two\s+at",
        r"(?:two|2)\s+together\s+next",
        r"double\s+dos\w*",
        r"always\s+(?:make\s+up|double|catch\s+up)",
        r"catch\s+up\s+on\s+missed",
        r"(?:have|take|took|had)\s+(?:em|them)\s+both",
        r"(?:next|the\s+next)\s+one\s+should\s+be\s+double",
        r"two\s+days\s*'?\s*worth",
    ),
}
# A risk waved away or praised: with a drink, a pregnancy, driving or another medicine named
# in the same sentence, that is advice ("vodka and baclofen is the best combination").
APPROVING = (
    r"(?:fine|safe|ok|okay|grand|great|best|lovely|treat|helps?|boosts?|faster|better|enjoy|recommend|"
    r"no\s+(?:issues?|problems?|harm|risk|need|big\s+deal)|zero\s+risk|never\s+(?:been|done|had|told)|nothing\s+(?:happens|happened)|"
    r"exaggerated|overdone|over\s+the\s+top|scaremongering|panic\w*|overreact|legal\s+reasons|all\s+good|"
    r"did\s+not\s+die|bliss|classic\s+combo|combination|works?|keep\s+(?:taking|your|going)|stay\s+on|continue|"
    r"(?:do\s+not|never)\s+(?:stop|tell|mention|listen|let)|keep\s+quiet|you\s+can|you\s+will\s+be|get\s+home|"
    r"wears\s+off|only\s+lasts|did\s+not\s+change|not\s+affect|have\s+not\s+killed|neither\s+should|paranoid)"
)
WAVED_AWAY = {
    "alcohol": re.compile(
        rf"\b(?:{DRINK}|cans|g&t|g\s*&\s*t|nightcap|shot\s+of\s+\w+|the\s+bar|party|night\s+out|red)\b.{{0,80}}\b{APPROVING}\b|\b{APPROVING}\b.{{0,60}}\b(?:{DRINK}|nightcap)\b"
    ),
    "pregnancy": re.compile(
        rf"\b(?:{PREGNANT}|conceiv\w*|planning\s+a\s+baby|doula|\d\s+months\s+(?:gone|pregnant)|i\s+am\s+\d\s+months|fell\s+pregnant)\b.{{0,120}}\b{APPROVING}\b"
        rf"|\b{APPROVING}\b.{{0,60}}\b(?:{PREGNANT})\b"
    ),
    "driving": re.compile(
        rf"\b(?:(?!driving\s+(?:me|us|him|her)\b){DRIVE}|drove|forklift|machinery|van|school\s+run|radio\s+up|windows\s+down|dmv)\b.{{0,90}}\b{APPROVING}\b"
        rf"|\b{APPROVING}\b.{{0,40}}\b(?:to\s+drive|driving|drive)\b"
    ),
    "swapping": words(
        r"(?:changed|change|switched|switch|swapped|swap)\s+(?:from\s+\w+\s+)?to\s+(?:the\s+|my\s+)?\w+",
        r"in\s+its\s+place",
        r"interchangeable",
        r"same\s+(?:amount|thing\s+really|really)",
        r"all\s+work\s+the\s+same",
        r"order\b.{0,40}\b(?:online|from\s+a\s+\w+\s+site)",
        r"(?:got|get|buy|bought)\s+(?:mine|it|them)\s+(?:abroad|online)",
        r"you\s+(?:can\s+)?buy\s+(?:online|in\s+pharmacy)",
        r"from\s+(?:india|turkey|canada|mexico|abroad)",
        r"no\s+(?:script|prescription|gp)\s+(?:needed|need)",
        r"(?:husband|wife|mum|mom|dad|friend|sister|brother)\s*'?s\s+(?:tablets|pills|meds|\w+(?:ine|ol|am|in|ide|ate|one))",
        r"alongside",
        r"goes\s+down\s+with",
        r"chuck\s+in",
        r"i\s+mix\s+mine",
        r"(?:i\s+had\s+)?left\s+from\s+years\s+ago",
        r"(?:use|grab)\s+(?:your|whatever)\s+(?:old\s+)?\w+",
    ),
}
# Missed, then made up: "slept through my dose, so had both with my tea".
DOUBLE_MISSED = re.compile(
    r"\b(?:miss\w*|skip\w*|forg[eo]t\w*|slept\s+(?:through|thru))\b.{0,120}\b(?:both|two|2|3|together|plus|double\w*|make\s+up|"
    r"catch\s+up|(?:with|in\s+with)\s+(?:my|your|the|this)\s+(?:next|evening|morning|tea|lunch|night|teatime)\w*|stick\s+it\s+in|"
    r"all\s+at\s+once|(?:take|took|have|had)\s+(?:them|em)\s+all|(?:along|together)\s+with|as\s+soon\s+as\s+i\s+remember\s+even)\b"
)
MORE_ACTS |= {
    "stop": words(
        r"leave\s+(?:the\s+\w+|them|it)\s+(?:at\s+home|in\s+the\s+drawer|off)",
        r"(?:do\s+not|not)\s+(?:take\s+any|refill)",
        r"ditched\s+it",
        r"rip\s+the\s+plaster",
        r"pack\s+them\s+away",
        r"be\s+done\s+with\s+them",
        r"(?:coming\s+down|tapering|weaning)\s+(?:gradually|slowly)\s+is\s+(?:just|pointless|a\s+waste)",
        r"(?:do\s+not|not)\s+have\s+to\s+wean",
        r"a\s+break\s+does\s+you\s+good",
    ),
    "swapping": words(
        r"(?:came|come|coming)\s+off\s+my\s+\w+",
        r"binned\s+the\s+\w+",
        r"drop\s+the\s+\w+",
        r"leave\s+them\s+off",
        r"(?:stopped|stoped|stop)\s+(?:my|the)\s+\w+(?:\s+\w+)?\s+(?:tabs|tablets|pills)",
        r"skipping\s+the\s+\w+",
        r"stop\s+the\s+\w+",
        r"(?:do\s+not|not)\s+need\s+both",
        r"is\s+basically\s+the\s+same",
        r"same\s+(?:effect|stuff|job|medicine)",
        r"(?:took|take|use)\s+\w+\s+instead",
        r"(?:stack|cocktail)",
        r"all\s+three\s+together",
        r"(?:and|with|plus|\+)\s+(?:a\s+couple\s+of\s+)?\w+\s+together",
        r"together\s+is\s+the\s+way",
        r"overseas\s+pharmacy",
        r"(?:nobody|no\s+one)\s+asks\s+for\s+a\s+(?:script|prescription)",
        r"(?:off|from)\s+amazon",
        r"with\s+a\s+couple\s+of\s+(?:diazepam|valium|codeine|tramadol|sleepers)",
    ),
    "sharing": words(
        r"some\s+of\s+(?:hers|his|mine|theirs|\w+'s)",
        r"(?:give|gave|hands?|handed)\s+(?:him|her|me|them)\s+(?:one|two|some|half|a\s+few)",
        r"(?:from|off)\s+(?:your|a|my|her)\s+(?:friend|freind|neighbour|mum|mom|sister|brother|mate|lady)",
        r"(?:send|post)\s+you",
        r"have\s+extra",
        r"ask\s+(?:them|ur|your|my)\s+(?:for|freinds|friends)",
        r"someone\s+else'?s",
        r"help\s+ourselves",
        r"(?:i|we)\s+got\s+a\s+whole\s+box",
        r"covers\s+both\s+of\s+us",
        r"(?:friend|freind|neighbour|mate)\s+gave\s+me",
        r"(?:one|two|some)\s+of\s+(?:dad|mum|mom|nan|gran)'?s",
        r"spare",
        r"left\s*over",
        r"extras?\s+(?:back|for)",
        r"post\s+(?:some|them|it|to\s+anyone)",
        r"drop\s+(?:it|them|some)\s+round",
        r"(?:drop|send)\s+me\s+an?\s+(?:email|message)",
        r"it\s+is\s+yours",
        r"(?:give|gave|giving)\s+(?:him|her|them|my\s+\w+)\s+(?:a\s+strip|some|a\s+few|one|two)",
        r"(?:your|their|his|her)\s+(?:mum|mom|dad|nan|gran|mate|partner|friend)'?s\s+(?:\w+\s+)?(?:tablets|pills|baclofen|meds|co-codamol|codeine)",
        r"(?:dad|mum|mom|nan|grandad|grandma)'?s\s+old",
        r"ask\s+(?:your\s+)?(?:family|relatives|mate|someone|anyone)",
        r"someone\s+you\s+know\s+who\s+has",
        r"lying\s+around",
        r"cupboards?",
        r"(?:still\s+)?in\s+date",
        r"borrow\w*",
        r"shar(?:e|es|ing)\s+(?:her|his|my|their|with|round)",
        r"pass\s+it\s+on",
        r"offers?\s+you\s+their",
        r"help\s+you\s+out\s+with\s+a\s+few",
        r"can\s+leave\s+a\s+few",
        r"my\s+\w+\s+has\s+some",
    ),
    "crushing": words(
        r"dissolv\w+",
        r"pulveri[sz]e",
        r"into\s+(?:a\s+)?powder",
        r"small\s+powder",
        r"break\s+(?:the\s+)?\w+(?:\s+\w+)?\s+open",
        r"(?:under|with)\s+the\s+tongue",
        r"with\s+tongue",
    ),
    "remedy": words(
        r"grounding",
        r"cleanse",
        r"cayenne",
        r"magnesium",
        r"vitamin\s+d",
        r"st\s+john'?s",
        r"saffron",
        r"sugar\s+pills",
        r"natural\s+is\s+best",
        r"nature'?s",
        r"(?:is|are)\s+poison",
    ),
    "alcohol": re.compile(
        rf"\b(?:\w+\s*\+\s*(?:booze|alcohol|beer|wine)|(?:and|with)\s+(?:a\s+)?(?:bottle\s+of\s+)?(?:wine|beer|booze|vodka)|couple\s+of\s+(?:cans|glasses|pints|beers)|glass\s+of\s+something|{DRINK}\s+(?:actually\s+)?takes\s+the\s+edge)\b"
    ),
    "pregnancy": re.compile(
        rf"\b(?:{PREGNANT}|pregant|conceiv\w*|planning\s+a\s+baby|pregnant\s+time)\b.{{0,120}}\b(?:kept\s+going|carry\s+on|carried\s+on|keep\s+(?:taking|your|going|quiet)|(?:do\s+not|not)\s+(?:say|tell|make\s+a\s+fuss|bother|need\s+tell)|safe|fine|did\s+not\s+hurt|as\s+normal|will\s+not\s+notice)\b"
        rf"|\b(?:born\s+healthy|little\s+one\s+is\s+perfect|never\s+told)\b.{{0,120}}\b(?:carry\s+on|you\s+will\s+be\s+fine|so)\b"
    ),
    "driving": re.compile(
        r"\b(?:drove|driven|drive|driving|van|the\s+car|school\s+run|delivery\s+round|football)\b.{0,90}\b(?:fine|zero\s+issues|no\s+prob\w*|overblown|do\s+not\s+let\s+it\s+stop|so\s+can\s+you|never\s+had\s+an\s+issue|is\s+wrong|do\s+not\s+cancel|get\s+in\s+the\s+car|not\s+affect)\b"
    ),
}
# The comment passes it on to others, or waves a warning away.
ADVISING = words(
    "you",
    "your",
    "yours",
    "everyone",
    "anyone",
    "people",
    "try",
    "recommend",
    r"highly\s+recommend",
    "tip",
    "advice",
    r"trust\s+me",
    "honestly",
    "should",
    r"do\s+the\s+same",
    "ignore",
    r"why\s+not",
    r"i\s+would",
    r"go\s+for\s+it",
    r"works?\s+a\s+treat",
    r"game\s+changer",
    "ladies",
    "guys",
    "folks",
    # Or says the risk is nothing: "is totally fine", "no harm", "the warnings are overblown".
    r"(?:is|are|it\s+is|its)\s+(?:totally\s+|perfectly\s+|absolutely\s+|completely\s+|really\s+)?(?:fine|safe|ok|okay|harmless|grand)",
    r"no\s+(?:harm|biggie|prob\w*|issues?)",
    r"(?:never|not\s+once)\s+had\s+an?\s+(?:issue|problem)",
    r"zero\s+issues",
    r"nothing\s+bad",
    r"overblown",
    r"(?:do\s+not|dont)\s+(?:listen|worry|bother|make\s+a\s+fuss|cancel|let\s+it)",
    r"worth\s+(?:a\s+try|asking|trying)",
    r"the\s+way\s+to\s+go",
    r"sorted",
    r"easy",
    r"bliss",
    r"lol",
    r"try\s+(?:it|this)",
    r"ask\s+(?:ur|your|no\s+one|them)",
    r"(?:best|better)\s+(?:thing|way|sleep|relief|alternative)",
    r"works?\s+(?:way\s+)?(?:great|better|faster|fine|like)",
    r"(?:much|way)\s+(?:better|stronger|faster|more\s+effective)",
    r"never\s+looked\s+back",
    r"feel(?:ing)?\s+(?:great|amazing|fine)",
    r"the\s+body\s+adjusts",
    r"nobody\s+is\s+going\s+to\s+come\s+to\s+harm",
    r"(?:can|could)\s+do\s+it\s+too",
    r"(?:the\s+)?(?:warning|limit|leaflet)\s+is\s+(?:just|silly)",
    r"do\s+(?:that|this)\b",
    r"trick",
    r"what\s+(?:worked|works)\s+for\s+me",
    r"what\s+i\s+do",
    r"keeps?\s+(?:me|levels|the\s+spasms|you)",
    r"works\s+every\s+time",
    r"(?:leaflet|guide|pharmacist|doctor)\s+is\s+(?:wrong|overcautious|just|covering)",
    r"(?:no\s+point|waste\s+not)",
    r"back\s+on\s+track",
    r"be\s+kind",
    r"(?:that\s+is|that\s+s|thats)\s+(?:what|how)",
    r"happy\s+to",
    r"anyone",
    r"no\s+need\s+(?:for|to\s+(?:see|ask|bother))",
    r"same\s+thing\s+basically",
    r"just\s+do\s+it",
    r"give\s+it\s+a\s+(?:try|go)",
    r"neither\s+should\s+you",
    r"you\s*(?:would|will|d|ll)?\s+be\s+(?:alright|fine|grand)",
    r"i\s+reckon",
    r"genuinely",
    r"stop\s+(?:being\s+paranoid|reading)",
    r"go\s+ahead",
    r"yes\s+you\s+can",
    r"you\s+can\s+(?:absolutely|too|do)",
    r"i\s+always",
    r"enjoy",
    r"who\s+listens",
    r"sorted",
    r"honestly",
)
IMPERATIVE = re.compile(
    r"^(?:\W*(?:tip|honestly|seriously|my\s+advice|pro\s+tip|top\s+tip|trust\s+me|ok|so)\W*)?(?:just\s+|simply\s+|always\s+)?(?:chew|crush|mix|wash|take|stop|drop|ditch|bin|"
    r"give|share|ask|replace|swap|switch|quit|double|push|go|grind|snort|powder|rub|have|forget|ignore|skip|wean|dissolve|inject|drink|"
    r"drive|borrow|use|up|raise|increase|cut|throw|keep)\b"
)
# The guide's own advice repeated, or the risk warned against.
QUOTING = words(
    r"(?:the\s+)?(?:guide|article|post|leaflet|pharmacist|doctor|gp|consultant|nurse|midwife)\s+(?:says|said|is\s+right|mentioned|warns|warned|told)",
    r"as\s+(?:it\s+says|the\s+\w+\s+says)",
    r"like\s+the\s+(?:guide|article)\s+says",
    r"echoing",
    r"good\s+reminder",
    r"must\s+be\s+swallowed\s+whole",
    r"speak\s+to\s+your\s+(?:doctor|gp|pharmacist)",
    r"out\s+of\s+reach",
    r"(?:should|must)\s+not\s+share",
    r"i\s+said\s+no",
    rf"{NOT}\s+(?:\w+\s+)?(?:double|share|crush|chew|drink|drive|stop\s+suddenly|stop\s+it\s+suddenly)",
    r"never\s+(?:to\s+)?stop",
    r"(?:article|leaflet|guide|page|label|box)\s+(?:literally\s+|clearly\s+)?says",
    r"straight\s+from\s+the\s+(?:leaflet|guide|article)",
    r"tell\s+your\s+(?:prescriber|doctor|gp|pharmacist)",
    r"with\s+(?:your|their|his|her)\s+(?:doctor|prescriber|gp|consultant|neurologist)",
    r"(?:my|the|his|her)\s+(?:consultant|doctor|neurologist|prescriber|gp|specialist)\s+(?:moved|put|wants|switched|increased|adjusted|changed|said)",
    r"(?:do\s+not|never)\s+do\s+what\s+i\s+did",
    r"never\s+again",
    r"(?:do\s+not|dont)\s+do\s+it",
    r":\s*no\b",
    r"please\s+(?:ask|follow|talk|check)",
    r"random\s+people",
    r"(?:do\s+not|never)\s+just\s+stop",
    r"please,?\s+(?:please,?\s+)?be\s+careful",
    r"echo\s+the\s+(?:guide|article|post)",
    r"agree\s+with\s+the\s+(?:guide|article|post|pharmacist)",
    rf"{NOT}\s+(?:\w+\s+)?(?:ditch|swap|switch|replace|catch\s+up|try\s+to\s+catch\s+up)",
    r"without\s+(?:talking|speaking)\s+to\s+your",
    r"go\s+easy\s+on",
    r"drummed\s+it\s+into",
    r"the\s+advice\s+is\s+to",
    r"please\s+(?:wait|only\s+take)",
    r"only\s+take\s+what",
    r"i\s+did\s+and",
    r"it\s+(?:is\s+not|isnt)\b",
    r"(?:i\s+know\s+)?people\s+(?:here\s+)?(?:say|saying)",
    r"i\s+have\s+seen\s+people",
    r"talk\s+to\s+your\s+(?:doctor|gp|prescriber|pharmacist)",
    r"reminder\s+from",
    r"(?:pharmacy|pharmacist|doctor|gp)\s+said\s+(?:yes|no|it)",
    rf"{NOT}\s+(?:\w+\s+)?(?:take\s+(?:two|both|2)|take\s+extra|take\s+more|mix|go\s+cold\s+turkey|quit)",
    r"with\s+my\s+(?:gp|doctor|consultant|pharmacist)",
    r"(?:my|your)\s+(?:gp|doctor|consultant|pharmacist)\s+(?:agreed|helped|supervised|plan)",
)
DOSE = re.compile(r"\b(\d+(?:\.\d+)?)\s*mg\b")
TIMES = {"twice": 2, "two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
COUNTED = [
    re.compile(r"\b(\d+)\s*x\s*(\d+)\s*(?:mg)?\b"),  # "3 x 40mg"
    re.compile(
        r"\b(?:\d+\s+or\s+)?(\d+)\s+of\s+(?:the|my|your)\s+(\d+)\s*(?:mg|s)\b"
    ),  # "4 or 5 of the 25s"
]
PER_DAY = re.compile(
    r"\b(\d+)\s*mg\s+(twice|two|three|four|five|[2-5])\s*(?:times|x)?\s*(?:a|per)?\s*(?:day|daily)"
)
PARTS_OF_DAY = words("morning", "lunch", "lunchtime", "night", "evening", "bedtime", "afternoon")


def daily_amounts(sentence):
    """Every amount in mg a sentence names, with the day's total where it splits one."""
    amounts = [float(n) for n in DOSE.findall(sentence)]
    found = [float(a) * float(b) for rule in COUNTED for a, b in rule.findall(sentence)]
    found += [float(n) * TIMES[t] for n, t in PER_DAY.findall(sentence)]
    if len(amounts) >= 2 and PARTS_OF_DAY.search(sentence):
        found.append(sum(amounts))  # "50mg morning, 50mg lunch, 50mg night"
    return found + amounts


def above(sentence, maximum):
    return maximum is not None and any(amount > maximum for amount in daily_amounts(sentence))


def acts(sentence, maximum):
    """The kinds of risky act a sentence names (the keys of ACTS)."""
    found = {kind for kind, rule in ACTS.items() if rule.search(sentence)}
    found |= {kind for kind, rule in MORE_ACTS.items() if rule.search(sentence)}
    if DOUBLE_MISSED.search(sentence):
        found.add("double")
    found |= {kind for kind, rule in WAVED_AWAY.items() if rule.search(sentence)}
    return found | {"dose"} if above(sentence, maximum) else found


def advice(text, maximum=100):
    """The kinds of risky act `text` (normalised) tells others to do against what a guide says,
    empty when it does not; `maximum` is the usual most a day in mg (the guide's own figure
    when the comment is about one)."""
    if QUOTING.search(text):
        return set()
    telling = ADVISING.search(text) or any(
        IMPERATIVE.search(clause.strip())
        for clause in re.split(r"[.!?;,]|\band\b|\bbut\b|\bso\b", text)
    )
    return named(text, maximum) if telling else set()


def named(text, maximum=100):
    """The kinds of risky act `text` (normalised) names in its statements, whoever it is told
    to: what the model's advice rests on when the rules did not read it as telling others."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?;])\s+|\s+-\s+", text) if s.strip()]
    statements = [s for s in sentences if not s.endswith("?") or s.startswith("why not")]
    # A sentence alone, or with the next: "the pregnancy warnings are overcautious. carry on."
    pairs = [" ".join(statements[i : i + 2]) for i in range(len(statements))]
    return set().union(*(acts(part, maximum) for part in statements + pairs))
