"""What the apps' load-test content shares: general advice that is true of any medicine, pages
made live without revisions, and saving without per-row indexing (manage.py generate_bulk_content)."""

import copy
import datetime
from contextlib import contextmanager

from django.conf import settings
from django.test.utils import override_settings
from django.utils import timezone

from wagtail.signal_handlers import disable_reference_index_auto_update

# General advice that is true for any medicine. Paragraphs are drawn from these.
SENTENCES = [
    "Read the leaflet that comes in the pack before you start, and keep it in case you need it again.",
    "Your pharmacist can answer questions about how and when to take a medicine.",
    "Take a medicine only as your prescriber or the label tells you.",
    "Tell every doctor, nurse and pharmacist who treats you about all the medicines you take.",
    "Include medicines you buy without a prescription, vitamins and herbal remedies in that list.",
    "Keep medicines in their original packs, so that the label and the leaflet stay with them.",
    "Store medicines out of the sight and reach of children.",
    "Do not share your medicines with anyone else, even if their symptoms look like yours.",
    "If something about a medicine worries you, ask your pharmacist or doctor.",
    "Take unwanted or out-of-date medicines back to a pharmacy rather than throwing them away.",
    "Check the label each time you collect a prescription, in case anything has changed.",
    "Write down any questions before an appointment so that you remember to ask them.",
    "A pill organiser can help you remember doses; keep the original packs as well.",
    "When you travel, carry your medicines in your hand luggage with a copy of your prescription.",
    "Do not start, stop or change a prescribed medicine without talking to your prescriber first.",
    "If you think you have taken too much of a medicine, get medical help straight away.",
    "Keep an up-to-date list of your medicines and carry it with you.",
    "Heat and damp can spoil medicines, so a bathroom cabinet is rarely the best place for them.",
    "A medicines review is a good time to check that each medicine still helps you.",
    "Ask whether a medicine can affect driving before you drive after starting it.",
]


def sentences(rng, count):
    return " ".join(rng.choice(SENTENCES) for _ in range(count))


def paragraph_text(rng, words=120):
    """Roughly `words` words of general advice."""
    out = []
    while sum(len(s.split()) for s in out) < words:
        out.append(rng.choice(SENTENCES))
    return " ".join(out)


def live_fields(rng, day=None):
    """Published without a revision: the row is what readers see, as after a publish."""
    when = timezone.now() - datetime.timedelta(days=rng.randint(1, 900))
    if day is not None:
        when = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
    return {
        "live": True,
        "has_unpublished_changes": False,
        "first_published_at": when,
        "last_published_at": when,
    }


@contextmanager
def bulk_saving():
    """Save pages without the per-save search indexing and reference-index updates; the command
    indexes its pages in bulk afterwards. The reference index (the admin's "usage" counts) is left
    without the bulk pages: `manage.py rebuild_references_index` fills it in when wanted."""
    backends = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    for params in backends.values():
        params["AUTO_UPDATE"] = False
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), disable_reference_index_auto_update():
        yield
