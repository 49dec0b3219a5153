import socket

import pytest

from guides import readability
from tests.guides.conftest import make_guide

SIMPLE = "Take one tablet. Drink water. Call us if you feel ill."
HARD = (
    "Pharmacokinetic considerations necessitate individualised titration, particularly "
    "regarding concomitant administration of centrally acting neuromodulatory therapeutics, "
    "notwithstanding interindividual variability in renal elimination characteristics."
)


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access attempted during a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_scores_offline_and_rank_simple_text_easier(no_network):
    simple_grade, simple_ease = readability.score(SIMPLE)
    hard_grade, hard_ease = readability.score(HARD)
    assert simple_grade < 4 < 12 < hard_grade
    assert simple_ease > 80 > 0 > hard_ease


def test_nothing_to_score():
    assert readability.score("   ") == (None, None)


def test_every_revision_keeps_its_own_figures(guide_index):
    guide = make_guide(guide_index, "Simplol", uses=SIMPLE)
    first = guide.save_revision()
    guide.uses = HARD
    second = guide.save_revision()
    assert first.content["readability_grade"] < second.content["readability_grade"]
    assert guide.readability_grade == second.content["readability_grade"]


def test_reader_text_covers_the_structured_fields(guide_index):
    guide = make_guide(
        guide_index,
        "Textol",
        stopping="Lower the dose slowly",
        tip_driving="Do not drive at first",
    )
    text = readability.text_of(guide)
    for fragment in ("Lower the dose slowly.", "Do not drive at first.", "Feeling sleepy."):
        assert fragment in text
    assert "The usual starting dose is 5 mg three times a day." in text


def test_editors_see_the_figures_and_a_flag_above_grade_8(admin_client, guide_index):
    easy = make_guide(guide_index, "Easol", summary=SIMPLE, uses=SIMPLE, when_to_get_help=SIMPLE)
    hard = make_guide(guide_index, "Hardol", summary=HARD, uses=HARD, when_to_get_help=HARD)
    easy_html = admin_client.get(f"/admin/pages/{easy.pk}/edit/").text
    hard_html = admin_client.get(f"/admin/pages/{hard.pk}/edit/").text
    assert f"Flesch–Kincaid grade: {easy.readability_grade}" in easy_html
    assert "At or below grade 8" in easy_html
    assert f"Flesch–Kincaid grade: {hard.readability_grade}" in hard_html
    assert "This guide reads above grade 8." in hard_html
