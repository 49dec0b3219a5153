"""The read-only public API at /api/v2/: pages and images, no write endpoints.

Wagtail's API views read most query parameters themselves and answer 400 when they cannot.
Where they would pass a bad value on to the database instead (an offset PostgreSQL cannot hold,
a date that is not a date, a time SQLite cannot turn into UTC, an id that is not a number, a NUL)
or answer 404 for a bad filter (an unknown site or locale) or a search on one item, the checks
here refuse the value first, with a 400 whose message names the parameter. Only inputs are checked: an error raised for any other reason stays a 500.
"""

import datetime
import re

from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import BooleanField, DateTimeField, ForeignKey
from django.http import Http404, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from wagtail.api.v2 import filters
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError, parse_boolean
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.api.v2.views import PagesAPIViewSet as BasePagesAPIViewSet
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet as BaseImagesAPIViewSet
from wagtail.models import Locale

from taggit.managers import TaggableManager

from portal.images import public_images

# Longer than any title, slug, path or search anyone types; bounds what one request can cost.
MAX_PARAMETER_LENGTH = 1000
# C0 and C1 control characters, NUL among them: PostgreSQL cannot store NUL, and none of them
# belongs in a search, a path or a field's value.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Page and image ids are PostgreSQL integers. No listing is that long either, and an offset
# this size plus any limit still fits the bigint PostgreSQL's OFFSET takes.
MAX_INTEGER = 2**31 - 1


class WholeNumberField(forms.IntegerField):
    """Digits only, optionally signed, and present means not empty: Wagtail reads the raw
    parameter again with int() or the ORM, which fail on "", "1.0" or "1e3"."""

    def to_python(self, value):
        if value is not None and not re.fullmatch(r"-?[0-9]+", value):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


class ListingParameters(forms.Form):
    """The parameters whose bad values Wagtail would pass on to the database or the search
    backend. Wagtail checks the others (limit, type, fields, order, child_of…) itself."""

    offset = WholeNumberField(required=False, min_value=0, max_value=MAX_INTEGER)
    # On find/ the object's id; on listings a field filter, checked here the same way.
    id = WholeNumberField(required=False, min_value=1, max_value=MAX_INTEGER)
    search_operator = forms.CharField(required=False, strip=False)

    def clean_search_operator(self):
        operator = self.cleaned_data["search_operator"]
        if operator and operator.lower() not in ("and", "or"):  # what the search backend reads
            raise ValidationError("must be 'and' or 'or'")
        return operator


class PageParameters(ListingParameters):
    site = forms.RegexField(
        r"^[^:]+(:[0-9]{1,5})?$",
        required=False,
        strip=False,
        error_messages={"invalid": "must be a hostname, optionally followed by :port"},
    )


def first_error(form):
    name, errors = next(iter(form.errors.items()))
    return f"{name}: {errors[0]}"


class CheckedParametersMixin:
    """Every query parameter of every API view (listing, detail, find) is checked before
    Wagtail reads it: length, control characters, the endpoint's parameter form, ?format=."""

    parameters_form = ListingParameters

    def initial(self, request, *args, **kwargs):
        # Before DRF's own start, whose content negotiation answers an unknown ?format= with
        # an empty 404.
        for name, values in request.GET.lists():
            if len(name) > MAX_PARAMETER_LENGTH or CONTROL_CHARACTERS.search(name):
                raise BadRequestError(
                    f"query parameter names must be printable, at most {MAX_PARAMETER_LENGTH} characters"
                )
            for value in values:
                if len(value) > MAX_PARAMETER_LENGTH:
                    raise BadRequestError(
                        f"{name}: at most {MAX_PARAMETER_LENGTH} characters, got {len(value)}"
                    )
                if CONTROL_CHARACTERS.search(value):
                    raise BadRequestError(
                        f"{name}: query parameters may not contain NUL or other control characters"
                    )
        if self.action == "detail_view" and "search" in request.GET:
            # Search results cannot be narrowed to one id: Wagtail would answer an empty 404.
            raise BadRequestError("search: only listings can be searched, not a single item")
        form = self.parameters_form(request.GET)
        if not form.is_valid():
            raise BadRequestError(first_error(form))
        formats = sorted(renderer.format for renderer in self.get_renderers())
        if request.GET.get("format", formats[0]) not in formats:
            raise BadRequestError(f"format: must be one of {', '.join(formats)}")
        super().initial(request, *args, **kwargs)


def filter_value(field, name, value):
    """The filter value `value` as the database column of `field` holds it, or a 400."""
    if isinstance(field, BooleanField):
        try:
            return parse_boolean(value)
        except ValueError as e:
            raise BadRequestError(f"{name}: expected 'true' or 'false'") from e
    if field is None or isinstance(field, StreamField):
        return value  # compared as text, as Wagtail does
    if field.is_relation:
        # A relation is filtered by the related object's id (a foreign key's target field).
        field = (
            field.target_field if isinstance(field, ForeignKey) else field.related_model._meta.pk
        )
    try:
        python = field.to_python(value)
        field.run_validators(python)  # max_length, a slug's characters, the column's int range
    except ValidationError as e:
        raise BadRequestError(f"{name}: {' '.join(e.messages)}") from e
    if isinstance(field, DateTimeField):
        if timezone.is_naive(python):
            python = timezone.make_aware(python)  # read in the site's time zone, as pages show it
        try:
            # What SQLite stores, and what Python can hold: 9999-12-31T23:59-05:00 is past both.
            python.astimezone(datetime.UTC)
        except OverflowError as e:
            raise BadRequestError(f"{name}: must be between year 1 and year 9999 in UTC") from e
    return python


class FieldsFilter(filters.FieldsFilter):
    """Wagtail's field filters (?date=2026-01-31, ?off_label=true…), each value read by its
    model field first: a value the column cannot hold is a 400 naming the field."""

    def filter_queryset(self, request, queryset, view):
        names = set(view.get_available_fields(queryset.model, db_fields_only=True))
        names.discard("locale")  # LocaleFilter's
        for name, value in request.GET.items():
            if name not in names:
                continue
            try:
                field = queryset.model._meta.get_field(name)
            except FieldDoesNotExist:
                field = None
            if isinstance(field, TaggableManager):
                for tag in value.split(","):
                    queryset = queryset.filter(**{f"{name}__name": tag})
                queryset._filtered_by_tag = True  # SearchFilter refuses to search within it
            else:
                queryset = queryset.filter(**{name: filter_value(field, name, value)})
        return queryset


class LocaleFilter(filters.LocaleFilter):
    """An unknown locale is a bad filter value (400), as an unknown child_of page is."""

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get("locale")
        if code is not None and not Locale.objects.filter(language_code=code).exists():
            raise BadRequestError(f"locale: no locale {code!r}")
        return super().filter_queryset(request, queryset, view)


class PagesAPIViewSet(CheckedParametersMixin, BasePagesAPIViewSet):
    parameters_form = PageParameters
    filter_backends = [
        FieldsFilter,
        filters.ChildOfFilter,
        filters.AncestorOfFilter,
        filters.DescendantOfFilter,
        filters.OrderingFilter,
        filters.TranslationOfFilter,
        LocaleFilter,
        filters.SearchFilter,  # last: search results cannot be filtered further
    ]

    def get_base_queryset(self):
        try:
            return super().get_base_queryset()
        except Http404 as e:  # from looking up ?site=, the one lookup in there
            raise BadRequestError(f"site: no site {self.request.GET.get('site')!r}") from e


class PublicImageSerializer(ImageSerializer):
    # Readers get the size the site shows, never the uploaded original (which can carry
    # camera metadata and is not what any page displays).
    rendition = ImageRenditionField("max-1200x1200|format-webp", source="*", read_only=True)


class ImagesAPIViewSet(CheckedParametersMixin, BaseImagesAPIViewSet):
    """Only images that live public pages show, each as a rendition, never the original file."""

    base_serializer_class = PublicImageSerializer
    filter_backends = [FieldsFilter, filters.OrderingFilter, filters.SearchFilter]
    body_fields = [*BaseAPIViewSet.body_fields, "title", "width", "height", "rendition"]
    meta_fields = [*BaseAPIViewSet.meta_fields, "tags"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "title", "rendition"]
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "title", "rendition"]

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=public_images().values("pk")).order_by("pk")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)


@require_GET
def api_root(request):
    """What /api/v2/ offers, so the API can be discovered from its root."""
    return JsonResponse(
        {
            name: request.build_absolute_uri(reverse(f"wagtailapi:{name}:listing"))
            for name in ("pages", "images")
        }
    )
