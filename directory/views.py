"""Placeholder until this module is written (directory foundation commit)."""

from django.http import Http404
from django.views import View


class CoverageView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class OrganisationProfileView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404
