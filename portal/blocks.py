"""Body blocks shared by every kind of article: paragraphs, headings, quotes, images, call-outs."""

from django.core.exceptions import ValidationError
from django.utils.encoding import force_str
from django.utils.functional import cached_property

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class ChoiceBlock(blocks.ChoiceBlock):
    """Wagtail's ChoiceBlock for a fixed list of choices. Wagtail's own reads the whole list
    again, through Django's choice normalisation, for every stored value it loads: a guide page
    loads dozens, which was a twentieth of its rendering time. A fixed list is read once.
    Migrations record it as Wagtail's ChoiceBlock (ChoiceBlock.deconstruct)."""

    def to_python(self, value):
        if value is None:
            return None
        # The stored value converted to its key's type, as Wagtail's normalize_choice does.
        return self._keys.get(force_str(value), value)

    @cached_property
    def _keys(self):
        keys = {}
        for key, label in self.field.choices:
            group = label if isinstance(label, (list, tuple)) else [(key, label)]
            for value, _ in group:
                keys.setdefault(force_str(value), value)
        return keys


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = "Paragraph"
        template = "portal/blocks/paragraph.html"
        preview_value = "<p>Keep a list of every medicine you take.</p>"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = ChoiceBlock(choices=[("h2", "Section heading"), ("h3", "Sub-heading")], default="h2")

    class Meta:
        icon = "title"
        label = "Heading"
        template = "portal/blocks/heading.html"
        preview_value = {"text": "What we know so far", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = "Quote"
        template = "portal/blocks/quote.html"
        preview_value = {"quote": "Ask your pharmacist: that is what we are here for."}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text="Describe what the image shows for people who cannot see it.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("alt_text", "").strip():
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError("Every image needs alt text.")}
            )
        return value

    class Meta:
        icon = "image"
        label = "Image"
        template = "portal/blocks/image.html"


class CalloutBlock(blocks.StructBlock):
    kind = ChoiceBlock(choices=[("info", "Good to know"), ("warning", "Warning")], default="info")
    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock()

    class Meta:
        icon = "warning"
        label = "Call-out"
        template = "portal/blocks/callout.html"
        preview_value = {
            "kind": "info",
            "title": "Good to know",
            "text": "Your pharmacist can check your medicines for interactions.",
        }


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    callout = CalloutBlock()
