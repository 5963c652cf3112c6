"""Placeholder until this module is written (event calendar foundation commit)."""

from django.http import Http404


def events(request):
    raise Http404
