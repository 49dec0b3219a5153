import pytest

from blog.screening import hold_reasons, screen

NAMES = {"baclofen", "lioresal", "cialis"}


@pytest.mark.parametrize(
    "text, reason",
    [
        ("See https://pills.example/cheap for more", "links"),
        ("visit www.example.com today", "links"),
        ("bestmeds.shop has it", "links"),
        ("Buy baclofen online!", "selling"),
        ("Cheap Lioresal, no prescription needed", "selling"),
        ("baclofen overnight delivery", "selling"),
        ("order cialis now", "selling"),
        ("Call me on 07700 900123", "personal_details"),
        ("email me at jo@example.org", "personal_details"),
        ("my date of birth is in March", "personal_details"),
        ("born on 12/03/1980", "personal_details"),
        ("You should stop taking it straight away", "advice"),
        ("Just double your dose, it works", "advice"),
        ("Don't bother tapering, stop it today", "advice"),
        ("Just crush the tablets and snort them", "advice"),
        ("A glass of wine with it helps, you'll be fine", "advice"),
        ("I have saved up my tablets for tonight", "crisis"),
        ("my toddler got into my pills and is very sleepy", "crisis"),
        ("i want to kms", "crisis"),
        ("I took an overdose once", "crisis"),
        ("I have thought about suicide", "crisis"),
        ("sometimes I self-harm", "crisis"),
        ("I want to die", "crisis"),
    ],
)
def test_reason_found(text, reason):
    assert reason in hold_reasons(text, NAMES)


@pytest.mark.parametrize(
    "text",
    [
        "My specialist explained it well.",  # contains "cialis" inside a word
        "I take my dog for a walk every day.",
        "It took 3 weeks to feel better.",
        "The 2024 guidance changed.",
        "I ordered a book about pain.",  # ordering, but no medicine name near
        "Buy a notebook to keep your list.",
        "Thank you, this was helpful.",
        "Dosage forms vary.",
        "The doctor said she should stop worrying.",
        # A reader's own dose is not a personal detail, and not advice to anyone.
        "I take 40 mg every morning",
        "My dose went up to 2.5mg",
        "Killing time in the waiting room with this post.",
        "What happens if someone takes too much baclofen?",
        "The guide says never to stop suddenly, so I am tapering with my GP.",
    ],
)
def test_near_misses_are_not_held_by_the_rules(text):
    # The rules alone: the model's own false alarms are measured on the corpus instead
    # (test_screening_corpus.py), where one short line may read like spam to it.
    assert screen(text, NAMES, read_by_model=False)[0] == []


def test_several_reasons_at_once():
    text = "Buy baclofen at www.example.com, call 07700 900123"
    assert hold_reasons(text, NAMES) == ["links", "selling", "personal_details"]


def test_medicine_names_come_from_live_guides(guide_index):
    from tests.guides.conftest import make_guide

    make_guide(guide_index, "Tizanidine", brands=["Zanaflex"])
    make_guide(guide_index, "Hiddenol", live=False)
    assert "selling" in hold_reasons("buy zanaflex cheap")
    # A draft's name is no medicine to sell yet (the model may still find it reads like spam).
    assert "selling" not in hold_reasons("buy hiddenol cheap")
