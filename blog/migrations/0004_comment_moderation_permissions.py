"""Comment moderators run the queue: they change comments and keep the blocklist and canned
replies. Nothing else: no page permissions."""

from django.db import migrations

GROUP = "Comment moderators"
PERMISSIONS = {
    "comment": ["view", "change"],
    "blockedterm": ["view", "add", "change", "delete"],
    "cannedreply": ["view", "add", "change", "delete"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for model, actions in PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="blog", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is None:
        return
    codenames = [f"{a}_{m}" for m, actions in PERMISSIONS.items() for a in actions]
    group.permissions.remove(
        *Permission.objects.filter(content_type__app_label="blog", codename__in=codenames)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0003_comments"),
        ("portal", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
