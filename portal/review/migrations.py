"""Migration operations for the apps whose snippets go through the Pharmacist review workflow."""

from django.db import migrations

WORKFLOW = "Pharmacist review"  # made in portal/migrations/0005_pharmacist_review_workflow.py


def put_under_review(app_label, model):
    """A RunPython that assigns the snippet model to the Pharmacist review workflow. Nobody is
    given its publish permission: an approval is the only way a change goes live."""

    def assign(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        Workflow = apps.get_model("wagtailcore", "Workflow")
        WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        workflow = Workflow.objects.get(name=WORKFLOW)
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )

    def unassign(apps, schema_editor):
        WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
        WorkflowContentType.objects.filter(
            content_type__app_label=app_label, content_type__model=model
        ).delete()

    return migrations.RunPython(assign, unassign)
