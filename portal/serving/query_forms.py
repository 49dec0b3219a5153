"""The query parameters of reader pages (?page=, ?q=, ?condition=, ?tag=), read through Django
forms. Whatever a reader or a crawler sends gives a page: junk never becomes an error."""

import unicodedata

from django import forms


class ReaderTextField(forms.CharField):
    """Typed text with control characters dropped (PostgreSQL refuses NUL) and spaces squeezed,
    before any validator sees it."""

    def to_python(self, value):
        text = super().to_python(value)
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch in "\t\n")
        return " ".join(text.split())


class PageNumberForm(forms.Form):
    page = forms.IntegerField(min_value=1, required=False)

    def number(self):
        """The page asked for; anything that is not a whole number from 1 up is page one."""
        return (self.cleaned_data["page"] or 1) if self.is_valid() else 1


class SearchForm(forms.Form):
    MAX_LENGTH = 200  # longer is shortened, and the reader told so

    q = ReaderTextField(required=False)

    def query(self):
        """(what to search for, whether it was shortened)."""
        text = self.cleaned_data["q"] if self.is_valid() else ""
        return text[: self.MAX_LENGTH].strip(), len(text) > self.MAX_LENGTH


class SlugFilterForm(forms.Form):
    """A listing's filter by slug, named by `parameter` (?condition=, ?tag=). Text that is no
    slug simply matches nothing, and is shown back to the reader as asked, shortened."""

    MAX_LENGTH = 120  # the longest slug

    value = ReaderTextField(required=False)

    def __init__(self, query, parameter):
        super().__init__({"value": query.get(parameter, "")})

    def asked(self):
        return self.cleaned_data["value"][: self.MAX_LENGTH] if self.is_valid() else ""
