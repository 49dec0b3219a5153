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
    if not telling:
        return set()
    sentences = [s.strip() for s in re.split(r"(?<=[.!?;])\s+|\s+-\s+", text) if s.strip()]
    statements = [s for s in sentences if not s.endswith("?") or s.startswith("why not")]
    # A sentence alone, or with the next: "the pregnancy warnings are overcautious. carry on."
    pairs = [" ".join(statements[i : i + 2]) for i in range(len(statements))]
    return set().union(*(acts(part, maximum) for part in statements + pairs))
