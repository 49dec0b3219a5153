"""Training the screening's model (model.py) on the development part of the corpus, with
scikit-learn (requirements-dev.txt): the site reads the weights it writes, not the library.

Each label's threshold is chosen on comments the model did not learn from: the corpus is
written by several authors, and the model trained on all but one author's comments scores that
author's comments. The threshold is the lowest at which the model adds at most `budget` of the
legitimate comments to those the word rules already flag, so it cannot buy recall with noise.
"""

import math

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import LeaveOneGroupOut

from blog.screening.corpus import CAUGHT_BY, authored
from blog.screening.corpus import LABELS as CORPUS_LABELS
from blog.screening.model import REASONS, grams
from blog.screening.text import normalise

LABELS = ("crisis", "advice", "spam")
STRENGTH = 10.0  # inverse regularisation: the comments are short, their rare words matter
# Per label: crisis may cost a moderator a needless look more often than spam may. The largest
# budgets that keep rules and model together within 5% of legitimate comments flagged on the
# authors the model did not see (the limit), checked with every retraining.
LEGITIMATE_BUDGET = {"crisis": 0.01, "advice": 0.006, "spam": 0.003}


def fit(texts, labels):
    vectoriser = TfidfVectorizer(analyzer=grams, sublinear_tf=True, min_df=2)
    features = vectoriser.fit_transform(texts)
    models = {}
    for label in LABELS:
        wanted = np.array([given == label for given in labels])
        models[label] = LogisticRegression(C=STRENGTH, class_weight="balanced", max_iter=5000).fit(
            features, wanted
        )
    return vectoriser, models


def unseen_probabilities(texts, labels, authors):
    """Each comment's probability per label from a model trained without its author."""
    found = {label: np.zeros(len(texts)) for label in LABELS}
    for learn, score in LeaveOneGroupOut().split(texts, groups=authors):
        vectoriser, models = fit([texts[i] for i in learn], [labels[i] for i in learn])
        features = vectoriser.transform([texts[i] for i in score])
        for label, model in models.items():
            found[label][score] = model.predict_proba(features)[:, 1]
    return found


def thresholds(probabilities, labels, flagged_by_rules, budget=LEGITIMATE_BUDGET):
    """Per label, the lowest probability that flags at most `budget[label]` of the legitimate
    comments the rules left alone (a threshold never below one half)."""
    clean = [
        i for i, label in enumerate(labels) if label == "legitimate" and not flagged_by_rules[i]
    ]
    legitimate = sum(label == "legitimate" for label in labels)
    chosen = {}
    for label in LABELS:
        allowed = math.floor(budget[label] * legitimate)
        scores = sorted((probabilities[label][i] for i in clean), reverse=True)
        above = scores[allowed] if allowed < len(scores) else 0.0
        chosen[label] = max(0.5, float(np.nextafter(above, 1.0)))
    return chosen


def export(vectoriser, models, chosen):
    """The weights as model.py reads them: per feature its idf and each label's coefficient."""
    idf = vectoriser.idf_
    coefficients = [models[label].coef_[0] for label in LABELS]
    features = {
        gram: [round(float(idf[index]), 6)] + [round(float(c[index]), 6) for c in coefficients]
        for gram, index in sorted(vectoriser.vocabulary_.items())
    }
    return {
        "labels": list(LABELS),
        "thresholds": {label: round(value, 6) for label, value in chosen.items()},
        "intercepts": {label: round(float(models[label].intercept_[0]), 6) for label in LABELS},
        "features": features,
    }


def train(reasons_by_rules, budget=LEGITIMATE_BUDGET):
    """(model, figures): the model to store, trained on every development comment, with
    thresholds from the leave-one-author-out probabilities, and what rules and model together
    catch of each author's comments when the model never saw that author (unseen_figures)."""
    rows = authored("development")
    texts = [normalise(row["text"]) for _, row in rows]
    labels = [row["label"] for _, row in rows]
    authors = [author for author, _ in rows]
    probabilities = unseen_probabilities(texts, labels, authors)
    rules = [set(reasons_by_rules(row["text"])) for _, row in rows]
    chosen = thresholds(probabilities, labels, [bool(found) for found in rules], budget)
    vectoriser, models = fit(texts, labels)
    found = [
        found | {REASONS[label] for label in LABELS if probabilities[label][i] >= chosen[label]}
        for i, found in enumerate(rules)
    ]
    return export(vectoriser, models, chosen), unseen_figures(labels, found)


def unseen_figures(labels, found):
    """{label: (caught, comments)}; for "legitimate", (flagged for anything, comments)."""
    figures = {}
    for label in CORPUS_LABELS:
        own = [found[i] for i, given in enumerate(labels) if given == label]
        reasons = CAUGHT_BY.get(label)
        hit = sum(bool(reasons & got) if reasons else bool(got) for got in own)
        figures[label] = (hit, len(own))
    return figures
