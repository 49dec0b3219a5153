"""Pharmacists reply to readers' comments without moderating them.

A `reply_comment` permission lets its holder open the queue (with `view_comment`) and write the
official reply; only `change_comment` approves, rejects or edits a comment, and Pharmacists do
not get it. Comment moderators get `reply_comment` too, so one permission guards the reply view.
The reply quotes the replier's credentials as they were when they replied."""

from django.db import migrations, models

GRANTS = {
    "Pharmacists": ["view_comment", "reply_comment"],
    "Comment moderators": ["reply_comment"],
}
NAMES = {"view_comment": "Can view comment", "reply_comment": "Can reply to comment"}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="blog", model="comment")
    for name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": NAMES[codename]},
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label="blog",
                    content_type__model="comment",
                    codename__in=codenames,
                )
            )
    # The permission itself goes with the Meta option this migration adds.
    Permission.objects.filter(content_type__app_label="blog", codename="reply_comment").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0007_author_reviewed"),
        ("portal", "0002_roles"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="comment",
            options={
                "ordering": ["-created"],
                "permissions": [("reply_comment", "Can reply to comment")],
            },
        ),
        migrations.AddField(
            model_name="comment",
            name="reply_credentials",
            field=models.CharField(blank=True, max_length=120),
        ),
        migrations.RunPython(grant, revoke),
    ]
