"""The "Pharmacist review" workflow, its task for the Pharmacists group, and the editing rights
that go with it. Section index pages that already exist are put under the workflow here; new
ones are put under it when created (portal/signals.py)."""

from django.db import migrations

WORKFLOW = "Pharmacist review"
TASK = "Pharmacist sign-off"
SECTION_MODELS = [("guides", "guideindexpage"), ("blog", "blogindexpage")]
# Snippets the page authors look after: (app, model, groups that may add and change them).
SNIPPETS = [
    ("guides", "condition", ["Clinical editors", "Pharmacists"]),
    ("blog", "author", ["Clinical editors", "Pharmacists"]),
]


def content_type(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def permission(apps, app_label, model, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get_or_create(
        content_type=content_type(apps, app_label, model),
        codename=codename,
        defaults={"name": codename.replace("_", " ")},
    )[0]


def create_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    PharmacistReviewTask = apps.get_model("portal", "PharmacistReviewTask")

    pharmacists = Group.objects.get(name="Pharmacists")
    task = PharmacistReviewTask.objects.filter(name=TASK).first()
    if task is None:
        task = PharmacistReviewTask.objects.create(
            name=TASK,
            active=True,
            content_type=content_type(apps, "portal", "pharmacistreviewtask"),
        )
    task.groups.set([pharmacists])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    for app_label, model in SECTION_MODELS:
        for page in apps.get_model(app_label, model).objects.all():
            WorkflowPage.objects.get_or_create(page_id=page.pk, defaults={"workflow": workflow})

    # Every other page (home, information pages) goes through a pharmacist too, in place of
    # Wagtail's default "Moderators approval", whose groups this portal does not use.
    WorkflowPage.objects.filter(page__depth=1).update(workflow=workflow)
    Workflow.objects.filter(name="Moderators approval").update(active=False)
    Group.objects.filter(name__in=["Editors", "Moderators"], user=None).delete()

    for app_label, model, group_names in SNIPPETS:
        for group in Group.objects.filter(name__in=group_names):
            for action in ("add", "change", "view"):
                group.permissions.add(permission(apps, app_label, model, f"{action}_{model}"))


def remove_workflow(apps, schema_editor):
    # Wagtail's default groups are not recreated; its default workflow is switched back on.
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    default = Workflow.objects.filter(name="Moderators approval").first()
    if default is not None:
        default.active = True
        default.save()
        WorkflowPage.objects.filter(page__depth=1).update(workflow=default)
    PharmacistReviewTask = apps.get_model("portal", "PharmacistReviewTask")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Workflow.objects.filter(name=WORKFLOW).delete()
    PharmacistReviewTask.objects.filter(name=TASK).delete()
    for app_label, model, group_names in SNIPPETS:
        codenames = [f"{action}_{model}" for action in ("add", "change", "view")]
        perms = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        for group in Group.objects.filter(name__in=group_names):
            group.permissions.remove(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_pharmacist_review_models"),
        ("guides", "0003_drugguidepage_reviewer_registration"),
        ("blog", "0002_blogpostpage_reviewer_registration"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
