"""Placeholder until this module is written (event calendar foundation commit)."""

from django.http import Http404
from django.views import View


class RegisterView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class ManageRegistrationView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404
