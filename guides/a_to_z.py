"""Builds the A–Z: each guide under its own name and again under every brand name."""

from dataclasses import dataclass
from itertools import groupby
from string import ascii_uppercase

OTHER = "#"


@dataclass(frozen=True)
class Entry:
    label: str
    guide: object
    url: str
    is_brand: bool = False

    @property
    def letter(self):
        first = self.label[:1].upper()
        return first if first in ascii_uppercase else OTHER


def group(guides, index_url):
    """[(letter, [Entry, …]), …] in alphabetical order. Expects brand_names prefetched.

    Guides live directly under the A–Z, so each URL is the A–Z's URL plus the guide's slug, as
    Wagtail builds it; asking Wagtail for each of hundreds of links was most of the A–Z's time.
    """
    entries = []
    for guide in guides:
        url = f"{index_url}{guide.slug}/"
        entries.append(Entry(guide.title, guide, url))
        entries.extend(
            Entry(brand.name, guide, url, is_brand=True) for brand in guide.brand_names.all()
        )
    entries.sort(key=lambda entry: (entry.letter == OTHER, entry.label.casefold()))
    return [(letter, list(items)) for letter, items in groupby(entries, key=lambda e: e.letter)]


def alphabet(groups):
    """Every letter with whether it has entries, so empty letters show but do not link."""
    present = {letter for letter, _ in groups}
    letters = list(ascii_uppercase) + ([OTHER] if OTHER in present else [])
    return [(letter, letter in present) for letter in letters]
