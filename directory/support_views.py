"""Placeholder until this module is written (directory foundation commit)."""

from django.http import Http404
from django.views import View


class NewListingView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class ListingView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class EditListingView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class ProposeCooperationView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404
