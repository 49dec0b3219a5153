"""Wagtail's SQLite search backend with its query made safe for any text (portal/search/backend.py).

On the embedded SQLite database of `make run`, Wagtail's backend (modelsearch's SQLite FTS5)
puts each word between double quotes without escaping a quote inside it, so a search for `"` or
`baclofen"` was a database error (a 500); a search of blanks failed to build any query; and an
admin listing searching named fields asked for columns the SQLite index does not have.

"""

from modelsearch.backends.database.sqlite.query import normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText


class QuotedTerms:
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            # FTS5 writes a double quote inside a quoted string as two.
            query = PlainText(query.query_string.replace('"', '""'), operator=query.operator)
        return super().build_search_query_content(query, config=config)

    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        if isinstance(query, PlainText) and not query.query_string.split():
            return self.queryset.none()  # only blanks: nothing to look for
        if self.fields and not set(self.fields) <= set(self.FTS_TABLE_FIELDS):
            # The SQLite index keeps its words in three columns (title, body, autocomplete),
            # not per model field: a listing's `search_fields` would name columns that do not
            # exist. Search them all instead.
            self.fields = None
        return super().search(config, start, stop, score_field=score_field)


class QuotedTermsCompiler(QuotedTerms, SQLiteSearchQueryCompiler):
    pass


class QuotedTermsAutocompleteCompiler(QuotedTerms, SQLiteAutocompleteQueryCompiler):
    pass


class SafeSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = QuotedTermsCompiler
    autocomplete_query_compiler_class = QuotedTermsAutocompleteCompiler
