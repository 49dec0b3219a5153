""" "Did you mean …?" for medicine names: the closest generic or brand name of a live guide.

PostgreSQL ranks names by trigram similarity (pg_trgm); other databases, such as the SQLite file
used by `make run`, fall back to difflib over the same names.
"""

import difflib

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection

from guides.models import DrugGuidePage, GuideBrandName
from portal.serving.access import public

MIN_SIMILARITY = 0.3
MAX_LENGTH = 60  # a medicine name, not a sentence


def _live_guides():
    return public(DrugGuidePage.objects.live())


def _closest_postgres(query):
    candidates = [
        _live_guides()
        .annotate(similarity=TrigramSimilarity("generic_name", query))
        .filter(similarity__gte=MIN_SIMILARITY)
        .order_by("-similarity")
        .values_list("generic_name", "similarity")
        .first(),
        GuideBrandName.objects.filter(page__in=_live_guides())
        .annotate(similarity=TrigramSimilarity("name", query))
        .filter(similarity__gte=MIN_SIMILARITY)
        .order_by("-similarity")
        .values_list("name", "similarity")
        .first(),
    ]
    found = [candidate for candidate in candidates if candidate]
    return max(found, key=lambda candidate: candidate[1])[0] if found else None


def _closest_elsewhere(query):
    names = list(_live_guides().values_list("generic_name", flat=True))
    names += GuideBrandName.objects.filter(page__in=_live_guides()).values_list("name", flat=True)
    by_folded = {name.casefold(): name for name in names}
    match = difflib.get_close_matches(query, by_folded, n=1, cutoff=0.75)
    return by_folded[match[0]] if match else None


def did_you_mean(query):
    """The closest medicine name to `query`, or None when nothing is close or it is exact."""
    query = query.strip().casefold()
    if not query or len(query) > MAX_LENGTH:
        return None
    if connection.vendor == "postgresql":
        name = _closest_postgres(query)
    else:
        name = _closest_elsewhere(query)
    return name if name and name.casefold() != query else None
