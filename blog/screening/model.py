"""A second reader for what the word rules miss: one logistic regression per label over the
words, word pairs and letter runs of the normalised text (text.py). It is trained on the
development part of the corpus by `manage.py train_screening` (training.py) and stored as plain
weights in model.json, so the site needs no machine-learning library to read a comment.
"""

import json
import math
import re
from collections import Counter
from functools import cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("model.json")
# The hold reason each label's model gives; spam the rules did not name has its own.
REASONS = {"crisis": "crisis", "advice": "advice", "spam": "spam_like"}
WORD = re.compile(r"\w+")
LETTER_RUNS = range(3, 6)


def grams(text):
    """The features of a normalised text: words and word pairs ("w:"), and runs of three to five
    letters inside each word, its edges marked by spaces ("c:"), as in "c: od"."""
    tokens = WORD.findall(text)
    found = [f"w:{token}" for token in tokens]
    found += [f"w:{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]
    for token in text.split():
        padded = f" {token} "
        for size in LETTER_RUNS:
            found += [f"c:{padded[i : i + size]}" for i in range(max(1, len(padded) - size + 1))]
    return found


@cache
def weights():
    with open(WEIGHTS, encoding="utf-8") as stored:
        return json.load(stored)


def probabilities(text, model=None):
    """{label: probability} for a normalised text: tf-idf weighted features (1 + log count),
    scaled to unit length, through each label's linear model."""
    model = model or weights()
    features = model["features"]
    counts = Counter(gram for gram in grams(text) if gram in features)
    values = {gram: (1 + math.log(count)) * features[gram][0] for gram, count in counts.items()}
    length = math.sqrt(sum(value * value for value in values.values())) or 1.0
    found = {}
    for index, label in enumerate(model["labels"], start=1):
        score = model["intercepts"][label]
        score += sum(value / length * features[gram][index] for gram, value in values.items())
        found[label] = 1 / (1 + math.exp(-score))
    return found


def flagged(text, model=None):
    """The labels whose probability reaches the threshold chosen at training."""
    model = model or weights()
    return {
        label
        for label, probability in probabilities(text, model).items()
        if probability >= model["thresholds"][label]
    }
