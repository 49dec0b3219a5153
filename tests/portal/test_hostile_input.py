"""Hostile and random input at the site's public query parameters and its form.

Hypothesis throws random text (any unicode HTTP can carry, control characters, markup
fragments, very long strings) at the search box and its page number, the blog's ?page= and
?tag=, the A–Z's ?condition= and every field of the comment form; a fixed list of classic
payloads is tried on each of them too. Whatever comes in: no 5xx, no input echoed back
unescaped, and a comment is either stored (302) or refused with a status that says so.
(The read-only API's parameters are covered in test_api_parameters.py.)
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from urllib.parse import quote_from_bytes

from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.utils.html import escape

from wagtail.models import Page, Site

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blog.models import BlogIndexPage, BlogPostPage, Comment
from portal.search import views
from portal.serving.query_forms import SearchForm
from tests.blog.factories import BlogIndexPageFactory, make_post
from tests.blog.forms import comment_form, issued
from tests.guides.conftest import make_guide
from tests.guides.factories import ConditionFactory, GuideIndexPageFactory
from tests.portal.factories import HomePageFactory

# Moderate on purpose: the whole file runs in well under a minute. No example database, so
# the run leaves no .hypothesis/ folder behind; a failure prints how to reproduce it.
hypothesis_settings = settings(
    max_examples=40,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Characters HTML gives a meaning to: input holding any of them must come back escaped.
SPECIAL = "<>\"'&"
# Wrapped around generated text so a reflection can't be mistaken for the page's own markup
# (a lone `"` or `<` is on every page anyway).
MARK = "qz7"

# --- the fixed payloads ---------------------------------------------------------------------

KB = 1024
MB = KB * KB
PAYLOADS = {
    "script-tag": "<script>alert(1)</script>",
    "event-handler": '"><img src=x onerror=alert(1)>',
    "javascript-url": "javascript:alert(1)",
    "sql-or": "' OR 1=1 --",
    "sql-drop": "'; DROP TABLE blog_comment; --",
    "path-traversal": "../../etc/passwd",
    "encoded-traversal": "%2e%2e%2f",
    "null-byte": "a\x00b",
    "huge": None,  # 100 KB in a query string, 10 MB in a form post: see payload()
    "rtl-override": "\u202eevil.exe\u202c",
    "zero-width": "\u200b\u200d\ufeff",
    "baseless-marks": "\u034f\ufe0f\ufe0e\U000e0100\u17b4\u17b5\u0301",  # nothing to mark
    "emoji": "💊👩🏽‍⚕️🇬🇧",
    "mixed-scripts": "Bаclofen ბაკლოფენი 巴氯芬 باكلوفين",  # the "а" is Cyrillic
}


def payload(name, huge_size):
    return "x" * huge_size if name == "huge" else PAYLOADS[name]


# What the site never writes itself: finding any of it means input got through unescaped, or
# was rendered as a template ("{{ request }}" would print the request).
INJECTED = ("<script>alert", "<img src=x", "onerror=alert(1)>", 'href="javascript:', "WSGIRequest")

# --- strategies -----------------------------------------------------------------------------

ANY_CHAR = st.characters(codec="utf-8")  # every code point but surrogates, which HTTP can't carry
CONTROL = st.characters(categories=["Cc", "Cf", "Zl", "Zp"])  # NUL, RTL override, zero-width…
SPECIAL_CHAR = st.sampled_from(list(SPECIAL + ";=/\\%`(){}[]#?\x00\t\r\n \u202e\u200b\ufeff"))
FRAGMENTS = st.sampled_from(
    [
        "<script>",
        "</script>",
        '"><img src=x onerror=alert(1)>',
        "javascript:",
        "' OR 1=1 --",
        "../",
        "%00",
        "%ff",
        "&amp;",
        "&#x27;",
        "{{ request }}",
        "{% debug %}",
        "\u202e",
        "\u200b",
    ]
)
PIECE = st.one_of(st.text(st.one_of(ANY_CHAR, CONTROL, SPECIAL_CHAR), max_size=20), FRAGMENTS)
HOSTILE = st.lists(PIECE, max_size=5).map("".join)
# Tens of kilobytes: a random piece repeated.
LONG = st.builds(lambda text, times: text * times, HOSTILE.filter(bool), st.integers(20, 200))
TEXT = st.one_of(HOSTILE, LONG, st.sampled_from([p for p in PAYLOADS.values() if p]))
MARKED = TEXT.map(lambda text: f"{MARK}{text}{MARK}")
NUMBERISH = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.floats().map(str),  # nan, inf, -0.0, 1e+300…
    st.sampled_from(["", " 2 ", "0", "-0", "+1", "1_0", "٣", "１", "0x10", "9" * 5000, "2\x00"]),
)


def reported_query(value):
    """What the search page says was searched for."""
    return SearchForm({"q": value}).query()[0]


def unchanged(value):
    return value


@dataclass(frozen=True)
class Target:
    """A public query parameter, how its values are drawn and what the page echoes of them."""

    id: str
    path: str
    param: str
    values: st.SearchStrategy
    reported: Callable[[str], str] = unchanged
    fixed: dict = field(default_factory=dict)


TARGETS = [
    Target(
        "search-q",
        "/search/",
        "q",
        st.one_of(MARKED, st.sampled_from(["sample", "baclofen", "baclophen", "lioresal"])),
        reported_query,
    ),
    Target("search-page", "/search/", "page", st.one_of(NUMBERISH, MARKED), fixed={"q": "sample"}),
    Target("blog-page", "/blog/", "page", st.one_of(NUMBERISH, MARKED)),
    Target(
        "blog-tag",
        "/blog/",
        "tag",
        st.one_of(MARKED, st.sampled_from(["nerves", " nerves ", "NERVES"])),
        lambda value: value.replace("\x00", "").strip()[:100],
    ),
    Target(
        "az-condition",
        "/medicines/",
        "condition",
        st.one_of(MARKED, st.sampled_from(["spasticity", " spasticity ", "Spasticity"])),
        lambda value: value.replace("\x00", "").strip()[:120],
    ),
]
TARGET_IDS = [target.id for target in TARGETS]

COMMENT_FIELDS = ["name", "email", "body", "website", "issued"]

# --- helpers --------------------------------------------------------------------------------


valid_comment = comment_form


def assert_escaped(html, value, where):
    """If the value holds a character HTML gives meaning to, it appears only escaped.

    Checked for marked values and the fixed payloads: a bare "<" is on every page anyway."""
    for ch in INJECTED:
        assert ch not in html, f"{where}: {ch!r} in the page"
    if MARK not in value and value not in PAYLOADS.values():
        return
    if not any(ch in value for ch in SPECIAL):
        return
    assert value not in html or escape(value) in html, f"{where}: {value[:200]!r} unescaped"
    if "<" in value:
        assert value not in html, f"{where}: {value[:200]!r} unescaped"


def fetch(client, target, value):
    cache.clear()  # anonymous pages are cached: every example renders afresh
    response = client.get(target.path, {**target.fixed, target.param: value})
    # Documented: junk pages give page one or the last, unknown tags and conditions an empty list.
    assert response.status_code == 200, f"{target.id}={value[:200]!r}: {response.status_code}"
    html = response.text
    for form in {value, target.reported(value)}:
        assert_escaped(html, form, f"{target.id}={value[:80]!r}")
    return response


def comment_url(site):
    return f"{site.post.url}comment/"


def send_comment(client, site, data, content_type=None):
    """Send the form; check it was stored (302) or refused (400/403/429) and never lost.
    Bytes go out exactly as given, with the content type given."""
    cache.clear()
    before = set(Comment.objects.values_list("pk", flat=True))
    if isinstance(data, bytes):
        response = client.generic("POST", comment_url(site), data, content_type=content_type)
        where = data[:200]
    else:
        response = client.post(comment_url(site), data)
        where = {name: str(value)[:80] for name, value in data.items()}
    assert response.status_code in (302, 400, 403, 429), f"{where}: {response.status_code}"
    new = Comment.objects.exclude(pk__in=before)
    if response.status_code == 302:
        assert new.count() == 1, f"{where}: redirected but not stored"
        assert response["Location"].startswith(f"{site.post.url}?comment=")
        return response, new.get()
    assert not new.exists(), f"{where}: refused with {response.status_code} but stored"
    return response, None


def assert_comment_shown_escaped(client, site, comment, data):
    """Approve the stored comment and check the post shows what was sent, escaped."""
    Comment.objects.filter(pk=comment.pk).update(status=Comment.APPROVED)
    cache.clear()
    response = client.get(site.post.url)
    assert response.status_code == 200
    html = response.text
    for name in ("name", "body"):
        assert_escaped(html, data[name], f"shown {name}")
        assert_escaped(html, getattr(comment, name), f"shown stored {name}")


# --- the site -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site_data(django_db_setup, django_db_blocker):
    """A home page (as the `home_page` fixture makes it) with the A–Z and the blog (as
    `guide_index` and `blog_index` do), a guide with a brand name and a condition, and three
    tagged posts, the newest open for comments.

    Built once for the module inside a transaction rolled back at its end, as Django's
    setUpTestData does: each test's own transaction nests inside it. Built per test, the site
    would take most of the file's running time."""
    with django_db_blocker.unblock(), transaction.atomic():
        root = Page.get_first_root_node()
        root.get_children().delete()
        home = HomePageFactory(parent=root)
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        guide_index = GuideIndexPageFactory(parent=home)
        blog_index = BlogIndexPageFactory(parent=home)
        spasticity = ConditionFactory(name="Spasticity", slug="spasticity")
        guide = make_guide(guide_index, "Baclofen", brands=["Lioresal"])
        guide.conditions.add(spasticity)
        guide.save_revision().publish()
        today = datetime.date.today()
        posts = [
            make_post(
                blog_index,
                tags=["nerves"],
                title=f"Sample post {n}",
                slug=f"sample-{n}",
                date=today - datetime.timedelta(days=n),
            )
            for n in range(3)
        ]
        yield SimpleNamespace(post_pk=posts[0].pk)
        transaction.set_rollback(True)


@pytest.fixture
def site(site_data, db, settings, monkeypatch):
    """The module's site, one item a page so every listing has pagination links, and no rate
    limit in the way of the comment tests."""
    settings.PORTAL_COMMENT_RATE_LIMIT = 1_000_000
    monkeypatch.setattr(BlogIndexPage, "posts_per_page", 1)
    monkeypatch.setattr(views, "SEARCH_RESULTS_PER_PAGE", 1)
    return SimpleNamespace(post=BlogPostPage.objects.get(pk=site_data.post_pk))


# --- property-based -------------------------------------------------------------------------


@pytest.mark.parametrize("target", TARGETS, ids=TARGET_IDS)
@hypothesis_settings
@given(data=st.data())
def test_query_parameter_survives_random_input(client, site, target, data):
    fetch(client, target, data.draw(target.values, label=target.param))


def field_values(valid):
    """The field's valid value, or something hostile."""
    return st.one_of(st.just(valid), MARKED, TEXT)


@hypothesis_settings
@given(
    data=st.fixed_dictionaries(
        {
            "name": field_values("Sam"),
            "email": field_values(""),
            "body": field_values("Thank you, this was clear."),
            "website": field_values(""),
            "issued": field_values(None),  # None: a freshly signed, valid timestamp
        }
    )
)
def test_comment_form_survives_random_input(client, site, data):
    if data["issued"] is None:
        data["issued"] = issued()
    response, comment = send_comment(client, site, data)
    if comment is None:
        assert response.status_code == 400  # comments are open and the rate limit is out of reach
        for name in COMMENT_FIELDS:
            assert_escaped(response.text, data[name], f"re-shown {name}")
        assert_escaped(response.text, data["issued"][:200], "re-shown issued")
    else:
        assert_comment_shown_escaped(client, site, comment, data)


# Letters and symbols that draw nothing (Hangul fillers, blank Braille) make an invisible name,
# and so do marks with no character before them to mark: text needs one character that draws.
BLANK = "\u115f\u1160\u3164\uffa0\u2800"
DRAWN = st.characters(codec="utf-8", categories=["L", "N", "P", "S"], exclude_characters=BLANK)
VISIBLE = st.characters(
    codec="utf-8", categories=["L", "M", "N", "P", "S", "Zs"], exclude_characters=BLANK
)


def with_one_drawn(chars, max_size):
    """Text of `chars` with at least one DRAWN character in it, anywhere."""
    half = max_size // 2
    return st.builds(
        lambda before, char, after: before + char + after,
        st.text(chars, max_size=half - 1),
        DRAWN,
        st.text(chars, max_size=max_size - half),
    )


NAMES = with_one_drawn(VISIBLE, max_size=80)
BODIES = with_one_drawn(st.one_of(VISIBLE, st.just("\n")), max_size=2000)
EMAILS = st.one_of(
    st.just(""), st.from_regex(r"[a-z0-9]{1,12}([._+-][a-z0-9]{1,8})?@example\.org", fullmatch=True)
)


def squeezed(text):
    return "".join(text.split())


@hypothesis_settings
@given(name=NAMES, email=EMAILS, body=BODIES)
def test_valid_looking_comment_is_stored_never_lost(client, site, name, email, body):
    data = valid_comment(name=name, email=email, body=body)
    response, comment = send_comment(client, site, data)
    assert response.status_code == 302, response.status_code
    assert squeezed(comment.name) == squeezed(name)
    assert squeezed(comment.body) == squeezed(body)
    assert comment.email == email


# --- the fixed payloads ---------------------------------------------------------------------


@pytest.mark.parametrize("name", PAYLOADS)
@pytest.mark.parametrize("target", TARGETS, ids=TARGET_IDS)
def test_payload_in_query_parameter(client, site, target, name):
    fetch(client, target, payload(name, huge_size=100 * KB))


def expected_comment_status(field_name, name):
    if name in ("huge", "null-byte"):
        # DATA_UPLOAD_MAX_MEMORY_SIZE; form fields refuse NUL, which PostgreSQL can't store.
        return 400
    if field_name == "email":
        return 400  # none of them is an email address
    if field_name in ("name", "body") and name in ("zero-width", "baseless-marks"):
        return 400  # text nobody can see is refused as an empty field is
    return 302  # stored: a bad `issued` or a filled honeypot stores it as spam


@pytest.mark.parametrize("name", PAYLOADS)
@pytest.mark.parametrize("field_name", COMMENT_FIELDS)
def test_payload_in_comment_field(client, site, field_name, name):
    data = valid_comment(**{field_name: payload(name, huge_size=10 * MB)})
    response, comment = send_comment(client, site, data)
    assert response.status_code == expected_comment_status(field_name, name)
    if comment is None:
        if name != "huge":
            assert "There is a problem with your comment" in response.text
            assert_escaped(response.text, data[field_name], f"re-shown {field_name}")
        return
    if field_name in ("website", "issued"):
        assert comment.status == Comment.SPAM
    assert_comment_shown_escaped(client, site, comment, data)


# --- odd encodings --------------------------------------------------------------------------


RAW_QUERY_VALUES = [
    "%ff%fe",  # invalid UTF-8
    "%c0%ae%c0%ae%2f",  # overlong UTF-8 for "../"
    "%ed%a0%80",  # an encoded surrogate
    "%",  # truncated escapes
    "%zz",
    "%e2%82",
    "%00",
    "a+b%2B%26c",
]


@pytest.mark.parametrize("raw", RAW_QUERY_VALUES)
@pytest.mark.parametrize("target", TARGETS, ids=TARGET_IDS)
def test_invalid_percent_encoding_in_query(client, site, target, raw):
    fixed = "".join(f"{key}={value}&" for key, value in target.fixed.items())
    response = client.get(f"{target.path}?{fixed}{target.param}={raw}")
    assert response.status_code == 200 or 400 <= response.status_code < 500


@pytest.mark.parametrize("target", TARGETS, ids=TARGET_IDS)
def test_raw_bytes_and_repeated_parameters_in_query(client, site, target):
    # A WSGI server hands over undecoded bytes as latin-1; \xff\xfe is not UTF-8.
    for query in (f"{target.param}=\xff\xfe", f"{target.param}=a&{target.param}=<b>"):
        cache.clear()
        fixed = "".join(f"&{key}={value}" for key, value in target.fixed.items())
        response = client.get(target.path, QUERY_STRING=query + fixed)
        assert response.status_code == 200 or 400 <= response.status_code < 500
        assert "<b>" not in response.text


def test_search_with_invalid_utf8_percent_encoding(client, site):
    response = client.get("/search/?q=%ff%fe")
    assert response.status_code == 200
    assert "\ufffd\ufffd" in response.text  # shown as replacement characters, not an error


def urlencoded(charset):
    return f"application/x-www-form-urlencoded; charset={charset}"


def form_bytes(**fields):
    data = {"name": b"Sam", "email": b"", "website": b"", "issued": issued().encode()} | fields
    return b"&".join(key.encode() + b"=" + quote_from_bytes(v).encode() for key, v in data.items())


def test_latin1_form_post_is_refused_not_an_error(client, site):
    # Django 5.1+ accepts only UTF-8 form posts and answers anything else with a 400.
    body = form_bytes(body=b"caf\xe9 \xff\xfe")  # percent-encoded latin-1, not UTF-8
    response, _ = send_comment(client, site, body, urlencoded("latin-1"))
    assert response.status_code == 400


@pytest.mark.parametrize("charset", ["utf-8", "latin-1", "no-such-charset"])
def test_invalid_utf8_bytes_in_form_post(client, site, charset):
    # Raw, unescaped bytes that are not UTF-8 (an overlong "." and an encoded surrogate too).
    body = b"name=S\xe9m\xff&email=&website=&body=caf\xe9 \xc0\xae\xed\xa0\x80&issued="
    response, _ = send_comment(client, site, body + issued().encode(), urlencoded(charset))
    assert response.status_code in (302, 400)


def test_multipart_without_boundary_is_refused(client, site):
    response, _ = send_comment(client, site, b"name=Sam", "multipart/form-data")
    assert 400 <= response.status_code < 500


def test_ten_megabytes_is_refused_with_csrf_enforced(site):
    """As in production: the CSRF check reads the body first, and must refuse it with a 400."""
    strict = Client(enforce_csrf_checks=True)
    assert strict.get(site.post.url).status_code == 200  # sets the CSRF cookie
    token = strict.cookies["csrftoken"].value
    data = valid_comment(body="x" * 10 * MB, csrfmiddlewaretoken=token)
    response, _ = send_comment(strict, site, data)
    assert response.status_code == 400
