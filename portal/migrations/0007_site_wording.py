"""Site-wide words readers act on, as one reviewed snippet: made from today's wording, live, under
the Pharmacist review workflow, editable by clinical editors and pharmacists (nobody publishes)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from portal.review.migrations import put_under_review

GROUPS = ["Clinical editors", "Pharmacists"]


def create_wording(apps, schema_editor):
    SiteWording = apps.get_model("portal", "SiteWording")
    if not SiteWording.objects.exists():
        SiteWording.objects.create(live=True)
    grant(apps, add=True)


def remove_wording(apps, schema_editor):
    grant(apps, add=False)


def grant(apps, add):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="portal", model="sitewording")
    perms = [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_sitewording",
            defaults={"name": f"Can {action} site wording"},
        )[0]
        for action in ("change", "view")
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        if add:
            group.permissions.add(*perms)
        else:
            group.permissions.remove(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0006_rate_limit_buckets"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="SiteWording",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("live", models.BooleanField(default=True, editable=False, verbose_name="live")),
                (
                    "has_unpublished_changes",
                    models.BooleanField(
                        default=False, editable=False, verbose_name="has unpublished changes"
                    ),
                ),
                (
                    "first_published_at",
                    models.DateTimeField(
                        blank=True, db_index=True, null=True, verbose_name="first published at"
                    ),
                ),
                (
                    "last_published_at",
                    models.DateTimeField(
                        editable=False, null=True, verbose_name="last published at"
                    ),
                ),
                (
                    "go_live_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="go live date/time"),
                ),
                (
                    "expire_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="expiry date/time"),
                ),
                (
                    "expired",
                    models.BooleanField(default=False, editable=False, verbose_name="expired"),
                ),
                (
                    "locked",
                    models.BooleanField(default=False, editable=False, verbose_name="locked"),
                ),
                (
                    "locked_at",
                    models.DateTimeField(editable=False, null=True, verbose_name="locked at"),
                ),
                ("site_name", models.CharField(default="Medicines Explained", max_length=80)),
                (
                    "disclaimer_lead",
                    models.CharField(
                        default="This site does not replace advice from your doctor or pharmacist.",
                        help_text="The footer's first sentence, in bold.",
                        max_length=200,
                    ),
                ),
                (
                    "disclaimer",
                    models.TextField(
                        default="It explains medicines in general terms; your own treatment may differ."
                    ),
                ),
                (
                    "emergency",
                    models.TextField(
                        default="In an emergency, call the emergency number (999 in the UK, 112 in Europe, 911 in North America).",
                        help_text="Ends the footer on every page.",
                        verbose_name="emergency numbers",
                    ),
                ),
                (
                    "crisis_heading",
                    models.CharField(
                        default="If you are thinking of harming yourself, or have taken too much of a medicine, get help now",
                        help_text="Shown to a reader whose comment may come from someone in crisis.",
                        max_length=200,
                    ),
                ),
                (
                    "crisis_steps",
                    models.TextField(
                        default="Call the emergency number (999 in the UK, 112 in Europe, 911 in North America) if you are in danger or have taken an overdose.\nIn the UK you can call Samaritans free on 116 123, day or night, or text SHOUT to 85258.\nOr talk to your doctor, a pharmacist, or someone you trust today.",
                        help_text="One step a line, most urgent first.",
                    ),
                ),
                (
                    "latest_revision",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                        verbose_name="latest revision",
                    ),
                ),
                (
                    "live_revision",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                        verbose_name="live revision",
                    ),
                ),
                (
                    "locked_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="locked_%(class)ss",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="locked by",
                    ),
                ),
            ],
            options={
                "verbose_name": "site wording",
                "verbose_name_plural": "site wording",
            },
        ),
        migrations.RunPython(create_wording, remove_wording),
        put_under_review("portal", "sitewording"),
    ]
