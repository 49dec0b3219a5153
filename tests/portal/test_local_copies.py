"""The page cache's in-process copies (portal/serving/local_copies.py): bounded, least recently used
first out, and never served unless the shared cache says they are current."""

from django.core.cache import cache
from django.test import Client

from portal.serving import cache as page_cache
from portal.serving.local_copies import LocalCopies
from tests.guides.conftest import make_guide


def test_the_least_recently_used_copy_goes_first_when_full():
    copies = LocalCopies(max_bytes=10)
    copies.put("a", "A", 4)
    copies.put("b", "B", 4)
    assert copies.get("a") == "A"  # now b is the least recently used
    copies.put("c", "C", 4)
    assert (copies.get("a"), copies.get("b"), copies.get("c")) == ("A", None, "C")
    assert copies.used == 8


def test_a_copy_larger_than_the_whole_store_is_not_kept():
    copies = LocalCopies(max_bytes=10)
    copies.put("a", "A", 4)
    copies.put("huge", "H", 11)
    assert copies.get("huge") is None and copies.get("a") == "A"


def test_replacing_a_copy_counts_its_size_once():
    copies = LocalCopies(max_bytes=10)
    copies.put("a", "A", 4)
    copies.put("a", "A2", 6)
    assert copies.get("a") == "A2" and copies.used == 6


def test_a_hit_is_served_from_the_local_copy_without_fetching_the_page(guide_index, monkeypatch):
    make_guide(guide_index, "Baclofen")
    client = Client()
    assert client.get("/medicines/baclofen/")["X-Page-Cache"] == "miss"
    fetched = []
    real_get = cache.get
    monkeypatch.setattr(
        cache, "get", lambda key, *a, **k: fetched.append(key) or real_get(key, *a, **k)
    )
    assert client.get("/medicines/baclofen/")["X-Page-Cache"] == "hit"
    assert not [key for key in fetched if key.startswith(page_cache.PREFIX)]


def test_a_local_copy_is_not_served_once_the_shared_cache_lost_its_tags(guide_index):
    guide = make_guide(guide_index, "Baclofen")
    client = Client()
    client.get("/medicines/baclofen/")
    assert client.get("/medicines/baclofen/")["X-Page-Cache"] == "hit"
    cache.clear()  # as when Redis restarts empty: the tag versions are gone
    response = client.get("/medicines/baclofen/")
    assert response["X-Page-Cache"] == "miss"
    assert guide.summary in response.text
