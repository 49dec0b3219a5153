"""The screening's model (blog/screening/model.py): the weights the site reads are the ones
today's corpus trains, the site scores a comment as scikit-learn does, and a reader whose words
no rule knows is still held, signposted and alerted on, through the public form."""

import datetime
import json
from io import StringIO

from django.core import mail
from django.core.management import call_command

import pytest

from blog.models import Comment
from blog.screening import model as screening_model
from blog.screening import screen
from blog.screening.corpus import authored
from blog.screening.evaluation import DEMO_NAMES, demo_guide
from blog.screening.text import normalise
from blog.screening.training import LABELS, export, fit
from tests.blog.factories import make_post
from tests.blog.forms import comment_form

NAMES = {"baclofen", "lioresal"}
# In words none of the rules has: the model is what catches them.
UNLISTED_CRISIS = "nobody would care if i went quietly tonight"
UNLISTED_ADVICE = "Take a couple of extra tablets when the spasms are bad, nothing bad happens"


@pytest.fixture(scope="module")
def trained():
    rows = [row for _, row in authored("development")]
    texts = [normalise(row["text"]) for row in rows]
    vectoriser, models = fit(texts, [row["label"] for row in rows])
    return texts, vectoriser, models


def test_the_stored_weights_are_what_todays_corpus_trains(trained):
    _, vectoriser, models = trained
    stored = screening_model.weights()
    fresh = export(vectoriser, models, stored["thresholds"])
    assert fresh["labels"] == stored["labels"]
    assert fresh["features"].keys() == stored["features"].keys()
    assert fresh["intercepts"] == pytest.approx(stored["intercepts"], abs=1e-5)
    some = sorted(fresh["features"])[::97]
    assert [fresh["features"][g] for g in some] == [
        pytest.approx(stored["features"][g], abs=1e-5) for g in some
    ]


def test_the_site_scores_a_comment_as_scikit_learn_does(trained):
    texts, vectoriser, models = trained
    sample = texts[::11] + [normalise(UNLISTED_CRISIS), normalise("Dosage forms vary.")]
    features = vectoriser.transform(sample)
    expected = {label: models[label].predict_proba(features)[:, 1] for label in LABELS}
    for i, text in enumerate(sample):
        got = screening_model.probabilities(text)
        assert got == pytest.approx({label: expected[label][i] for label in LABELS}, abs=1e-4)


@pytest.mark.parametrize("text, reason", [(UNLISTED_CRISIS, "crisis"), (UNLISTED_ADVICE, "advice")])
def test_the_model_holds_what_the_rules_miss(text, reason):
    assert reason not in screen(text, NAMES, read_by_model=False)[0]
    assert reason in screen(text, NAMES)[0]


def test_spam_the_rules_named_gets_no_second_reason():
    reasons = screen("Buy baclofen cheap, no prescription, fast shipping", NAMES)[0]
    assert "selling" in reasons and "spam_like" not in reasons


@pytest.mark.django_db
def test_a_crisis_in_words_no_rule_knows_is_signposted_and_alerted(client, blog_index, moderator):
    make_post(blog_index, slug="post", title="A post", date=datetime.date.today())
    response = client.post("/blog/post/comment/", comment_form(body=UNLISTED_CRISIS))
    assert response["Location"].endswith("?comment=crisis#comment-status")
    comment = Comment.objects.get()
    assert comment.status == Comment.HELD and "crisis" in comment.reasons
    assert [m.to for m in mail.outbox] == [[moderator.email]]
    assert "116 123" in client.get(response["Location"]).text


def test_the_training_command_writes_a_model_the_site_reads(tmp_path):
    output = tmp_path / "model.json"
    out = StringIO()
    call_command("train_screening", "--output", str(output), stdout=out)
    written = json.loads(output.read_text(encoding="utf-8"))
    assert written["thresholds"] == pytest.approx(screening_model.weights()["thresholds"], abs=1e-6)
    assert "crisis" in screening_model.flagged(normalise(UNLISTED_CRISIS), written)
    text = out.getvalue()
    assert "- crisis:" in text and "flagged for anything" in text


def test_advice_only_the_model_finds_still_names_the_guide_fact_it_contradicts():
    text = "When I forget a dose I double the next one, works for me."
    guides = (demo_guide(),)
    assert screen(text, DEMO_NAMES, guides, read_by_model=False) == ([], [])
    reasons, contradicted = screen(text, DEMO_NAMES, guides)
    assert reasons == ["advice"]
    assert [fact["url"] for fact in contradicted] == ["/medicines/baclofen/#tips"]
