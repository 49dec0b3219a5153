"""Review actions taken from inside the page or snippet editor.

The editor's workflow buttons post their details as JSON, which Wagtail hands to the task
without validating it. Checked here first with the task's own form (before_edit_page and
before_edit_snippet hooks), so a bad value comes back as a message instead of an error page.
"""

import json

from django.contrib import messages
from django.shortcuts import redirect

from portal.models import PharmacistReviewTask
from portal.review import signoff


def problem_with(request, task, action):
    try:
        data = json.loads(request.POST.get("workflow-action-extra-data") or "{}")
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return "The review details could not be read. Please try again."
    if action == "approve" and (reason := signoff.refusal(request.user)):
        return reason
    form_class = task.get_form_for_action(action)
    form = form_class(data)
    if form.is_valid():
        return ""
    return " ".join(
        f"{form.fields[name].label if name in form.fields else 'Review'}: {' '.join(errors)}"
        for name, errors in form.errors.items()
    )


def check_workflow_action(request, obj):
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None
    task = obj.current_workflow_task
    task = task.specific if task is not None else None
    if not isinstance(task, PharmacistReviewTask):
        return None
    if problem := problem_with(request, task, request.POST.get("workflow-action-name", "")):
        messages.error(request, problem)
        return redirect(request.get_full_path())
    return None
