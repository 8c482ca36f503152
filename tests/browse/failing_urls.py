"""A URL whose view fails, to see the 500 page (tests/browse/test_polish.py)."""

from django.urls import path


def boom(request):
    raise RuntimeError("boum")


urlpatterns = [path("boum/", boom)]
