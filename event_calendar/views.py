"""Placeholder until this module is written (event calendar foundation commit)."""

from django.http import Http404
from django.views import View


def calendar_feed(request):
    raise Http404


def working_group_feed(request, slug):
    raise Http404


def event_ics(request, slug):
    raise Http404


class MonthView(View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404
