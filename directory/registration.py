"""Placeholder until this module is written (directory foundation commit)."""

from django.http import Http404
from django.views import View


class RegisterOrganisationView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class RegistrationDoneView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class EditOrganisationView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class AcceptInvitationView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404
