from django.db import models

from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin


class ReviewedSnippet(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """A snippet that readers see on reviewed pages: an author's credentials, a condition's name.

    Every change is a draft until a pharmacist approves it under the Pharmacist review workflow,
    as for pages, so nobody changes live clinical content through a snippet. Readers' queries
    filter on `live`; the row itself only ever holds the approved values.
    """

    class Meta:
        abstract = True
