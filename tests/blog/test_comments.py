import datetime
import re

from django.core import mail
from django.test import Client
from django.utils.html import escape

import pytest

from blog.models import BlockedTerm, Comment
from tests.blog.factories import make_post
from tests.blog.forms import comment_form, issued
from tests.html_checker import nu_errors

URL = "/blog/post/"


form = comment_form


@pytest.fixture
def post(blog_index):
    return make_post(blog_index, slug="post", title="A post", date=datetime.date.today())


def send(client, data, **extra):
    return client.post(f"{URL}comment/", data, **extra)


def test_valid_comment_is_stored_pending_and_not_shown(client, post):
    response = send(client, form())
    assert response.status_code == 302
    assert response["Location"] == "/blog/post/?comment=thanks#comment-status"
    comment = Comment.objects.get()
    assert (comment.status, comment.hold_reasons) == ("pending", "")
    assert len(comment.ip_hash) == 64 and "127.0.0.1" not in comment.ip_hash
    page = client.get(response["Location"]).text
    assert "Thank you, your comment will appear after moderation." in page
    assert "Thank you, this was clear." not in page


def test_refreshing_the_thank_you_page_sends_nothing_again(client, post):
    location = send(client, form())["Location"]
    client.get(location)
    client.get(location)
    assert Comment.objects.count() == 1


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("name", "", "This field is required."),
        ("body", "   ", "This field is required."),
        ("email", "not-an-email", "Enter a valid email address."),
        ("body", "x" * 2001, "Ensure this value has at most 2000 characters (it has 2001)."),
    ],
)
def test_bad_input_gets_a_form_error_and_nothing_is_stored(client, post, field, value, message):
    response = send(client, form(**{field: value}))
    assert response.status_code == 400
    html = response.text
    assert "There is a problem with your comment" in html
    assert message in html
    assert f'href="#id_{field}"' in html
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "data, reason",
    [
        (lambda: form(website="http://spam.example"), "honeypot"),
        (lambda: form(issued=issued(seconds_ago=0)), "too_fast"),
        (lambda: form(issued=issued(seconds_ago=7 * 3600)), "expired"),
        (lambda: form(issued="forged"), "bad_token"),
    ],
)
def test_bot_signs_store_the_comment_as_spam_with_the_reason(client, post, data, reason):
    assert send(client, data()).status_code == 302
    comment = Comment.objects.get()
    assert comment.status == "spam"
    assert reason in comment.reasons


def test_blocklisted_phrase_and_address_go_to_spam(client, post):
    BlockedTerm.objects.create(value="miracle cure")
    send(client, form(body="A Miracle Cure for all!"))
    assert Comment.objects.get().reasons == ["blocked_term"]
    Comment.objects.all().delete()
    from portal.limits.ratelimit import address_hash

    BlockedTerm.objects.create(value=address_hash("127.0.0.1"), kind=BlockedTerm.IP_HASH)
    send(client, form())
    assert "blocked_ip" in Comment.objects.get().reasons


def test_held_comment_keeps_its_reasons(client, post):
    send(client, form(body="Call 07700 900123, see www.example.com"))
    comment = Comment.objects.get()
    assert comment.status == "held"
    assert comment.reasons == ["links", "personal_details"]


def test_crisis_alerts_moderators_and_signposts_the_reader(client, post, moderator, editor):
    response = send(client, form(body="I took an overdose last night"))
    assert response["Location"].endswith("?comment=crisis#comment-status")
    assert [m.to for m in mail.outbox] == [[moderator.email]]
    assert "URGENT" in mail.outbox[0].subject
    assert "I took an overdose last night" in mail.outbox[0].body
    page = client.get(response["Location"]).text
    assert "get help now" in page and "116 123" in page


def test_rate_limit_per_address(client, post, settings):
    settings.PORTAL_COMMENT_RATE_LIMIT = 3
    for n in range(3):
        assert send(client, form(body=f"Comment {n}")).status_code == 302
    response = send(client, form(body="One too many"))
    assert response.status_code == 429
    assert "Please wait before commenting again" in response.text
    assert Comment.objects.count() == 3


def test_nobody_can_spend_another_readers_limit_by_typing_their_email(post, settings):
    settings.PORTAL_COMMENT_RATE_LIMIT = 2
    for n in range(4):
        attacker = Client(REMOTE_ADDR=f"10.0.0.{n}")
        assert attacker.post(f"{URL}comment/", form(email="jo@example.org")).status_code == 302
    jo = Client(REMOTE_ADDR="10.0.0.9")
    response = jo.post(f"{URL}comment/", form(email="JO@example.org", body="Jo's own words"))
    assert response.status_code == 302
    assert Comment.objects.filter(body="Jo's own words").exists()


def test_over_the_limit_the_reader_gets_back_exactly_what_they_typed(client, post, settings):
    settings.PORTAL_COMMENT_RATE_LIMIT = 1
    assert send(client, form()).status_code == 302
    typed = {
        "name": 'Sam <b>"O\'Neil"</b>',
        "email": "sam&co@example.org",
        "body": "Line one <script>alert('x')</script> & more\nLine two — ünïcode",
    }
    response = send(client, form(**typed))
    assert response.status_code == 429
    html = response.text
    assert "Please wait before commenting again" in html
    assert escape(typed["name"]) in html
    assert escape(typed["email"]) in html
    assert escape(typed["body"]) in html
    assert "<script>alert" not in html
    assert Comment.objects.count() == 1


def test_the_over_the_limit_page_shows_the_comment_back_and_passes_the_nu_html_checker(
    client, post, settings, tmp_path
):
    settings.PORTAL_COMMENT_RATE_LIMIT = 2
    for n in range(2):
        assert send(client, form(body=f"Comment {n}")).status_code == 302
    typed = {"name": "Ana <i>", "email": "ana@example.org", "body": 'Is it safe & "fine"?'}
    response = send(client, form(**typed))
    assert response.status_code == 429
    for value in typed.values():
        assert escape(value) in response.text
    assert nu_errors(response.text, tmp_path) == []


def test_email_longer_than_the_column_gets_a_form_error_not_a_500(client, post):
    email = "a" * 280 + "@example.org"
    response = send(client, form(email=email))
    assert response.status_code == 400
    assert "Ensure this value has at most 254 characters" in response.text
    assert not Comment.objects.exists()


def test_form_limits_are_the_models(client, post):
    html = client.get(URL).text
    for field in ("name", "email"):
        limit = Comment._meta.get_field(field).max_length
        assert re.search(rf'<[^>]*maxlength="{limit}"[^>]*id="id_{field}"', html), field
    name = "n" * (Comment._meta.get_field("name").max_length + 1)
    assert send(client, form(name=name)).status_code == 400
    assert not Comment.objects.exists()


INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u2063"]
# Marks and selectors that change how a base character looks, with no base to change: the
# combining grapheme joiner, variation selectors (emoji and supplementary), Khmer inherent vowels.
BASELESS = {
    "grapheme-joiner": "\u034f",
    "grapheme-joiners": "\u034f\u034f",
    "variation-selectors": "\ufe0f\ufe0e\ufe00",
    "supplementary-variation-selector": "\U000e0100",
    "khmer-inherent-vowels": "\u17b4\u17b5",
    "combining-accents": "\u0301\u0308",
}


@pytest.mark.parametrize("field", ["name", "body"])
def test_only_invisible_characters_is_refused_like_empty(client, post, field):
    response = send(client, form(**{field: " ".join(INVISIBLE) + "\u3000\u00a0"}))
    assert response.status_code == 400
    assert f'href="#id_{field}"' in response.text
    assert not Comment.objects.exists()


@pytest.mark.parametrize("text", BASELESS.values(), ids=BASELESS.keys())
@pytest.mark.parametrize("field", ["name", "body"])
def test_marks_with_nothing_to_mark_are_refused_like_empty(client, post, field, text):
    empty = send(client, form(**{field: ""}))
    response = send(client, form(**{field: text}))
    assert response.status_code == 400
    message = re.search(rf'href="#id_{field}">([^<]*)</a>', empty.text).group(1)
    assert f'href="#id_{field}">{message}</a>' in response.text
    assert not Comment.objects.exists()


def test_marks_on_a_visible_character_are_kept_as_typed(client, post):
    name = "Zoe\u0308 \u034fA"
    body = "Thanks \u2764\ufe0f and \u845b\U000e0100 e\u0301"
    assert send(client, form(name=name, body=body)).status_code == 302
    comment = Comment.objects.get()
    assert (comment.name, comment.body) == (name, body)


def test_visible_text_with_joiners_is_kept_as_typed(client, post):
    body = "Thanks 👩\u200d⚕️ for this"
    assert send(client, form(body=body)).status_code == 302
    assert Comment.objects.get().body == body


def test_comments_switched_off_are_refused(client, blog_index):
    make_post(blog_index, slug="post", allow_comments=False, date=datetime.date.today())
    response = send(client, form())
    assert response.status_code == 403
    assert "Comments are closed" in response.text
    assert not Comment.objects.exists()
    assert "Add a comment" not in client.get(URL).text


def test_a_comment_sent_after_comments_close_is_shown_back_not_lost(client, blog_index, tmp_path):
    make_post(blog_index, slug="post", allow_comments=False, date=datetime.date.today())
    typed = {
        "name": 'Sam <b>"O\'Neil"</b>',
        "email": "sam&co@example.org",
        "body": "Line one <script>alert('x')</script> & more\nLine two — ünïcode",
    }
    response = send(client, form(**typed))
    assert response.status_code == 403
    html = response.text
    assert "Comments are closed" in html
    for value in typed.values():
        assert escape(value) in html
    assert "<script>alert" not in html
    assert not Comment.objects.exists()
    assert nu_errors(html, tmp_path) == []


def test_comments_close_after_the_configured_days(client, blog_index, settings):
    settings.PORTAL_COMMENTS_CLOSE_AFTER_DAYS = 30
    old = datetime.date.today() - datetime.timedelta(days=31)
    make_post(blog_index, slug="post", date=old)
    assert send(client, form()).status_code == 403
    assert "Comments are closed on this post." in client.get(URL).text


def test_get_on_the_comment_address_is_not_allowed(client, post):
    assert client.get(f"{URL}comment/").status_code == 405


def test_comment_on_a_missing_post_is_a_404(client, blog_index):
    assert client.post("/blog/no-such-post/comment/", form()).status_code == 404


def test_only_approved_comments_show_oldest_first(client, post):
    base = datetime.datetime(2026, 11, 1, 9, tzinfo=datetime.UTC)
    for n, status in enumerate(
        ["approved", "pending", "held", "rejected", "spam", "removed", "approved"]
    ):
        Comment.objects.create(
            post=post,
            name=f"N{n}",
            body=f"Body {status} {n}",
            status=status,
            created=base + datetime.timedelta(hours=n),
        )
    html = client.get(URL).text
    assert "Body approved 0" in html and "Body approved 6" in html
    assert html.index("Body approved 0") < html.index("Body approved 6")
    for hidden in ("pending", "held", "rejected", "spam", "removed"):
        assert f"Body {hidden}" not in html
    assert "Comments (2)" in html


def test_approving_shows_and_removing_hides(client, post):
    comment = Comment.objects.create(post=post, name="Ana", body="Lovely post")
    assert "Lovely post" not in client.get(URL).text
    comment.status = Comment.APPROVED
    comment.save()
    assert "Lovely post" in client.get(URL).text
    comment.status = Comment.REMOVED
    comment.save()
    assert "Lovely post" not in client.get(URL).text


def test_markup_is_shown_as_text_and_unicode_is_kept(client, post):
    send(client, form(name="<b>Zoë 李</b>", body="<script>alert('x')</script> ünïcödé ✓"))
    Comment.objects.update(status=Comment.APPROVED)
    html = client.get(URL).text
    assert "<script>alert('x')</script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "&lt;b&gt;Zoë 李&lt;/b&gt;" in html and "ünïcödé ✓" in html


def test_official_reply_shows_with_name_and_role(client, post, pharmacist):
    Comment.objects.create(
        post=post,
        name="Ana",
        body="Question",
        status="approved",
        reply="Ask your GP.",
        reply_by=pharmacist,
        reply_role="Pharmacist",
    )
    html = " ".join(client.get(URL).text.split())
    assert "Reply from Pharma Tester</strong>, Pharmacist" in html and "Ask your GP." in html


def test_form_is_csrf_protected(post):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(f"{URL}comment/", form()).status_code == 403
    assert not Comment.objects.exists()


def test_form_has_honeypot_timestamp_counter_and_notice(client, post):
    html = client.get(URL).text
    assert 'name="website"' in html and 'tabindex="-1"' in html
    assert 'name="issued"' in html and 'name="csrfmiddlewaretoken"' in html
    assert 'maxlength="2000"' in html and 'id="id_body-count"' in html
    assert "cannot give personal medical advice" in html


def test_purge_clears_old_metadata_only(post):
    from django.core.management import call_command

    old = Comment.objects.create(
        post=post,
        name="a",
        body="b",
        ip_hash="x" * 64,
        user_agent="UA",
        created=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
    )
    new = Comment.objects.create(post=post, name="a", body="b", ip_hash="y" * 64, user_agent="UA")
    call_command("purge_comment_metadata", stdout=None)
    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.ip_hash, old.user_agent) == ("", "")
    assert (new.ip_hash, new.user_agent) == ("y" * 64, "UA")
    assert old.body == "b"
