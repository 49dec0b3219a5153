from decimal import Decimal

from wagtail.blocks.struct_block import StructBlockValidationError

import pytest

from guides.blocks import DoseRegimenBlock, amount, times_a_day

BLOCK = DoseRegimenBlock()
BASE = {
    "population": "Adults, by mouth",
    "route": "oral",
    "unit": "mg",
    "start_amount": None,
    "start_times_per_day": None,
    "increase": "",
    "daily_min": None,
    "daily_max": None,
    "divided_doses": True,
    "daily_maximum": None,
    "note": "",
}


def clean(**values):
    return BLOCK.clean(BLOCK.to_python(BASE | values))


def errors(**values):
    with pytest.raises(StructBlockValidationError) as caught:
        clean(**values)
    return {name: error.messages[0] for name, error in caught.value.block_errors.items()}


def test_range_with_minimum_above_maximum_is_refused():
    assert errors(daily_min="80", daily_max="15") == {
        "daily_min": "The lowest typical daily dose is more than the highest."
    }


def test_amounts_without_a_unit_are_refused():
    assert errors(unit="", start_amount="5", start_times_per_day=3) == {
        "unit": "Choose the unit the doses are given in."
    }


def test_maximum_below_the_usual_range_is_refused():
    assert "daily_maximum" in errors(daily_min="15", daily_max="80", daily_maximum="60")


def test_starting_dose_above_the_maximum_is_refused():
    assert "start_amount" in errors(start_amount="50", start_times_per_day=3, daily_maximum="100")


def test_doses_a_day_without_an_amount_is_refused():
    assert "start_amount" in errors(start_times_per_day=3)


def test_a_route_with_no_amounts_needs_no_unit():
    value = clean(unit="", population="Intrathecal pump", note="Specialist care.")
    assert value.sentence == ""


def test_a_consistent_schedule_reads_as_a_sentence():
    value = clean(
        start_amount="5",
        start_times_per_day=3,
        increase="Raised every few days",
        daily_min="15",
        daily_max="80",
        daily_maximum="100",
    )
    assert value.sentence == (
        "The usual starting dose is 5 mg three times a day. Raised every few days. "
        "Most people take 15 to 80 mg a day, split into smaller doses through the day. "
        "The most anyone should take is 100 mg a day."
    )


@pytest.mark.parametrize(
    "raw, text", [(Decimal("5.00"), "5"), (Decimal("2.50"), "2.5"), (Decimal("0.125"), "0.125")]
)
def test_amounts_read_naturally(raw, text):
    assert amount(raw) == text


def test_times_a_day_in_words():
    assert [times_a_day(n) for n in (1, 2, 3, 6)] == [
        "once a day",
        "twice a day",
        "three times a day",
        "6 times a day",
    ]
