"""The review stamp keeps the reviewer's name as it was at sign-off. Stamps given before this
take the name the reviewer's account has now; a reviewer with no name on file stays unnamed
("Page last reviewed on …"), never shown by username."""

from django.db import migrations, models


def copy_names(apps, schema_editor):
    Model = apps.get_model("guides", "drugguidepage")
    for page in Model.objects.exclude(reviewed_by=None).select_related("reviewed_by"):
        user = page.reviewed_by
        name = f"{user.first_name} {user.last_name}".strip()
        Model.objects.filter(pk=page.pk).update(reviewer_name=name)


class Migration(migrations.Migration):
    dependencies = [("guides", "0003_drugguidepage_reviewer_registration")]

    operations = [
        migrations.AddField(
            model_name="drugguidepage",
            name="reviewer_name",
            field=models.CharField(blank=True, editable=False, max_length=150),
        ),
        migrations.RunPython(copy_names, migrations.RunPython.noop),
    ]
