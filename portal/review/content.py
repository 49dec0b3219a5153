"""What counts as content: the fields and rows an editor edits, read in a canonical form.

Everything else a revision holds is bookkeeping (publication state, locks, the review stamp,
derived scores), and so is the way Wagtail happens to store an unchanged value: the ids of
StreamField blocks, the sort order of inline rows (empty on rows written in code, 0, 1, …
once the editor has saved them), the block keys the rich-text editor adds, a browser's CRLF.
Two revisions with the same canonical content are, to a reader, the same page.
"""

import datetime
import decimal
import re
from functools import cache

from django.core.exceptions import FieldDoesNotExist
from django.db.models.fields.related import ForeignObjectRel

from wagtail.admin.panels import get_edit_handler
from wagtail.fields import StreamField
from wagtail.models import Page

from modelcluster.fields import ParentalKey
from taggit.managers import TaggableManager

BLOCK_KEY = re.compile(r'\s+data-block-key="[^"]*"')


@cache
def edited_fields(model):
    """(field names, {child relation: its field names}) of the model's edit form."""
    handler = model.get_edit_handler() if issubclass(model, Page) else get_edit_handler(model)
    options = handler.get_form_options()
    formsets = {
        name: tuple(spec.get("fields", ())) for name, spec in options.get("formsets", {}).items()
    }
    return tuple(options["fields"]), formsets


def _text(value):
    return BLOCK_KEY.sub("", value.replace("\r\n", "\n")).strip()


def _plain(value):
    """A JSON-like value with block ids dropped and text normalised, recursively."""
    if isinstance(value, dict):
        is_block = "type" in value and "value" in value
        return {key: _plain(item) for key, item in value.items() if not (is_block and key == "id")}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, decimal.Decimal):
        return str(value.normalize())
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return value


def _field_value(obj, name):
    try:
        field = obj._meta.get_field(name)
    except FieldDoesNotExist:
        return None  # a form-only field, such as a page's comment subscription
    if isinstance(field, StreamField):
        return _plain(field.get_prep_value(getattr(obj, name)))
    if isinstance(field, TaggableManager):
        return sorted(tag.name for tag in getattr(obj, name).all())
    if field.many_to_many:
        return sorted(item.pk for item in getattr(obj, name).all())
    if isinstance(field, ForeignObjectRel):
        return None
    if field.is_relation:
        return getattr(obj, field.attname)
    return _plain(field.value_from_object(obj))


def _rows(obj, relation, names):
    rows = list(getattr(obj, relation).all())
    if all(getattr(row, "sort_order", None) is not None for row in rows):
        rows.sort(key=lambda row: row.sort_order)
    parental = (
        {field.name for field in type(rows[0])._meta.get_fields() if isinstance(field, ParentalKey)}
        if rows
        else set()
    )
    return [
        {name: _field_value(row, name) for name in names if name not in parental} for row in rows
    ]


def content_of(obj):
    """The canonical content of a page or snippet (or of a revision's object)."""
    names, formsets = edited_fields(type(obj))
    content = {name: _field_value(obj, name) for name in names}
    content.update(
        {relation: _rows(obj, relation, fields) for relation, fields in formsets.items()}
    )
    return content


def changed_fields(before, after):
    """The names whose canonical value differs between two contents (dicts from content_of)."""
    return {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
