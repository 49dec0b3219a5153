"""Named by WAGTAIL_FINISH_WORKFLOW_ACTION. Wagtail imports it while wagtail.models is still
loading, so it may import nothing from Wagtail at module level."""


def publish_approved_revision(workflow_state, user=None):
    from portal.review import publish_approved_revision as publish

    return publish(workflow_state, user=user)
