"""A URLconf with a view that fails, to see what readers get from a server error."""

from django.urls import path


def boom(request):
    raise RuntimeError("deliberate failure for the 500 page test")


urlpatterns = [path("boom/", boom)]
