from django.db import models
from django.db.models import Q
from django.forms import CheckboxSelectMultiple

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers

from guides import a_to_z, blocks, readability
from guides.models.conditions import Condition
from guides.models.parts import GuideBrandName, GuideInteraction
from guides.panels import ReadabilityPanel
from guides.structured_data import drug_guide_json_ld
from portal.models import IndexedWithRelations, ReviewStamp
from portal.serving.access import ViewRestrictionsWhenAny, hidden_ids, public
from portal.serving.query_forms import SlugFilterForm
from portal.serving.routing import OneQueryChildRoute

GUIDE_PAGE_CONTEXT_HOOK = "guides_guide_page_context"  # (guide, request) -> a dict for its page

# What a link to another page needs (its title and URL): loading only these keeps the other
# guide's or post's StreamFields, which can be large, out of this page's queries.
LINK_FIELDS = ("title", "url_path")
INTERACTION_FIELDS = (
    *(field.name for field in GuideInteraction._meta.concrete_fields),
    *(f"{relation}__{name}" for relation in ("page", "interacting_guide") for name in LINK_FIELDS),
    "interacting_guide__live",
)


class GuideIndexPage(ViewRestrictionsWhenAny, OneQueryChildRoute, Page):
    """The medicines A–Z: every live guide under its generic name and under each brand name."""

    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["guides.DrugGuidePage"]
    max_count = 1
    meta_description_from = "intro"
    # Publishing it changes the A–Z and the menu (portal/serving/cache_invalidation.py, navigation.py).
    invalidates_tags = ["guides", "nav"]
    nav_section = "medicines"

    def cache_tags(self):
        return ["guides"]

    class Meta:
        verbose_name = "medicines A–Z"
        verbose_name_plural = "medicines A–Z"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = public(DrugGuidePage.objects.child_of(self).live())
        context["conditions"] = Condition.objects.filter(live=True, guides__in=guides).distinct()
        slug = SlugFilterForm(request.GET, "condition").asked()
        if slug:
            condition = Condition.objects.filter(live=True, slug=slug).first()
            context["condition"] = condition
            context["condition_asked"] = slug
            guides = guides.filter(conditions=condition) if condition else guides.none()
        brands = GuideBrandName.objects.filter(page__in=guides.values("pk")).order_by(
            "page", "sort_order"
        )
        groups = a_to_z.group(
            guides.values_list("pk", "title", "slug"),
            brands.values_list("page_id", "name"),
            self.get_url(request),
        )
        context["letter_groups"] = groups
        context["alphabet"] = a_to_z.alphabet(groups)
        return context


class DrugGuidePage(ViewRestrictionsWhenAny, IndexedWithRelations, ReviewStamp, Page):
    """A reader's guide to one medicine, always in the same order of sections."""

    meta_description_from = "summary"

    # (anchor, heading) in the order readers meet them; {name} is the generic name.
    SECTIONS = (
        ("uses", "What {name} is used for"),
        ("dosing", "How to take {name}"),
        ("side-effects", "Side effects"),
        ("interactions", "Medicines and drinks to be careful with"),
        ("cautions", "Who must be careful"),
        ("stopping", "Stopping {name}"),
        ("off-label", "Off-label uses"),
        ("tips", "Practical tips"),
        ("buying-online", "Buying {name} online safely"),
        ("storage", "How to store {name}"),
        ("get-help", "When to contact a doctor or pharmacist"),
    )

    generic_name = models.CharField(max_length=120, help_text="The medicine's generic name.")
    drug_class = models.CharField(
        max_length=120, help_text="The kind of medicine, e.g. “Muscle relaxant”."
    )
    conditions = ParentalManyToManyField("guides.Condition", blank=True, related_name="guides")
    forms = StreamField(
        [("form", blocks.FormBlock())],
        min_num=1,
        help_text="Each form it comes in and how it is given.",
    )
    summary = models.TextField(help_text="Two or three plain sentences: what it is and what for.")
    key_facts = StreamField(
        [("fact", blocks.KeyFactBlock())],
        min_num=1,
        max_num=6,
        help_text="A handful of one-line facts shown in a box at the top.",
    )
    uses = models.TextField(
        help_text="What it treats and how it helps. Blank lines make paragraphs."
    )
    dosing = StreamField(
        [("dose", blocks.DoseRegimenBlock())],
        min_num=1,
        help_text="One entry per group or route, e.g. adults by mouth, intrathecal pump.",
    )
    kidney_dose_change = models.TextField(
        blank=True, help_text="How the dose changes for people with kidney problems."
    )
    side_effects = StreamField([("side_effect", blocks.SideEffectBlock())], min_num=1)
    cautions = StreamField(
        [("caution", blocks.CautionBlock())],
        blank=True,
        help_text="Groups who must take special care: kidney problems, pregnancy, …",
    )
    stop_suddenly_warning = models.BooleanField(
        "Do not stop suddenly",
        default=False,
        help_text="Shows a warning at the top of the page and in the stopping section.",
    )
    stopping = models.TextField(
        blank=True, help_text="What happens on stopping and how to stop safely."
    )
    off_label_uses = StreamField([("use", blocks.OffLabelUseBlock())], blank=True)
    tip_with_food = models.TextField("With food", blank=True)
    tip_driving = models.TextField("Driving and machinery", blank=True)
    tip_missed_dose = models.TextField("If you miss a dose", blank=True)
    tip_medicines_list = models.TextField("Keeping a list of your medicines", blank=True)
    buying_online = models.TextField(blank=True)
    storage = models.TextField(blank=True)
    when_to_get_help = models.TextField(
        help_text="Signs that mean the reader should contact a doctor or pharmacist."
    )
    references = StreamField([("reference", blocks.ReferenceBlock())], blank=True)

    # Worked out from the reader-facing text on every save, so each revision keeps its own.
    readability_grade = models.FloatField(null=True, blank=True, editable=False)
    reading_ease = models.FloatField(null=True, blank=True, editable=False)

    content_panels = Page.content_panels + [
        ReadabilityPanel(heading="Readability"),
        MultiFieldPanel(
            [
                FieldPanel("generic_name"),
                InlinePanel("brand_names", label="Brand name"),
                FieldPanel("drug_class"),
                FieldPanel("conditions", widget=CheckboxSelectMultiple),
                FieldPanel("forms"),
            ],
            heading="The medicine",
        ),
        MultiFieldPanel([FieldPanel("summary"), FieldPanel("key_facts")], heading="Summary"),
        FieldPanel("uses", heading="1. What it is used for"),
        MultiFieldPanel(
            [FieldPanel("dosing"), FieldPanel("kidney_dose_change")],
            heading="2. How to take it",
        ),
        FieldPanel("side_effects", heading="3. Side effects"),
        InlinePanel("interactions", heading="4. Interactions", label="Interaction"),
        FieldPanel("cautions", heading="5. Who must be careful"),
        MultiFieldPanel(
            [FieldPanel("stop_suddenly_warning"), FieldPanel("stopping")],
            heading="6. Stopping the medicine",
        ),
        FieldPanel("off_label_uses", heading="7. Off-label uses"),
        MultiFieldPanel(
            [
                FieldPanel("tip_with_food"),
                FieldPanel("tip_driving"),
                FieldPanel("tip_missed_dose"),
                FieldPanel("tip_medicines_list"),
            ],
            heading="8. Practical tips",
        ),
        FieldPanel("buying_online", heading="9. Buying online safely"),
        FieldPanel("storage", heading="10. Storage"),
        FieldPanel("when_to_get_help", heading="11. When to contact a doctor or pharmacist"),
        FieldPanel("references", heading="References"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("generic_name", boost=5),
        index.AutocompleteField("generic_name"),
        index.SearchField("drug_class", boost=2),
        index.SearchField("summary"),
        index.SearchField("uses"),
        index.RelatedFields(
            "brand_names", [index.SearchField("name", boost=5), index.AutocompleteField("name")]
        ),
        index.SearchField("live_condition_names", boost=2),
    ]

    api_fields = [
        APIField("generic_name"),
        APIField("brand_names"),
        APIField("drug_class"),
        APIField(
            "conditions",
            serializer=serializers.SlugRelatedField(
                many=True, read_only=True, slug_field="name", source="live_conditions"
            ),
        ),
        APIField("forms"),
        APIField("summary"),
        APIField("key_facts"),
        APIField("uses"),
        APIField("dosing"),
        APIField("kidney_dose_change"),
        APIField("side_effects"),
        APIField("interactions"),
        APIField("cautions"),
        APIField("stop_suddenly_warning"),
        APIField("stopping"),
        APIField("off_label_uses"),
        APIField("tip_with_food"),
        APIField("tip_driving"),
        APIField("tip_missed_dose"),
        APIField("tip_medicines_list"),
        APIField("buying_online"),
        APIField("storage"),
        APIField("when_to_get_help"),
        APIField("references"),
        APIField("last_reviewed"),
        APIField("next_review_due"),
        APIField("reviewer_name"),
        APIField("reviewer_credentials"),
    ]

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []
    invalidates_tags = ["guides"]  # the A–Z and every page listing guides

    def cache_tags(self):
        # Other guides list their interactions with this one; posts appear as related articles.
        return ["guides", "posts"]

    class Meta:
        verbose_name = "medicine guide"

    @property
    def live_conditions(self):
        """The conditions readers see: a condition an editor added waits for approval."""
        return [condition for condition in self.conditions.all() if condition.live]

    def live_condition_names(self):
        return " ".join(condition.name for condition in self.live_conditions)

    def clean(self):
        super().clean()
        self.readability_grade, self.reading_ease = readability.score(readability.text_of(self))

    @property
    def name(self):
        return self.generic_name or self.title

    @property
    def side_effects_by_tier(self):
        tiers = {tier: [] for tier, _ in blocks.TIERS}
        for block in self.side_effects:
            tiers[block.value["tier"]].append(block.value)
        return tiers

    @property
    def tips(self):
        fields = ("tip_with_food", "tip_driving", "tip_missed_dose", "tip_medicines_list")
        labels = [(self._meta.get_field(name).verbose_name, getattr(self, name)) for name in fields]
        return [(label, text) for label, text in labels if text]

    def sections(self, interactions, listed_by_others):
        present = {
            "uses": bool(self.uses),
            "dosing": bool(self.dosing) or bool(self.kidney_dose_change),
            "side-effects": bool(self.side_effects),
            "interactions": bool(interactions or listed_by_others),
            "cautions": bool(self.cautions),
            "stopping": self.stop_suddenly_warning or bool(self.stopping),
            "off-label": bool(self.off_label_uses),
            "tips": bool(self.tips),
            "buying-online": bool(self.buying_online),
            "storage": bool(self.storage),
            "get-help": bool(self.when_to_get_help),
        }
        return [
            {
                "anchor": anchor,
                "heading": heading.format(name=self.name),
                "template": f"guides/sections/{anchor}.html",
            }
            for anchor, heading in self.SECTIONS
            if present[anchor]
        ]

    def others_listing_this(self):
        return (
            GuideInteraction.objects.filter(interacting_guide=self.pk, page__live=True)
            .exclude(page=self.pk)
            .select_related("page")
        )

    @staticmethod
    def readable(interactions, listed_by_others):
        """Link only to guides a reader can open: published and behind no password or login.
        An interaction naming a guide that is not keeps its name, without the link; another
        guide's row that is not is left out, its title with it."""
        linked = {row.interacting_guide_id for row in interactions} | {
            row.page_id for row in listed_by_others
        }
        hidden = hidden_ids(DrugGuidePage.objects.filter(pk__in=linked - {None}))
        for row in interactions:
            guide = row.interacting_guide
            row.link = (
                guide if guide is not None and guide.live and guide.pk not in hidden else None
            )
        return interactions, [row for row in listed_by_others if row.page_id not in hidden]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            # A preview shows the editor's unsaved rows, which only live on this object.
            interactions = list(self.interactions.select_related("interacting_guide"))
            listed_by_others = list(self.others_listing_this())
        else:
            # One query for both directions: this guide's rows and other live guides' rows naming it.
            rows = (
                GuideInteraction.objects.filter(
                    Q(page=self.pk) | Q(interacting_guide=self.pk, page__live=True)
                )
                .select_related("page", "interacting_guide")
                .only(*INTERACTION_FIELDS)
                .order_by("sort_order", "pk")
            )
            interactions = [row for row in rows if row.page_id == self.pk]
            listed_by_others = [row for row in rows if row.page_id != self.pk]
        interactions, listed_by_others = self.readable(interactions, listed_by_others)
        context["brand_names"] = [brand.name for brand in self.brand_names.all()]
        context["conditions"] = list(self.live_conditions)
        context["interactions"] = interactions
        context["listed_by_others"] = listed_by_others
        context["sections"] = self.sections(interactions, listed_by_others)
        # What other apps add beside the guide, such as the blog's related articles.
        for hook in hooks.get_hooks(GUIDE_PAGE_CONTEXT_HOOK):
            context.update(hook(self, request))
        context["json_ld"] = drug_guide_json_ld(self, request, context["brand_names"], interactions)
        return context
