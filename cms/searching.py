"""Searching with whichever backend answers: the search engine, the database's full-text
search, and a plain text match as the last resort.

With ``ELASTICSEARCH_URL`` set, the settings keep the database backend up to date beside the
engine (``WAGTAILSEARCH_BACKENDS["fallback"]``): a search the engine cannot answer is
answered from the database, and the visitor is told the results may be less precise. A
search the database's full-text search cannot answer (SQLite's FTS refuses some input) is
answered by modelsearch's plain database backend, which matches text in the tables
themselves. A visitor's search never answers 500 because of a backend.

Every search goes through ``search`` and ``autocomplete`` here: they hand a backend the
visitor's words only, never a backend's query syntax, and only the field restrictions the
backend can honour.
"""

import functools
import logging
import re
import unicodedata

import elastic_transport
import elasticsearch
import opensearchpy
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import DatabaseError, connection, transaction
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from django_tasks import task
from modelsearch.backends.database.fallback import DatabaseSearchBackend
from modelsearch.index import insert_or_update_object
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

# Set while searches are answered by a fallback (read by /readyz); after an engine failure,
# searches go straight to the database this long.
DEGRADED_KEY = "search:degraded"
DEGRADED_SECONDS = 30
INDEX_BATCH = 500  # objects per task of index_later
DEGRADED_NOTICE = _("Search is working in a simpler mode for a while: results may be less precise.")

# A word, with the apostrophes inside Ukrainian (сім'я) and English words; what is not in a
# word (quotes, * ( ) : - ^ ~ +) is query syntax to some backend and never reaches one.
WORD = re.compile(r"\w+(?:['\u2019\u02bc]\w+)*")  # apostrophe, right quote, modifier
# The operators of SQLite's FTS5 and of the engines' query strings, when typed as words.
OPERATORS = {"AND", "OR", "NOT", "NEAR"}


class EngineRefused(Exception):
    """One search of a multi-search answered with an error."""


# What the client libraries raise when the engine is down, times out or refuses a request.
ENGINE_ERRORS = (
    elastic_transport.TransportError,
    elasticsearch.ApiError,
    opensearchpy.exceptions.OpenSearchException,
    EngineRefused,
)


def words(text):
    """The words of what a visitor typed, as one string a backend reads as plain words."""
    return " ".join(word for word in WORD.findall(text) if word not in OPERATORS)


def fold(text):
    """Lowercase without diacritics (ł has none to strip: it is mapped by hand), as the
    engine's folding analyser has it."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ł", "l"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def stem(word):
    """The beginning that stands for a word and its inflected forms: short words whole,
    longer ones without their last three letters (Polish and Ukrainian endings are about
    that long)."""
    return word if len(word) <= 4 else word[: max(4, len(word) - 3)]


def can_search_fields(backend, fields):
    """Whether ``backend`` can restrict a search to ``fields``. SQLite's full-text table has
    a few columns (``FTS_TABLE_FIELDS``: the title, and the body that holds all the other
    text), not one per field."""
    columns = getattr(backend.query_compiler_class, "FTS_TABLE_FIELDS", None)
    return columns is None or set(fields) <= set(columns) - {"body"}


def search(backend, text, queryset, fields=None, operator=None):
    """``backend``'s search of the words of ``text`` in ``queryset``; nothing when no word
    is left. ``fields`` must be honoured or the search not made (they keep what a visitor may
    not read out of it): ask ``can_search_fields`` first."""
    query = words(text)
    if not query:
        return queryset.none()
    if fields and not can_search_fields(backend, fields):
        raise ValueError(f"{type(backend).__name__} cannot search only {fields}")
    return backend.search(query, queryset, fields=fields, operator=operator)


def autocomplete(backend, text, queryset):
    """Titles (names) that begin like the words of ``text``: the model's autocomplete
    fields, which every backend can search."""
    query = words(text)
    if not query:
        return queryset.none()
    return backend.autocomplete(query, queryset)


@functools.cache
def search_backend(name):
    """One backend per process, and with it one engine client whose connections stay open:
    Wagtail's ``get_search_backend`` builds a new one, which connects anew, on every call.
    ``"plain"`` is modelsearch's database backend without full-text search."""
    if name == "plain":
        return DatabaseSearchBackend({})
    return get_search_backend(name)


@receiver(setting_changed)
def forget_backends(setting, **kwargs):
    if setting in ("WAGTAILSEARCH_BACKENDS", "ELASTICSEARCH_URL"):
        search_backend.cache_clear()


def degraded():
    """Whether searches are being answered by a fallback, and why."""
    return cache.get(DEGRADED_KEY)


def with_fallback(run):
    """``run(backend)`` with the first backend that answers: the engine (unless it failed a
    moment ago), the database's full-text search, the plain text match. Returns the result,
    and whether a fallback answered."""
    has_engine = "fallback" in settings.WAGTAILSEARCH_BACKENDS
    if has_engine and not cache.get(DEGRADED_KEY):
        try:
            return run(search_backend("default")), False
        except ENGINE_ERRORS as error:
            logger.warning("Search engine failed; answering from the database", exc_info=True)
            cache.set(DEGRADED_KEY, f"engine: {type(error).__name__}", DEGRADED_SECONDS)
    try:
        return _in_savepoint(
            run, search_backend("fallback" if has_engine else "default")
        ), has_engine
    except DatabaseError as error:
        logger.exception("Full-text search failed; answering with a plain text match")
        cache.set(DEGRADED_KEY, f"database: {type(error).__name__}", DEGRADED_SECONDS)
        return run(search_backend("plain")), True


def _in_savepoint(run, backend):
    """``run(backend)``, in a savepoint when a transaction is open, so that a failed query
    leaves the transaction usable for the fallback (PostgreSQL refuses any query after an
    error). Outside a transaction none is opened: on SQLite that would take the write lock."""
    if not connection.in_atomic_block:
        return run(backend)
    with transaction.atomic():
        return run(backend)


def index_later(objects):
    """Have the task worker index ``objects``, made without ``save()`` (rows made in bulk by
    the seed or an import, or by a data migration), which Wagtail's signals never saw."""
    by_model = {}
    for obj in objects:
        by_model.setdefault(type(obj), []).append(obj.pk)
    for model, pks in by_model.items():
        for start in range(0, len(pks), INDEX_BATCH):
            meta = model._meta
            index_objects_task.enqueue(
                meta.app_label, meta.model_name, pks[start : start + INDEX_BATCH]
            )


@task()
def index_objects_task(app_label, model_name, pks):
    """Index the objects of ``pks`` in every search backend, as saving each would (an
    engine that refuses one queues it: ``search.backends``)."""
    model = apps.get_model(app_label, model_name)
    for obj in model._default_manager.filter(pk__in=pks):
        insert_or_update_object(obj)
