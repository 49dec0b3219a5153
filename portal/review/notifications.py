"""Review emails: pharmacists hear of each submission, authors of each approval with its comment.
(Wagtail already emails the author a rejection with the pharmacist's comment.)"""

from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
)
from wagtail.models import TaskState


class PharmacistSubmissionNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Wagtail's group-approval submission email, for our own task state class."""

    def get_template_base_prefix(self, instance, **kwargs):
        return "task_state_"


class ApprovalWithCommentNotifier(WorkflowStateApprovalEmailNotifier):
    """Wagtail's approval email, with the approving pharmacist's comment added."""

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        approval = (
            TaskState.objects.filter(
                workflow_state=workflow_state, status=TaskState.STATUS_APPROVED
            )
            .order_by("-finished_at")
            .first()
        )
        context["comment"] = approval.comment if approval else ""
        context["approved_by"] = approval.finished_by if approval else None
        return context
