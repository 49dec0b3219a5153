"""Demo content shared by every section: the site, its home page, the privacy page, the accounts.

Every builder here finds what already exists before making anything, so running the demo command
twice changes nothing. Existing pages and users are left exactly as they are.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import Page, Site

from portal.models import HomePage, PharmacistProfile, StandardPage
from portal.review.actions import apply_stamp

# Each app adds its sections under the home page: hook(demo), run in the hooks' `order`.
DEMO_CONTENT_HOOK = "portal_demo_content"


@dataclass
class DemoSite:
    """What the builders share: the home page, what each built (by name, for the builders after
    it), and the pages to stamp as reviewed by the demo pharmacist."""

    home: HomePage
    built: dict = field(default_factory=dict)
    reviewed: list = field(default_factory=list)


DEMO_ACCOUNTS = (
    # username, group (None: superuser), full name
    ("admin", None, "Ada Admin"),
    ("editor", "Clinical editors", "Eddie Editor"),
    ("pharmacist", "Pharmacists", "Priya Pharmacist"),
    ("moderator", "Comment moderators", "Morgan Moderator"),
)


def demo_password(username):
    return f"demo-{username}"


def ensure_child(parent, model, slug, **fields):
    """Return the child of `parent` with this slug, creating and publishing it when missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def ensure_home_page(hostname="localhost", port=80):
    home = HomePage.objects.first()
    created = home is None
    if created:
        root = Page.get_first_root_node()
        # Wagtail's installer leaves a plain "Welcome" page with the slug we want; it has no content.
        for welcome in root.get_children().filter(content_type__model="page", numchild=0):
            welcome.delete()
        home = HomePage(
            title="Medicines explained",
            slug="home",
            seo_title="Medicines Explained: clear, pharmacist-reviewed medicine guides",
            intro=(
                "Plain-language guides to medicines, checked by a pharmacist: what each one is for, "
                "how to take it, what to watch out for and when to get help."
            ),
            body=(
                "<p>Find a medicine by its generic name or the brand name on the box, or browse the "
                "A–Z. Every guide follows the same order, so the answer you need is always in the "
                "same place.</p>"
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    else:
        changed = site.root_page_id != home.pk
        if changed:
            site.root_page = home
            site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
        # On a development machine the site is where `make run` serves it this time, so that
        # the sitemap and the API link to the port it answers on, not the first one used.
        if settings.DEBUG and (site.hostname, site.port) != (hostname, port):
            site.hostname, site.port = hostname, port
            changed = True
        if changed:
            site.save()
    return home, created


def ensure_privacy_page(home):
    return ensure_child(
        home,
        StandardPage,
        "privacy",
        title="Privacy",
        intro="What we collect when you read or comment, why, and how long we keep it.",
        body=(
            "<h2>Reading the site</h2>"
            "<p>You can read every guide and post without an account. We keep no advertising or "
            "tracking cookies. Our servers keep short-lived technical logs (the page asked for, the "
            "time, the response) to keep the site running; they hold no names.</p>"
            "<h2>Comments</h2>"
            "<p>If you comment, we store the name you give, your comment and, if you choose to give "
            "it, your email address. The email address is never shown; a moderator may use it to "
            "reply to you privately. To stop abuse we also store a scrambled form of your network "
            "address (never the address itself) and the name of your browser, and delete both "
            "after 90 days. A moderator reads every comment before it is published.</p>"
            "<h2>Your rights</h2>"
            "<p>You can ask us to show, correct or delete anything we hold about you. Please do not "
            "post personal medical details: we cannot give individual medical advice.</p>"
        ),
    )


def ensure_demo_accounts():
    """Create the demo logins. Only ever called with DEBUG on: they have public passwords."""
    User = get_user_model()
    created = []
    for username, group_name, full_name in DEMO_ACCOUNTS:
        if User.objects.filter(username=username).exists():
            continue
        first_name, last_name = full_name.split(" ", 1)
        user = User(
            username=username,
            email=f"{username}@example.com",
            first_name=first_name,
            last_name=last_name,
            is_staff=group_name is None,
            is_superuser=group_name is None,
        )
        user.set_password(demo_password(username))
        user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        if group_name == "Pharmacists":
            PharmacistProfile.objects.create(
                user=user, credentials="MPharm", registration_number="Demo register 0001"
            )
        created.append(username)
    return created


def stamp_demo_reviews(pages):
    """Mark demo pages as reviewed by the demo pharmacist, as the workflow would on approval.
    Pages that already carry a review keep it."""
    pharmacist = get_user_model().objects.filter(username="pharmacist").first()
    if pharmacist is None:
        return
    for page in pages:
        if page.last_reviewed is None:
            apply_stamp(page, pharmacist, timezone.localdate())
