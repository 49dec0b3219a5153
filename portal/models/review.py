"""The Pharmacist review task: a group approval with the portal's rules of who may sign off."""

from django.db import models

from wagtail.models import AbstractGroupApprovalTask, TaskState

from portal.review import actions, rules, signoff
from portal.review.forms import ApproveForm, RequestChangesForm


class PharmacistReviewTask(AbstractGroupApprovalTask):
    """A pharmacist's sign-off. Like a group approval, except that nobody may approve content
    they wrote (portal/review/rules.py), a sign-off needs a public name and registration, and
    sending back needs a comment."""

    class Meta:
        verbose_name = "Pharmacist review task"
        verbose_name_plural = "Pharmacist review tasks"

    @classmethod
    def get_description(cls):
        return "A pharmacist who did not write the change approves it, which publishes it."

    @classmethod
    def get_task_state_class(cls):
        return PharmacistReviewTaskState

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if not rules.may_approve(obj, user):
            return [action for action in actions if action[0] != "approve"]
        if signoff.refusal(user):
            # Only the modal is offered: it says what is missing (templates/portal/review/).
            return [action for action in actions if action[0] != "approve" or action[2]]
        return actions

    def get_form_for_action(self, action):
        return RequestChangesForm if action == "reject" else ApproveForm

    def get_template_for_action(self, action):
        return "portal/review/approve_modal.html" if action == "approve" else ""

    def on_action(self, task_state, user, action_name, **kwargs):
        return actions.perform_review_action(self, task_state, user, action_name, **kwargs)


class PharmacistReviewTaskState(TaskState):
    """A review in progress or done, with the evidence the pharmacist noted."""

    sources_checked = models.TextField(blank=True)
    product_information_date = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = "Pharmacist review task state"
