"""Updates the search engine missed while it was down, and catching up with them.

The backends (``search.backends``) queue an update when the engine refuses it; saving the
content itself never depends on the engine. ``catch_up`` replays the queue: ``/readyz`` starts
it in the background as soon as the engine answers again, and ``manage.py search_catch_up``
runs it from a timer (README, "Scheduled jobs in production").
"""

import logging

from django.apps import apps
from django.db import DatabaseError
from django_tasks import task
from modelsearch.backends import get_search_backend
from modelsearch.index import get_indexed_instance

from cms.searching import ENGINE_ERRORS, index_later
from search.models import PendingIndexUpdate

logger = logging.getLogger(__name__)

Action = PendingIndexUpdate.Action


def queue(obj, action):
    """Remember that ``obj`` must be indexed again (or removed from the index)."""
    try:
        PendingIndexUpdate.objects.update_or_create(
            app_label=obj._meta.app_label,
            model_name=obj._meta.model_name,
            object_pk=str(obj.pk),
            defaults={"action": action},
        )
    except DatabaseError:
        logger.exception("Could not queue the search index update of %r", obj)


def pending_count():
    return PendingIndexUpdate.objects.count()


def create_indexes(verbosity=1, stdout=None, **kwargs):
    """After ``migrate``: the engine's indexes of the site that are missing, created with the
    project's mapping before any document is sent to them (``search.backends``). An engine
    that does not answer gets them at the catch-up, or from ``update_index``."""
    backend = get_search_backend()
    if not hasattr(backend, "create_missing_indexes"):
        return  # the database backend keeps its index in tables that migrate made
    try:
        created = backend.create_missing_indexes()
    except ENGINE_ERRORS:
        logger.warning("The search engine did not answer: its indexes were not created")
        return
    if created and verbosity and stdout:
        stdout.write(f"Search indexes created: {', '.join(created)}")


def index_migrated_content(plan=None, **kwargs):
    """After ``migrate``: what the data migrations just applied made (they send no signals)
    queued for indexing in every backend; such a migration names its models in
    ``search_index_models``. Models of the running code, not the migration's: they are
    indexed once the whole plan has run."""
    names = {
        name
        for migration, backwards in plan or ()
        if not backwards
        for name in getattr(migration, "search_index_models", ())
    }
    for name in sorted(names):
        index_later(apps.get_model(name)._default_manager.all())


def catch_up(backend=None):
    """Apply the queued updates in the order they came; stop at the first the engine still
    refuses (it stays queued). Returns how many were applied."""
    backend = backend or get_search_backend()
    if hasattr(backend, "create_missing_indexes"):
        backend.create_missing_indexes()  # an engine that was down at migrate, or replaced
    applied = 0
    for pending in PendingIndexUpdate.objects.order_by("queued_at", "pk").iterator():
        model = apps.get_model(pending.app_label, pending.model_name)
        obj = model._default_manager.filter(pk=pending.object_pk).first()
        indexed = get_indexed_instance(obj) if obj is not None else None
        # An engine that still refuses raises here, and the row stays queued.
        if indexed is not None and pending.action == Action.ADD:
            backend.add(indexed)
        else:
            backend.delete(obj or model(pk=pending.object_pk))
        # Delete only the row as it was read: a failure queued meanwhile stays.
        PendingIndexUpdate.objects.filter(pk=pending.pk, queued_at=pending.queued_at).delete()
        applied += 1
    return applied


@task()
def catch_up_task():
    catch_up()
