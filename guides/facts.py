"""What a guide tells readers that a comment can contradict, read from its structured fields:
the most a day by mouth, never doubling a missed dose, never stopping suddenly, and alcohol.
Public to the blog, whose screening compares comments with the guides a post discusses."""

import re
from dataclasses import dataclass

NO_DOUBLE = re.compile(r"\b(?:never|do\s+not|don't)\s+take\s+(?:two|a\s+double|double)", re.I)


@dataclass(frozen=True)
class Fact:
    kind: str  # the kind of advice that goes against it: dose, double, stop, alcohol
    says: str
    section: str  # the guide section's anchor (DrugGuidePage.SECTIONS)


@dataclass(frozen=True)
class GuideFacts:
    name: str
    url: str
    daily_maximum: float | None  # mg a day by mouth
    facts: tuple

    def fact(self, kind):
        return next((fact for fact in self.facts if fact.kind == kind), None)


def daily_maximum(doses):
    """The most a day by mouth, in mg, of the dose regimens given (the dosing blocks' values)."""
    amounts = [
        float(dose["daily_maximum"])
        for dose in doses
        if dose.get("route") == "oral"
        and dose.get("unit") == "mg"
        and dose.get("daily_maximum") is not None
    ]
    return max(amounts) if amounts else None


def facts_of(guide, request=None):
    return facts_from(
        name=guide.generic_name,
        url=guide.get_url(request) or "",
        doses=[block.value for block in guide.dosing],
        missed_dose=guide.tip_missed_dose,
        stop_suddenly_warning=guide.stop_suddenly_warning,
        interaction_kinds={row.kind for row in guide.interactions.all()},
    )


def facts_from(name, url, doses, missed_dose, stop_suddenly_warning, interaction_kinds):
    """The facts of a guide from the values of its fields."""
    maximum = daily_maximum(doses)
    facts = []
    if maximum is not None:
        facts.append(Fact("dose", f"at most {maximum:g} mg of {name} a day by mouth", "dosing"))
    if NO_DOUBLE.search(missed_dose):
        facts.append(
            Fact("double", "never take two doses together to make up a missed one", "tips")
        )
    if stop_suddenly_warning:
        facts.append(Fact("stop", f"never stop {name} suddenly", "stopping"))
    if "alcohol" in interaction_kinds:
        facts.append(
            Fact("alcohol", f"alcohol adds to the drowsiness {name} causes", "interactions")
        )
    return GuideFacts(name, url, maximum, tuple(facts))
