"""Searching with the search engine, or with Wagtail's database backend while it is down.

With ``ELASTICSEARCH_URL`` set, the settings keep the database backend up to date beside the
engine (``WAGTAILSEARCH_BACKENDS["fallback"]``): a search the engine cannot answer is
answered from the database, and the visitor is told the results may be less precise.
"""

import functools
import logging

import elastic_transport
import elasticsearch
import opensearchpy
from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

ENGINE_DOWN_KEY = "search:engine-down"
ENGINE_DOWN_SECONDS = 30  # after a failure, searches go straight to the database this long
DEGRADED_NOTICE = _("Search is working in a simpler mode for a while: results may be less precise.")


class EngineRefused(Exception):
    """One search of a multi-search answered with an error."""


# What the client libraries raise when the engine is down, times out or refuses a request.
ENGINE_ERRORS = (
    elastic_transport.TransportError,
    elasticsearch.ApiError,
    opensearchpy.exceptions.OpenSearchException,
    EngineRefused,
)


@functools.cache
def search_backend(name):
    """One backend per process, and with it one engine client whose connections stay open:
    Wagtail's ``get_search_backend`` builds a new one, which connects anew, on every call."""
    return get_search_backend(name)


@receiver(setting_changed)
def forget_backends(setting, **kwargs):
    if setting in ("WAGTAILSEARCH_BACKENDS", "ELASTICSEARCH_URL"):
        search_backend.cache_clear()


def with_fallback(run):
    """``run(backend)`` with the engine, or with the database backend when the engine
    fails (then, for a while, without trying the engine). Returns the result, and whether
    the database answered in the engine's place."""
    has_fallback = "fallback" in settings.WAGTAILSEARCH_BACKENDS
    if has_fallback and not cache.get(ENGINE_DOWN_KEY):
        try:
            return run(search_backend("default")), False
        except ENGINE_ERRORS:
            logger.warning("Search engine failed; answering from the database", exc_info=True)
            cache.set(ENGINE_DOWN_KEY, True, ENGINE_DOWN_SECONDS)
    return run(search_backend("fallback" if has_fallback else "default")), has_fallback
