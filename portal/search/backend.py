"""The search backend: Wagtail's database backend, with its SQLite query made safe for any text
(portal/search/sqlite.py). PostgreSQL is left to Wagtail as it is."""

from django.db import connection

from modelsearch.backends.database import SearchBackend as database_backend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = database_backend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        # Importable only on SQLite: the module reads a model that exists only there.
        from portal.search.sqlite import SafeSQLiteSearchBackend

        return SafeSQLiteSearchBackend(params)
    return backend
