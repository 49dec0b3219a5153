"""The structured parts of a drug guide. Each fact is a field so that the page, the key-facts box,
the JSON-LD and the API all read the same value."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from portal.blocks import ChoiceBlock

ROUTES = [
    ("oral", "By mouth"),
    ("intrathecal", "Into the spinal fluid (intrathecal)"),
    ("injection", "Injection"),
    ("topical", "On the skin"),
    ("inhaled", "Inhaled"),
    ("rectal", "Rectal"),
    ("other", "Other"),
]
UNITS = [("mg", "mg"), ("microgram", "micrograms"), ("g", "g"), ("ml", "ml")]
TIERS = [
    ("common", "Common: often eases after a few days"),
    ("serious", "Serious: contact a doctor now"),
    ("emergency", "Emergency: call the emergency number"),
]
CAUTION_GROUPS = [
    ("kidney", "Kidney problems"),
    ("liver", "Liver problems"),
    ("pregnancy", "Pregnancy"),
    ("breastfeeding", "Breastfeeding"),
    ("mental_health", "Mental health history"),
    ("older_people", "Older people"),
    ("children", "Children"),
    ("other", "Other"),
]
TIMES_A_DAY = {1: "once a day", 2: "twice a day", 3: "three times a day", 4: "four times a day"}


def amount(value):
    """5.00 -> "5", 2.50 -> "2.5": doses read as people write them."""
    return f"{Decimal(value).normalize():f}"


def times_a_day(count):
    return TIMES_A_DAY.get(count, f"{count} times a day")


class KeyFactBlock(blocks.CharBlock):
    class Meta:
        icon = "info-circle"
        label = "Key fact"
        max_length = 140
        help_text = "One short line, e.g. “Never stop taking it suddenly.”"
        preview_value = "Never stop taking it suddenly."


class FormValue(blocks.StructValue):
    @property
    def route_label(self):
        return dict(ROUTES).get(self.get("route"), "")


class FormBlock(blocks.StructBlock):
    form = blocks.CharBlock(max_length=80, help_text="e.g. Tablets, Oral liquid, Pump")
    route = ChoiceBlock(choices=ROUTES)
    strengths = blocks.CharBlock(required=False, max_length=120, help_text="e.g. 10 mg")
    for_whom = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text="Who this form is for, when not everyone: e.g. “Severe spasticity only”.",
    )

    class Meta:
        icon = "pick"
        label = "Form and route"
        value_class = FormValue
        template = "guides/blocks/form.html"
        preview_value = {"form": "Tablets", "route": "oral", "strengths": "10 mg"}


class DoseRegimenValue(blocks.StructValue):
    @cached_property
    def unit_label(self):
        return dict(UNITS).get(self.get("unit"), "")

    def _dose(self, value):
        return f"{amount(value)} {self.unit_label}"

    @cached_property
    def starting_dose(self):
        if self.get("start_amount") is None:
            return ""
        text = self._dose(self["start_amount"])
        if self.get("start_times_per_day"):
            text += f" {times_a_day(self['start_times_per_day'])}"
        return text

    @cached_property
    def daily_range(self):
        low, high = self.get("daily_min"), self.get("daily_max")
        if low is None and high is None:
            return ""
        if low is not None and high is not None:
            text = f"{amount(low)} to {amount(high)} {self.unit_label} a day"
        else:
            text = f"{self._dose(low if low is not None else high)} a day"
        if self.get("divided_doses"):
            text += ", split into smaller doses through the day"
        return text

    @cached_property
    def maximum(self):
        if self.get("daily_maximum") is None:
            return ""
        return f"{self._dose(self['daily_maximum'])} a day"

    @cached_property
    def sentence(self):
        parts = []
        if self.starting_dose:
            parts.append(f"The usual starting dose is {self.starting_dose}.")
        if self.get("increase"):
            parts.append(self["increase"].strip().rstrip(".") + ".")
        if self.daily_range:
            parts.append(f"Most people take {self.daily_range}.")
        if self.maximum:
            parts.append(f"The most anyone should take is {self.maximum}.")
        return " ".join(parts)


class DoseRegimenBlock(blocks.StructBlock):
    population = blocks.CharBlock(
        max_length=120, help_text="Who and how, e.g. “Adults, by mouth” or “Severe spasticity”."
    )
    route = ChoiceBlock(choices=ROUTES)
    unit = ChoiceBlock(choices=UNITS, required=False, help_text="Unit of every amount below.")
    start_amount = blocks.DecimalBlock(required=False, min_value=0, label="Starting dose")
    start_times_per_day = blocks.IntegerBlock(
        required=False, min_value=1, max_value=24, label="Starting doses a day"
    )
    increase = blocks.TextBlock(
        required=False, help_text="How the dose is raised, e.g. “Raised slowly, every few days.”"
    )
    daily_min = blocks.DecimalBlock(required=False, min_value=0, label="Typical daily dose: from")
    daily_max = blocks.DecimalBlock(required=False, min_value=0, label="Typical daily dose: to")
    divided_doses = blocks.BooleanBlock(
        required=False, default=True, label="Daily dose split into divided doses"
    )
    daily_maximum = blocks.DecimalBlock(required=False, min_value=0, label="Maximum a day")
    note = blocks.TextBlock(
        required=False, help_text="Anything else a reader must know: who gives it, where, why."
    )

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        amounts = ("start_amount", "daily_min", "daily_max", "daily_maximum")
        if any(value.get(name) is not None for name in amounts) and not value.get("unit"):
            errors["unit"] = ValidationError("Choose the unit the doses are given in.")
        low, high, ceiling = (
            value.get("daily_min"),
            value.get("daily_max"),
            value.get("daily_maximum"),
        )
        if low is not None and high is not None and low > high:
            errors["daily_min"] = ValidationError(
                "The lowest typical daily dose is more than the highest."
            )
        if ceiling is not None and high is not None and high > ceiling:
            errors["daily_maximum"] = ValidationError(
                "The maximum is lower than the top of the typical daily range."
            )
        start, times = value.get("start_amount"), value.get("start_times_per_day")
        if start is not None and times and ceiling is not None and start * times > ceiling:
            errors["start_amount"] = ValidationError(
                "The starting dose over a day is more than the daily maximum."
            )
        if times and start is None:
            errors["start_amount"] = ValidationError(
                "Give the starting dose for these doses a day."
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "time"
        label = "Dose"
        value_class = DoseRegimenValue
        template = "guides/blocks/dose_regimen.html"
        preview_value = {
            "population": "Adults, by mouth",
            "route": "oral",
            "unit": "mg",
            "start_amount": Decimal(5),
            "start_times_per_day": 3,
            "daily_min": Decimal(15),
            "daily_max": Decimal(80),
            "divided_doses": True,
        }


class SideEffectBlock(blocks.StructBlock):
    effect = blocks.CharBlock(max_length=120, help_text="In plain words, e.g. “feeling sleepy”.")
    tier = ChoiceBlock(choices=TIERS, default="common")
    note = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "warning"
        label = "Side effect"
        template = "guides/blocks/side_effect.html"
        preview_value = {"effect": "Feeling sleepy", "tier": "common"}


class CautionValue(blocks.StructValue):
    @property
    def group_label(self):
        return dict(CAUTION_GROUPS).get(self.get("group"), "")


class CautionBlock(blocks.StructBlock):
    group = ChoiceBlock(choices=CAUTION_GROUPS)
    advice = blocks.TextBlock(help_text="What this group must know or do.")

    class Meta:
        icon = "user"
        label = "Caution"
        value_class = CautionValue
        template = "guides/blocks/caution.html"
        preview_value = {"group": "kidney", "advice": "You may need a smaller dose."}


class OffLabelUseBlock(blocks.StructBlock):
    use = blocks.CharBlock(max_length=120)
    evidence = blocks.TextBlock(help_text="How strong the evidence is, in plain words.")

    class Meta:
        icon = "doc-empty"
        label = "Off-label use"
        template = "guides/blocks/off_label_use.html"
        preview_value = {"use": "Hiccups that will not stop", "evidence": "The research is mixed."}


class ReferenceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=255)
    publisher = blocks.CharBlock(max_length=120)
    url = blocks.URLBlock(required=False, label="URL")
    identifier = blocks.CharBlock(
        required=False, max_length=120, help_text="DOI, PMID or edition, when there is no URL."
    )
    accessed = blocks.DateBlock(label="Date accessed")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("url") and not value.get("identifier"):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError("Give a URL or an identifier.")}
            )
        return value

    class Meta:
        icon = "link"
        label = "Reference"
        template = "guides/blocks/reference.html"
