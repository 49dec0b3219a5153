"""The Wagtail admin's edit forms as a browser posts them, read back from the admin itself.

An attack on a promise ("an editor opens the draft and submits it unchanged") has to post what
the editor's browser would: every field the edit view renders, with the values it shows. The
HTML gives the plain fields and inline rows; StreamFields are drawn by the admin's JavaScript
from the draft's stored value, so their inputs are made here from that same value.
"""

from wagtail.blocks import (
    BooleanBlock,
    ChooserBlock,
    FieldBlock,
    ListBlock,
    StreamBlock,
    StructBlock,
)
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html


def _block_inputs(block, state, prefix):
    if isinstance(block, StreamBlock):
        yield f"{prefix}-count", str(len(state or []))
        for index, child in enumerate(state or []):
            item = f"{prefix}-{index}"
            yield f"{item}-type", child["type"]
            yield f"{item}-id", child["id"] or ""
            yield f"{item}-deleted", ""
            yield f"{item}-order", str(index)
            yield from _block_inputs(
                block.child_blocks[child["type"]], child["value"], f"{item}-value"
            )
    elif isinstance(block, ListBlock):
        yield f"{prefix}-count", str(len(state))
        for index, child in enumerate(state):
            item = f"{prefix}-{index}"
            yield f"{item}-id", child["id"] or ""
            yield f"{item}-deleted", ""
            yield f"{item}-order", str(index)
            yield from _block_inputs(block.child_block, child["value"], f"{item}-value")
    elif isinstance(block, StructBlock):
        for name, child in block.child_blocks.items():
            yield from _block_inputs(child, state.get(name), f"{prefix}-{name}")
    elif isinstance(block, BooleanBlock):
        if state:
            yield prefix, "on"
    elif isinstance(block, ChooserBlock):
        yield prefix, str(state["id"]) if state else ""
    elif isinstance(block, FieldBlock):
        if isinstance(state, list):  # a select widget's value comes as a list of one
            state = state[0] if state else None
        yield prefix, "" if state is None else str(state)
    else:  # pragma: no cover - a block kind this project does not use
        raise TypeError(f"No form inputs for {type(block).__name__}")


def stream_inputs(instance):
    """The inputs the editor's JavaScript makes for every StreamField of `instance`."""
    data = {}
    for field in instance._meta.get_fields():
        if isinstance(field, StreamField):
            state = field.stream_block.get_form_state(getattr(instance, field.name))
            data.update(_block_inputs(field.stream_block, state, field.name))
    return data


def _as_posted(value):
    # A browser drops the newline that starts a <textarea>'s content; the HTML parser keeps it.
    return value[1:] if value.startswith("\n") else value


def read_form(client, url, instance, form_id=None):
    """What the browser would post from the edit view at `url` if nothing were changed."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    kwargs = {"form_id": form_id} if form_id else {"form_index": 1}
    data = querydict_from_html(response.text, **kwargs)
    form = {}
    for key in data:
        if "__prefix__" in key:  # an inline panel's template for new rows, never posted
            continue
        values = [_as_posted(value) for value in data.getlist(key)]
        form[key] = values if len(values) > 1 else values[0]
    form.update(stream_inputs(instance))
    return form


def page_form(client, page):
    """The page editor's form for the page's newest revision, as it would be posted unchanged."""
    draft = page.get_latest_revision_as_object()
    return read_form(client, f"/admin/pages/{page.pk}/edit/", draft, form_id="page-edit-form")


def snippet_edit_url(obj):
    meta = obj._meta
    return f"/admin/snippets/{meta.app_label}/{meta.model_name}/edit/{obj.pk}/"


def snippet_form(client, obj):
    """A snippet's edit form (its newest draft, where it keeps drafts) as posted unchanged."""
    latest = getattr(obj, "get_latest_revision_as_object", None)
    draft = latest() if latest else obj
    return read_form(client, snippet_edit_url(obj), draft)


def snippet_action_url(obj, action):
    meta = obj._meta
    state = type(obj).objects.get(pk=obj.pk).current_workflow_task_state
    assert state is not None, "the snippet is not in review"
    return f"/admin/snippets/{meta.app_label}/{meta.model_name}/workflow/action/{obj.pk}/{action}/{state.pk}/"


def save_snippet(client, obj, action=None, **changes):
    data = snippet_form(client, obj) | changes
    if action:
        data[f"action-{action}"] = "1"
    response = client.post(snippet_edit_url(obj), data)
    assert response.status_code == 302, response.status_code
    return response
