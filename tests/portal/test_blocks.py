"""portal.blocks.ChoiceBlock: Wagtail's ChoiceBlock, loading stored values the same way."""

from wagtail import blocks

import pytest

from portal.blocks import ChoiceBlock

CHOICES = [
    ("h2", "Section heading"),
    (3, "A number key"),
    ("Groups", [("a", "First"), ("b", "Second")]),
]


@pytest.mark.parametrize("stored", ["h2", "3", 3, "a", "b", "", "gone", None])
def test_loads_stored_values_as_wagtails_choice_block_does(stored):
    ours, wagtails = ChoiceBlock(choices=CHOICES), blocks.ChoiceBlock(choices=CHOICES)
    loaded = ours.to_python(stored)
    assert loaded == wagtails.to_python(stored)
    assert type(loaded) is type(wagtails.to_python(stored))


def test_a_number_key_comes_back_as_a_number():
    assert ChoiceBlock(choices=CHOICES).to_python("3") == 3


def test_a_struct_loads_its_choices_through_it():
    class Heading(blocks.StructBlock):
        level = ChoiceBlock(choices=CHOICES)

    values = Heading().bulk_to_python([{"level": "3"}, {"level": "h2"}])
    assert [value["level"] for value in values] == [3, "h2"]


def test_migrations_record_it_as_wagtails_choice_block():
    path, args, kwargs = ChoiceBlock(choices=CHOICES).deconstruct()
    assert (path, args, kwargs) == ("wagtail.blocks.ChoiceBlock", [], {"choices": CHOICES})
