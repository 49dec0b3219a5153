"""How well the screening does on a part of the corpus: for each label, how many of its comments
were caught by their own reason (recall), how many of the comments a reason caught had that label
(precision), how many legitimate comments were flagged for anything, and which were missed."""

import statistics
import time
from dataclasses import dataclass, field

from blog.screening import hold_reasons
from blog.screening.corpus import CAUGHT_BY, LABELS, LEGITIMATE_FLAGGED_AT_MOST, TARGETS, load
from guides.demo import BACLOFEN_INTERACTIONS, baclofen_fields
from guides.facts import facts_from

# The corpus is written about the demo guide: its names, and its facts read from the demo's own
# field values by guides/facts.py, as from a live guide.
DEMO_NAMES = frozenset({"baclofen", "lioresal", "lyflex"})


def demo_guide():
    fields = baclofen_fields()
    return facts_from(
        name=fields["generic_name"],
        url="/medicines/baclofen/",
        doses=[value for _, value in fields["dosing"]],
        missed_dose=fields["tip_missed_dose"],
        stop_suddenly_warning=fields["stop_suddenly_warning"],
        interaction_kinds={row[0] for row in BACLOFEN_INTERACTIONS},
    )


@dataclass
class Result:
    part: str
    total: dict = field(default_factory=dict)
    caught: dict = field(default_factory=dict)
    flagged: dict = field(default_factory=dict)  # label -> comments of any label it flagged
    right: dict = field(default_factory=dict)  # label -> of those, how many had the label
    legitimate_flagged: int = 0
    misses: list = field(default_factory=list)
    seconds: list = field(default_factory=list)  # the screening's time for each comment

    def recall(self, label):
        return self.caught.get(label, 0) / self.total[label] if self.total.get(label) else 0.0

    def precision(self, label):
        flagged = self.flagged.get(label, 0)
        return self.right.get(label, 0) / flagged if flagged else 1.0

    def legitimate_rate(self):
        return self.legitimate_flagged / self.total["legitimate"]

    def shortfalls(self):
        """Each threshold of the issue this part misses, as a sentence; empty when all hold."""
        found = [
            f"{label}: {self.recall(label):.1%} caught, below {target:.0%}"
            for label, target in TARGETS.items()
            if self.recall(label) < target
        ]
        if self.legitimate_rate() > LEGITIMATE_FLAGGED_AT_MOST:
            found.append(f"legitimate: {self.legitimate_rate():.1%} flagged, above 5%")
        return found


def evaluate(part, rows=None, names=DEMO_NAMES, guides=None):
    rows = load(part) if rows is None else rows
    guides = (demo_guide(),) if guides is None else guides
    result = Result(part)
    hold_reasons("", names=names, guides=guides)  # the model's weights load once, not timed
    for row in rows:
        label = row["label"]
        # Every comment of the corpus is on a post about the demo guide.
        started = time.perf_counter()
        reasons = set(hold_reasons(row["text"], names=names, guides=guides))
        result.seconds.append(time.perf_counter() - started)
        result.total[label] = result.total.get(label, 0) + 1
        for other, codes in CAUGHT_BY.items():
            if reasons & codes:
                result.flagged[other] = result.flagged.get(other, 0) + 1
                result.right[other] = result.right.get(other, 0) + (label == other)
        if label == "legitimate":
            if reasons:
                result.legitimate_flagged += 1
                result.misses.append((row, sorted(reasons)))
        elif reasons & CAUGHT_BY[label]:
            result.caught[label] = result.caught.get(label, 0) + 1
        else:
            result.misses.append((row, sorted(reasons)))
    return result


def report(result):
    """The table the evaluation command prints for one part."""
    lines = [
        f"## {result.part}: {sum(result.total.values())} comments",
        "",
        "| label | comments | caught by its reason | recall | precision of the reason |",
        "| --- | --- | --- | --- | --- |",
    ]
    for label in LABELS:
        if label == "legitimate":
            lines.append(
                f"| legitimate | {result.total.get(label, 0)} | flagged for anything: "
                f"{result.legitimate_flagged} | {result.legitimate_rate():.1%} flagged | – |"
            )
        else:
            lines.append(
                f"| {label} | {result.total.get(label, 0)} | {result.caught.get(label, 0)} | "
                f"{result.recall(label):.1%} | {result.precision(label):.1%} |"
            )
    if result.seconds:
        lines += [
            "",
            f"Screening time per comment: median {statistics.median(result.seconds) * 1000:.1f} ms, "
            f"slowest {max(result.seconds) * 1000:.1f} ms.",
        ]
    lines += ["", "Misclassified:" if result.misses else "Misclassified: none"]
    for row, reasons in result.misses:
        got = ", ".join(reasons) or "nothing"
        lines.append(f"- [{row['label']}/{row['kind']}] flagged {got}: {row['text']}")
    return "\n".join(lines)
