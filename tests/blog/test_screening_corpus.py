"""The comment screening measured on the labelled corpus (tests/blog/data/screening), as
`manage.py evaluate_screening` measures it. The issue's thresholds are not reached yet: that
test is a strict xfail, so it fails the day they are met and must be turned into a plain test;
meanwhile today's held-out figures are a floor no change may go below."""

from io import StringIO

from django.core.management import call_command

import pytest

from blog.screening.corpus import LABELS, load
from blog.screening.evaluation import evaluate


@pytest.fixture(scope="module")
def held_out():
    return evaluate("held_out")


def test_the_corpus_is_split_once_with_every_kind_in_both_parts():
    development, held = load("development"), load("held_out")
    everything = [row["text"].casefold() for row in development + held]
    assert len(set(everything)) == len(everything)
    assert len(development) + len(held) >= 400
    assert sum(row["label"] == "crisis" for row in development + held) >= 100
    seen = {row["text"].casefold() for row in development}
    assert not [row["text"] for row in held if row["text"].casefold() in seen]
    kinds = {(row["label"], row["kind"]) for row in held}
    assert {label for label, _ in kinds} == set(LABELS)
    assert kinds <= {(row["label"], row["kind"]) for row in development}


@pytest.mark.xfail(
    strict=True, reason="held-out: crisis 96%, legitimate flagged 6.7% (docs/comments.md)"
)
def test_the_issues_thresholds_hold_on_the_held_out_part(held_out):
    assert held_out.shortfalls() == []


@pytest.mark.parametrize(
    "label, floor", [("crisis", 0.96), ("advice", 0.93), ("spam", 1.0), ("personal", 0.88)]
)
def test_held_out_recall_does_not_fall_below_todays(held_out, label, floor):
    assert held_out.recall(label) >= floor


def test_no_more_legitimate_comments_are_flagged_than_today(held_out):
    # Four of 60 today, above the issue's 5% (the strict xfail above holds that target).
    assert held_out.legitimate_flagged <= 4


def test_the_evaluation_command_prints_both_parts_and_every_miss(held_out):
    out = StringIO()
    call_command("evaluate_screening", "--part", "held_out", stdout=out)
    text = out.getvalue()
    assert "| crisis | 50 |" in text and f"{held_out.recall('crisis'):.1%}" in text
    assert text.count("\n- [") == len(held_out.misses)
    assert "Thresholds missed" in text
    assert "Screening time per comment: median" in text
