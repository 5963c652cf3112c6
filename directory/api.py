"""Placeholder until this module is written (directory foundation commit)."""

from django.http import Http404


def organisations(request):
    raise Http404
