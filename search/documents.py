"""What the search engine keeps of each page and organisation besides Wagtail's fields: the
values the site search filters and counts by, and the view restrictions over a page.

With these in the index, the engine answers a search with its page of results, its facet
counts and its privacy filter in one request (``search.query``). Themes and regions are
indexed by ``translation_key``, the same in every locale and unchanged when an editor
renames a term or its slug; a page's view restrictions by id, those on the page and on
its ancestors, so a page is re-indexed with its descendants when a restriction is added or
removed, or when it moves (``reindex_subtree``).
"""

import logging

from django.db.models import prefetch_related_objects
from django.db.models.signals import m2m_changed, post_delete, post_save
from django_tasks import task
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move

from cms.searching import ENGINE_ERRORS, search_backend
from directory.models import Organisation, WorkingGroupPage
from event_calendar.models import EventPage
from home.models import NewsPage
from library.models import LibraryItemPage
from search import indexing

logger = logging.getLogger(__name__)

# The result types visitors filter by; a page of no type of its own is a "page".
PAGE_TYPES = {
    NewsPage: "news",
    LibraryItemPage: "library",
    EventPage: "event",
    WorkingGroupPage: "working-group",
}
# The many-to-many vocabularies of each type; events have one region, a foreign key.
TAGGED = [
    (NewsPage, "themes"),
    (LibraryItemPage, "themes"),
    (LibraryItemPage, "regions"),
    (EventPage, "themes"),
    (Organisation, "themes"),
    (Organisation, "regions"),
]

TYPE_FIELD = "razem_type"
LANGUAGE_FIELD = "razem_language"
THEMES_FIELD = "razem_themes"
REGIONS_FIELD = "razem_regions"
RESTRICTIONS_FIELD = "razem_restrictions"
REINDEX_BATCH = 100
MAPPING = {
    name: {"type": "keyword"}
    for name in (TYPE_FIELD, LANGUAGE_FIELD, THEMES_FIELD, REGIONS_FIELD, RESTRICTIONS_FIELD)
}


def page_type(model):
    return PAGE_TYPES.get(model, "page")


def facts(obj):
    """The fields ``MAPPING`` names, of a page or an organisation; nothing for other models."""
    if isinstance(obj, Organisation):
        document = {TYPE_FIELD: "organisation"}
    elif isinstance(obj, Page):
        restrictions = getattr(obj, "indexed_restrictions", None)  # loaded by load_facts
        if restrictions is None:
            restrictions = restrictions_over([obj])[obj.pk]
        document = {
            TYPE_FIELD: page_type(type(obj)),
            LANGUAGE_FIELD: obj.locale.language_code,
            RESTRICTIONS_FIELD: restrictions,
        }
        if isinstance(obj, EventPage) and obj.region_id:
            document[REGIONS_FIELD] = [str(obj.region.translation_key)]
    else:
        return {}
    for model, relation in TAGGED:
        if isinstance(obj, model):
            # .all(): the terms load_facts prefetched, if it did
            terms = getattr(obj, relation).all()
            document[f"razem_{relation}"] = [str(term.translation_key) for term in terms]
    return document


def load_facts(model, objs):
    """What ``facts`` asks the database of each of ``objs`` (of ``model``), asked at once:
    update_index sends its documents in batches."""
    relations = [relation for tagged, relation in TAGGED if issubclass(model, tagged)]
    if issubclass(model, Page):
        relations.append("locale")
        if issubclass(model, EventPage):
            relations.append("region")
        restrictions = restrictions_over(objs)
        for page in objs:
            page.indexed_restrictions = restrictions[page.pk]
    prefetch_related_objects(objs, *relations)


def restrictions_over(pages):
    """The ids of the view restrictions on each of ``pages`` and on its ancestors, by page
    id: one query."""

    def ancestors(path):
        return [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]

    by_path = {}
    for pk, path in PageViewRestriction.objects.filter(
        page__path__in={prefix for page in pages for prefix in ancestors(page.path)}
    ).values_list("pk", "page__path"):
        by_path.setdefault(path, []).append(str(pk))
    return {
        page.pk: [pk for prefix in ancestors(page.path) for pk in by_path.get(prefix, [])]
        for page in pages
    }


@task()
def reindex_subtree(page_id):
    """Index again, in the engine, a page and its descendants: what restricts them has
    changed. Sent in batches, as update_index does (a section may hold thousands of pages);
    the database backend keeps no restrictions."""
    root = Page.objects.filter(pk=page_id).first()
    backend = search_backend("default")
    if root is None or not hasattr(backend, "search_body"):
        return
    pages = Page.objects.descendant_of(root, inclusive=True).specific()
    batch = []
    for page in pages.iterator(chunk_size=REINDEX_BATCH):
        batch.append(page)
        if len(batch) == REINDEX_BATCH:
            _reindex(backend, batch)
            batch = []
    _reindex(backend, batch)


def _reindex(backend, pages):
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    for model, objs in by_model.items():
        try:
            backend.add_bulk(model, objs)
        except ENGINE_ERRORS:
            logger.warning("Search engine refused a re-index; queued", exc_info=True)
            for obj in objs:
                indexing.queue(obj, indexing.Action.ADD)


def restriction_changed(instance, **kwargs):
    if not kwargs.get("raw"):
        reindex_subtree.enqueue(instance.page_id)


def page_moved(instance, **kwargs):
    reindex_subtree.enqueue(instance.pk)


def terms_changed(instance, action, reverse, **kwargs):
    """A page's or organisation's themes or regions were set after it was saved (and
    indexed): modelcluster commits them after the save."""
    if not reverse and action in ("post_add", "post_remove", "post_clear"):
        meta = instance._meta
        insert_or_update_object_task.enqueue(meta.app_label, meta.model_name, str(instance.pk))


def connect_signals():
    post_save.connect(restriction_changed, sender=PageViewRestriction)
    post_delete.connect(restriction_changed, sender=PageViewRestriction)
    post_page_move.connect(page_moved)
    for model, relation in TAGGED:
        m2m_changed.connect(terms_changed, sender=getattr(model, relation).through)
