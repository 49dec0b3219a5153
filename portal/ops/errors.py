"""What a reader sees when the server fails: never a detail, and a 503 when the database is away."""

import sys

from django.db import InterfaceError, OperationalError
from django.shortcuts import render


def server_error(request):
    """Django's handler500. A lost database gets a 503 that says to come back shortly; anything
    else the plain 500 page. Neither touches the database or shows any detail."""
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        response = render(request, "503.html", status=503)
        response["Retry-After"] = "30"
        return response
    return render(request, "500.html", status=500)
