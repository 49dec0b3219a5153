"""The labelled comments the screening is tuned and measured on (tests/blog/data/screening): a
development part to tune on and a held-out part to measure on. The first author's 540 comments
were split once (development.jsonl, held_out.jsonl); development_2.jsonl is a second author's,
written without seeing the held-out part, and is development only."""

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "tests" / "blog" / "data" / "screening"
PARTS = ("development", "held_out")
LABELS = ("crisis", "advice", "spam", "personal", "legitimate")
# The hold reasons that count as catching each label.
CAUGHT_BY = {
    "crisis": {"crisis"},
    "advice": {"advice"},
    "spam": {"links", "selling", "promotion"},
    "personal": {"personal_details"},
}
# Thresholds on the held-out part (issue: comment triage a clinician would trust).
TARGETS = {"crisis": 1.0, "advice": 0.90, "spam": 0.95}
LEGITIMATE_FLAGGED_AT_MOST = 0.05


FILES = {
    "development": ("development.jsonl", "development_2.jsonl"),
    "held_out": ("held_out.jsonl",),
}


def load(part, folder=DATA):
    rows = []
    for name in FILES[part]:
        with open(Path(folder) / name, encoding="utf-8") as lines:
            rows += [json.loads(line) for line in lines if line.strip()]
    return rows
