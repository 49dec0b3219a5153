"""Nothing a reader sees changes without another pharmacist's approval, and nobody approves their
own work. Each test is one attack, made the way staff would make it: through the admin's own
forms and actions over HTTP, with two pharmacists and two editors."""

import datetime
import io
import json
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client

from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

import pytest
import time_machine

from guides.models import Condition, DrugGuidePage
from portal.models import PharmacistProfile
from tests.admin_forms import page_form, save_snippet, snippet_action_url
from tests.blog.factories import AuthorFactory, make_post
from tests.conftest import make_user
from tests.guides.conftest import make_guide
from tests.guides.factories import ConditionFactory
from tests.guides.forms import guide_form


@pytest.fixture(autouse=True)
def clock():
    """TODAY at 10:00, with the clock running: people act one after another, as in life."""
    with time_machine.travel(datetime.datetime(2026, 11, 29, 10, 0, tzinfo=datetime.UTC)):
        yield


def as_user(user):
    client = Client()
    client.force_login(user)
    return client


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def save(client, page, action=None, **changes):
    """Post the page editor's form as it stands, with `changes`, as a draft or an action."""
    data = page_form(client, page) | changes
    if action:
        data[f"action-{action}"] = "1"
    response = client.post(edit_url(page), data)
    assert response.status_code == 302, response.status_code
    return response


def workflow_action_url(page, action):
    page = Page.objects.get(pk=page.pk)
    state = page.current_workflow_task_state
    assert state is not None, "the page is not in review"
    return f"/admin/pages/workflow/action/{page.pk}/{action}/{state.pk}/"


def approve(client, page, **data):
    """The dashboard's (or the editor's) Approve button, posted from its modal."""
    return client.post(workflow_action_url(page, "approve"), data)


def from_editor(client, page, action, **extra):
    """A workflow action taken inside the page editor: Wagtail saves the form (a new revision,
    when the form counts as changed), then acts."""
    data = page_form(client, page) | {
        "action-workflow-action": "1",
        "workflow-action-name": action,
        "workflow-action-extra-data": json.dumps(extra),
    }
    return client.post(edit_url(page), data)


def approve_offered(client, page):
    html = client.get(edit_url(page)).text
    return 'data-workflow-action-name="approve"' in html


def live(page):
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def second_editor(db):
    return make_user("editor2", "Clinical editors")


@pytest.fixture
def published_guide(guide_index, editor, second_pharmacist):
    """A guide an editor wrote in the admin and the second pharmacist approved."""
    client = as_user(editor)
    response = client.post(
        f"/admin/pages/add/guides/drugguidepage/{guide_index.pk}/",
        guide_form() | {"action-submit": "1"},
    )
    assert response.status_code == 302
    guide = DrugGuidePage.objects.get(slug="formol")
    assert approve(as_user(second_pharmacist), guide).status_code == 302
    guide = live(guide)
    assert guide.live and guide.reviewed_by == second_pharmacist
    return guide


# 1. Self-approval through earlier drafts and ownership


def test_a_pharmacists_draft_submitted_unchanged_by_an_editor_needs_another_pharmacist(
    published_guide, editor, pharmacist, second_pharmacist
):
    writer = as_user(pharmacist)
    save(writer, published_guide, summary="Wording the pharmacist wrote.")
    save(as_user(editor), published_guide, action="submit")  # opened and submitted as it was

    assert not approve_offered(writer, published_guide)
    approve(writer, published_guide)
    assert live(published_guide).summary == "It relaxes muscles."

    approve(as_user(second_pharmacist), published_guide)
    assert live(published_guide).summary == "Wording the pharmacist wrote."
    assert live(published_guide).reviewed_by == second_pharmacist


def test_an_edit_made_during_review_still_counts_after_the_editor_resubmits(
    published_guide, editor, pharmacist, second_pharmacist
):
    author = as_user(editor)
    save(author, published_guide, action="submit", summary="The editor's change.")
    reviewer = as_user(pharmacist)
    save(reviewer, published_guide, summary="The pharmacist's own tweak.")
    # Sent back by the other pharmacist, then withdrawn and submitted afresh by the editor.
    as_user(second_pharmacist).post(
        workflow_action_url(published_guide, "reject"), {"comment": "Needs a source."}
    )
    save(author, published_guide, action="cancel-workflow")
    assert live(published_guide).current_workflow_state is None
    save(author, published_guide, action="submit")

    approve(reviewer, published_guide)
    assert live(published_guide).summary == "It relaxes muscles."
    # The second pharmacist sent it back, but may approve it now that it is resubmitted.
    approve(as_user(second_pharmacist), published_guide)
    assert live(published_guide).summary == "The pharmacist's own tweak."


def test_a_guide_a_pharmacist_created_needs_another_pharmacist(
    guide_index, editor, pharmacist, second_pharmacist
):
    creator = as_user(pharmacist)
    response = creator.post(
        f"/admin/pages/add/guides/drugguidepage/{guide_index.pk}/",
        guide_form(title="Ownedol", slug="ownedol", generic_name="ownedol"),
    )
    assert response.status_code == 302
    guide = DrugGuidePage.objects.get(slug="ownedol")
    assert guide.owner == pharmacist
    save(as_user(editor), guide, action="submit")

    approve(creator, guide)
    assert not live(guide).live
    approve(as_user(second_pharmacist), guide)
    assert live(guide).live


def test_a_pharmacist_may_approve_an_editors_change_to_text_another_pharmacist_approved(
    published_guide, editor, pharmacist, second_pharmacist
):
    # The pharmacist's wording went live on the second pharmacist's approval ...
    save(as_user(pharmacist), published_guide, summary="Wording the pharmacist wrote.")
    save(as_user(editor), published_guide, action="submit")
    approve(as_user(second_pharmacist), published_guide)
    # ... so an editor's later change is someone else's work, which the pharmacist may approve.
    save(as_user(editor), published_guide, action="submit", uses="The editor's new uses.")
    reviewer = as_user(pharmacist)
    assert approve_offered(reviewer, published_guide)
    assert approve(reviewer, published_guide).status_code == 302
    assert live(published_guide).uses == "The editor's new uses."
    assert live(published_guide).reviewed_by == pharmacist


# 2. Bookkeeping is not authorship


def test_sending_the_demo_guide_back_from_the_editor_leaves_the_pharmacist_free_to_approve(
    db, editor, pharmacist
):
    call_command("load_demo_content", stdout=io.StringIO())
    guide = DrugGuidePage.objects.get(slug="baclofen")
    author, reviewer = as_user(editor), as_user(pharmacist)
    save(author, guide, action="submit", summary=guide.summary + " Edited.")
    response = from_editor(reviewer, guide, "reject", comment="Say what it is used for first.")
    assert response.status_code == 302
    assert live(guide).current_workflow_state.status == "needs_changes"

    save(author, guide, action="submit", uses="Reworded uses.")
    assert approve_offered(reviewer, guide)
    approve(reviewer, guide)
    assert live(guide).uses == "Reworded uses."


def test_a_pharmacist_who_approved_from_the_editor_may_confirm_it_is_still_accurate(
    published_guide, editor, pharmacist
):
    save(as_user(editor), published_guide, action="submit", uses="Changed uses.")
    reviewer = as_user(pharmacist)
    assert from_editor(reviewer, published_guide, "approve", comment="").status_code == 302
    guide = live(published_guide)
    assert guide.live and guide.uses == "Changed uses." and guide.reviewed_by == pharmacist
    type(guide).objects.filter(pk=guide.pk).update(next_review_due="2026-12-01")

    response = reviewer.post(f"/admin/reviews/{guide.pk}/confirm/", follow=True)
    assert "confirmed as still accurate" in response.text
    assert str(live(guide).next_review_due) == "2027-11-29"


def test_nobody_confirms_text_they_published_themselves_as_still_accurate(
    published_guide, superuser
):
    PharmacistProfile.objects.create(user=superuser, credentials="MPharm", registration_number="9")
    admin = as_user(superuser)
    save(admin, published_guide, action="publish", summary="Wording the superuser published.")
    assert live(published_guide).summary == "Wording the superuser published."
    type(published_guide).objects.filter(pk=published_guide.pk).update(next_review_due="2026-12-01")
    response = admin.post(f"/admin/reviews/{published_guide.pk}/confirm/", follow=True)
    assert "confirmed as still accurate" not in response.text
    assert str(live(published_guide).next_review_due) == "2026-12-01"


# 3. Reader-visible content outside the page workflow


@pytest.fixture
def author_on_a_live_post(blog_index):
    author = AuthorFactory(name="Sam Writer", credentials="MPharm", bio="Writes about pain.")
    if hasattr(author, "save_revision"):
        author.save_revision().publish()
    post = make_post(blog_index, authors=[author], slug="on-pain", title="On pain")
    return author, post


def test_an_editors_change_to_an_authors_credentials_waits_for_a_pharmacist(
    client, author_on_a_live_post, editor, pharmacist
):
    author, post = author_on_a_live_post
    writer = as_user(editor)
    save_snippet(writer, author, credentials="Professor of everything", bio="Trust me.")
    save_snippet(writer, author, action="publish", credentials="Professor of everything")

    for url in ("/blog/on-pain/", "/blog/", "/api/v2/pages/?type=blog.BlogPostPage&fields=*"):
        text = client.get(url).text
        assert "Professor of everything" not in text and "Trust me." not in text
    assert "MPharm" in client.get("/blog/on-pain/").text

    save_snippet(writer, author, action="submit", credentials="Professor of everything")
    assert as_user(pharmacist).post(snippet_action_url(author, "approve")).status_code == 302
    assert "Professor of everything" in client.get("/blog/on-pain/").text


def test_a_pharmacists_change_to_an_author_needs_another_pharmacist(
    client, author_on_a_live_post, editor, pharmacist, second_pharmacist
):
    author, post = author_on_a_live_post
    save_snippet(as_user(pharmacist), author, bio="A new bio, in the words of a pharmacist.")
    assert "A new bio" not in client.get("/blog/on-pain/").text
    save_snippet(as_user(editor), author, action="submit")
    as_user(pharmacist).post(snippet_action_url(author, "approve"))
    assert "A new bio" not in client.get("/blog/on-pain/").text
    as_user(second_pharmacist).post(snippet_action_url(author, "approve"))
    assert "A new bio, in the words of a pharmacist." in client.get("/blog/on-pain/").text


@pytest.fixture
def spasticity(db):
    return ConditionFactory(name="Spasticity", slug="spasticity")


@pytest.fixture
def baclofen(guide_index, spasticity):
    guide = make_guide(guide_index, "Baclofen")
    guide.conditions.add(spasticity)
    guide.save_revision().publish()
    return guide


def test_an_editors_change_to_a_condition_name_waits_for_a_pharmacist(
    client, baclofen, spasticity, editor, pharmacist
):
    writer = as_user(editor)
    save_snippet(writer, spasticity, name="Cures everything")
    save_snippet(writer, spasticity, action="publish", name="Cures everything")
    for url in (
        "/medicines/baclofen/",
        "/medicines/",
        f"/api/v2/pages/{baclofen.pk}/",
        "/search/?q=cures",
    ):
        assert "Cures everything" not in client.get(url).text, url
    assert "Spasticity" in client.get("/medicines/baclofen/").text

    save_snippet(writer, spasticity, action="submit", name="Cures everything")
    as_user(pharmacist).post(snippet_action_url(spasticity, "approve"))
    assert "Cures everything" in client.get("/medicines/baclofen/").text
    assert found("cures") == ["/medicines/baclofen/"]  # the approved name is searchable


def test_a_condition_an_editor_adds_is_not_shown_before_approval(
    client, baclofen, editor, pharmacist
):
    writer = as_user(editor)
    response = writer.post(
        "/admin/snippets/guides/condition/add/",
        {"name": "Hiccups", "slug": "hiccups", "description": ""},
    )
    assert response.status_code == 302
    condition = Condition.objects.get(slug="hiccups")
    guide = live(baclofen)
    guide.conditions.add(condition)
    guide.save_revision().publish()
    assert "Hiccups" not in client.get("/medicines/baclofen/").text
    assert "Hiccups" not in client.get("/medicines/").text


def image_edit(client, image, **data):
    fields = {"title": image.title, "collection": image.collection_id, "tags": ""}
    return client.post(f"/admin/images/{image.pk}/", fields | data)


@pytest.fixture
def image_on_a_live_post(blog_index):
    from wagtail.images.models import Image

    image = Image.objects.create(title="Pelvis diagram", file=get_test_image_file())
    body = [("image", {"image": image, "alt_text": "A diagram", "caption": ""})]
    post = make_post(blog_index, slug="with-image", body=body)
    assert post.live
    return image


def test_the_file_of_an_image_a_live_page_shows_cannot_be_replaced_outside_review(
    image_on_a_live_post, editor, pharmacist
):
    image = image_on_a_live_post
    before = image.file.name
    for user in (editor, pharmacist):
        new_file = SimpleUploadedFile(
            "other.png", get_test_image_file(colour="red").file.getvalue(), "image/png"
        )
        response = image_edit(as_user(user), image, file=new_file)
        assert response.status_code == 200
        assert "shown on published pages" in response.text
        image.refresh_from_db()
        assert image.file.name == before


def test_the_crop_of_a_shown_image_is_kept_and_its_title_can_still_change(
    image_on_a_live_post, editor
):
    image = image_on_a_live_post
    crop = {"focal_point_x": 5, "focal_point_y": 5, "focal_point_width": 4}
    response = image_edit(as_user(editor), image, focal_point_height=4, **crop)
    assert response.status_code == 200 and "shown on published pages" in response.text
    image.refresh_from_db()
    assert image.focal_point_x is None
    assert image_edit(as_user(editor), image, title="Pelvis, side view").status_code == 302
    image.refresh_from_db()
    assert image.title == "Pelvis, side view"


def test_the_file_of_an_image_no_live_page_shows_can_be_replaced(guide_index, editor):
    from wagtail.images.models import Image

    image = Image.objects.create(title="Unused", file=get_test_image_file())
    new_file = SimpleUploadedFile(
        "other.png", get_test_image_file(colour="red").file.getvalue(), "image/png"
    )
    assert image_edit(as_user(editor), image, file=new_file).status_code == 302
    image.refresh_from_db()
    assert "other" in image.file.name


# 4. Drafts never reach the search index


def found(query):
    """The result links a reader sees (the page may come from the page cache)."""
    html = Client().get("/search/", {"q": query}).text
    return re.findall(r'<h3><a href="([^"]+)">', html)


def test_words_in_an_unapproved_draft_are_not_found_and_live_words_still_are(
    published_guide, editor, pharmacist
):
    assert found("relaxes") == ["/medicines/formol/"]
    save(as_user(editor), published_guide, summary="Zanzibarine is a word only the draft has.")
    assert found("zanzibarine") == []
    assert found("relaxes") == ["/medicines/formol/"]

    save(as_user(editor), published_guide, action="submit")
    approve(as_user(pharmacist), published_guide)
    assert found("zanzibarine") == ["/medicines/formol/"]


def test_words_in_a_draft_of_a_post_are_not_found(blog_index, editor):
    post = make_post(
        blog_index,
        authors=[AuthorFactory()],
        slug="live-post",
        title="Live post",
        teaser="Forthrightly written.",
    )
    save(as_user(editor), post, teaser="Quixotically drafted.")
    assert found("quixotically") == []
    assert found("forthrightly") == ["/blog/live-post/"]


# 6. Names and files that should not be public


@pytest.fixture
def nameless_pharmacist(db):
    user = make_user("nameless", "Pharmacists")
    user.first_name = user.last_name = ""
    user.save()
    PharmacistProfile.objects.create(user=user, credentials="MPharm", registration_number="GPhC 9")
    return user


@pytest.fixture
def unregistered_pharmacist(db):
    return make_user("unregistered", "Pharmacists")


@pytest.mark.parametrize("who", ["nameless_pharmacist", "unregistered_pharmacist"])
def test_a_pharmacist_without_a_public_name_and_registration_cannot_sign_off(
    request, client, published_guide, editor, who
):
    reviewer = as_user(request.getfixturevalue(who))
    save(as_user(editor), published_guide, action="submit", uses="Changed uses.")
    modal = reviewer.get(workflow_action_url(published_guide, "approve")).text
    assert "data-sign-off-refusal" in modal and "You cannot approve yet" in modal
    approve(reviewer, published_guide)
    from_editor(reviewer, published_guide, "approve")
    assert live(published_guide).uses != "Changed uses."
    assert request.getfixturevalue(who).username not in client.get("/medicines/formol/").text


def test_the_stamp_quotes_the_name_given_at_sign_off(client, published_guide, second_pharmacist):
    second_pharmacist.first_name = second_pharmacist.last_name = ""
    second_pharmacist.save()
    for url in ("/medicines/formol/", f"/api/v2/pages/{published_guide.pk}/"):
        text = client.get(url).text
        assert "Pharmb Tester" in text
        assert "pharmb" not in text.replace("Pharmb", "")


def test_the_images_api_lists_only_images_that_live_pages_show(client, image_on_a_live_post):
    from wagtail.images.models import Image

    hidden = Image.objects.create(title="For an unpublished guide", file=get_test_image_file())
    listing = client.get("/api/v2/images/?fields=*").json()
    assert [item["title"] for item in listing["items"]] == ["Pelvis diagram"]
    (item,) = listing["items"]
    assert "download_url" not in json.dumps(item)
    assert "/original_images/" not in json.dumps(item)
    assert item["rendition"]["url"].endswith(".webp")
    assert image_on_a_live_post.renditions.get().url == item["rendition"]["url"]
    assert client.get(f"/api/v2/images/{hidden.pk}/").status_code == 404
    assert client.get("/api/v2/images/?fields=download_url").status_code == 400


# 7. Bad review input is a form error


@pytest.mark.parametrize("bad_date", ["2026-13-45", "12345", "tomorrow", "\x00"])
def test_a_bad_product_information_date_is_refused_with_a_message(
    published_guide, editor, pharmacist, bad_date
):
    save(as_user(editor), published_guide, action="submit", uses="Changed uses.")
    reviewer = as_user(pharmacist)
    url = workflow_action_url(published_guide, "approve")
    response = reviewer.post(
        url, {"product_information_date": bad_date}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert response.status_code == 200
    assert "Enter a valid date" in response.json()["html"]
    response = from_editor(reviewer, published_guide, "approve", product_information_date=bad_date)
    assert response.status_code in (200, 302, 400)
    assert live(published_guide).uses != "Changed uses."
