"""Builds the A–Z: each guide under its own name and again under every brand name."""

from dataclasses import dataclass
from itertools import groupby
from string import ascii_uppercase

OTHER = "#"


@dataclass(frozen=True)
class Entry:
    label: str
    guide_title: str
    url: str
    is_brand: bool = False

    @property
    def letter(self):
        first = self.label[:1].upper()
        return first if first in ascii_uppercase else OTHER


def group(guides, brands, index_url):
    """[(letter, [Entry, …]), …] in alphabetical order, from (pk, title, slug) rows of the guides
    and (guide pk, name) rows of their brand names.

    Plain rows, not pages: building hundreds of page objects, and asking Wagtail for each one's
    URL, was most of the A–Z's time. Guides live directly under the A–Z, so each URL is the
    A–Z's URL plus the guide's slug, as Wagtail builds it.
    """
    entries, by_pk = [], {}
    for pk, title, slug in guides:
        by_pk[pk] = entry = Entry(title, title, f"{index_url}{slug}/")
        entries.append(entry)
    entries.extend(
        Entry(name, by_pk[pk].label, by_pk[pk].url, is_brand=True)
        for pk, name in brands
        if pk in by_pk
    )
    entries.sort(key=lambda entry: (entry.letter == OTHER, entry.label.casefold()))
    return [(letter, list(items)) for letter, items in groupby(entries, key=lambda e: e.letter)]


def alphabet(groups):
    """Every letter with whether it has entries, so empty letters show but do not link."""
    present = {letter for letter, _ in groups}
    letters = list(ascii_uppercase) + ([OTHER] if OTHER in present else [])
    return [(letter, letter in present) for letter in letters]
