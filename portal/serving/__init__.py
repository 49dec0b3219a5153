"""Serving pages to readers: the page cache and what invalidates it, routing, the cached top level, view restrictions, listings' pagination."""
