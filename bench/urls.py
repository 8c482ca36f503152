"""The site's URLs plus the benchmark's floor: the base template through the same middleware and
context processors, with no view logic."""

from django.shortcuts import render
from django.urls import path

from moisess.urls import urlpatterns as site


def floor(request):
    return render(request, "base.html")


urlpatterns = [path("__floor__/", floor), *site]
