"""The site search: what a visitor may find, in which language, with facet counts.

The search page and ``/api/search/`` both call ``search_site``, which answers one page of
results with the facet counts of all of them:

- the engine answers in one request (``_engine_page``): the visitor's privacy filter, the
  facets (aggregations) and the filters chosen (a post-filter, so that each facet still
  counts its other options) work on what each document carries (``search.documents``);
- the database backend, while the engine is down, ranks the best ``MAX_HITS`` matches, and
  the database checks and counts them (``_database_page``).

Either way the results shown are checked against the database as it is now
(``search.snippets.present``): the index may lag behind (a page unpublished while the engine
was down). Members-only library materials answer visitors who are not members by their title
and summary only: their description and file text are searched for members alone, and never
shown to others (``search.snippets``).
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import F, Value
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from cms.facets import FacetOption
from cms.i18n import AUTONYMS, reader_terms
from cms.models import Region, Theme
from cms.params import text
from cms.privacy import barred_paths, barred_restrictions
from cms.searching import can_search_fields, fold, search, with_fallback, words
from directory.models import Organisation
from library.models import Access, LibraryItemPage
from library.models.pages import is_member
from search import documents
from search.backends import SUBFIELDS_OF_LANGUAGE, analysed_in
from search.documents import TAGGED, page_type

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_HITS = 500  # the database backend's facets count the best this many matches
PAGE_SIZE = 10
ENGINE_WINDOW = 10_000  # the engine pages no further (index.max_result_window)

# The result types visitors filter by, in the order the facet lists them.
TYPE_LABELS = {
    "page": _("Page"),
    "news": _("News"),
    "library": _("Library material"),
    "event": _("Event"),
    "working-group": _("Working group"),
    "organisation": _("Organisation"),
}
FACETS = ("type", "theme", "region", "language")
FILTER_ATTRIBUTES = {
    "type": "type",
    "theme": "theme",
    "region": "region",
    "language": "in_language",
}
# The index fields the engine filters and counts each facet by (search.documents).
FACET_FIELDS = {
    "type": documents.TYPE_FIELD,
    "theme": documents.THEMES_FIELD,
    "region": documents.REGIONS_FIELD,
    "language": documents.LANGUAGE_FIELD,
}
TEASER = "teaser"  # the name of the engine's search of what everybody may read
TEASER_FIELDS = ["title", "summary"]  # what everybody may read of a members-only material


@dataclass
class SearchParams:
    """What the visitor asked for, checked."""

    query: str = ""
    language: str = "pl"  # the visitor's language
    all_languages: bool = False
    type: str = ""
    theme: str = ""
    region: str = ""
    in_language: str = ""  # the language facet (only with all_languages)
    errors: list = field(default_factory=list)

    @classmethod
    def from_params(cls, params, language):
        checked = cls(language=language, all_languages=params.get("all_languages") == "1")
        query = " ".join(text(params, "q").split())
        if len(query) > MAX_QUERY_LENGTH:
            checked.errors.append(
                _("The search text is too long: use at most %(limit)d characters.")
                % {"limit": MAX_QUERY_LENGTH}
            )
            query = ""
        checked.query = query
        labels = checked.labels
        for name, attribute in FILTER_ATTRIBUTES.items():
            value = params.get(name, "").strip()
            if value and value not in labels[name]:
                checked.errors.append(UNKNOWN_FILTER_VALUE[name] % {"value": value[:50]})
                value = ""
            setattr(checked, attribute, value)
        return checked

    @cached_property
    def terms(self):
        """The themes and regions in the visitor's language."""
        return {"theme": reader_terms(Theme), "region": reader_terms(Region)}

    @cached_property
    def labels(self):
        """Each facet's values and their names in the visitor's language."""
        return {
            "type": TYPE_LABELS,
            **{
                name: {term.slug: term.name for term in terms} for name, terms in self.terms.items()
            },
            "language": AUTONYMS,
        }

    @property
    def selected(self):
        return {
            "type": self.type,
            "theme": self.theme,
            "region": self.region,
            "language": self.in_language if self.all_languages else "",
        }


# One sentence per filter: Polish and Ukrainian decline the filter's name.
UNKNOWN_FILTER_VALUE = {
    "type": _("Unknown type of result “%(value)s”; that filter was ignored."),
    "theme": _("Unknown theme “%(value)s”; that filter was ignored."),
    "region": _("Unknown region “%(value)s”; that filter was ignored."),
    "language": _("Unknown language “%(value)s”; that filter was ignored."),
}


@dataclass
class Hit:
    """One match: a page or an organisation, and what the facets count it under."""

    kind: str  # "page" or "organisation"
    pk: int
    score: float
    teaser_only: bool = False  # found by what everybody may read of a members-only material
    type: str = "page"
    language: str = ""  # empty for organisations: they are listed in every language
    themes: set = field(default_factory=set)
    regions: set = field(default_factory=set)

    def matches(self, selected, skip=None):
        return all(
            not value
            or name == skip
            or (name == "type" and self.type == value)
            or (name == "theme" and value in self.themes)
            or (name == "region" and value in self.regions)
            or (name == "language" and self.language in ("", value))
            for name, value in selected.items()
        )


@dataclass
class SearchOutcome:
    page: object  # Django's page of the hits the filters keep, best first
    facets: dict  # facet name -> [FacetOption]
    degraded: bool  # the engine failed: the database backend answered
    capped: bool  # more matches exist than were counted

    @property
    def hits(self):
        return self.page.object_list


class Counted(Sequence):
    """One page of hits of a search the engine counted in full: the sequence Django's
    paginator slices, ``count`` long, holding the hits of the page at ``offset`` only."""

    def __init__(self, hits, offset, count):
        self.hits, self.offset, self.total = hits, offset, count

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice) and index.start == self.offset:
            return self.hits
        raise IndexError("only the page the engine answered is here")


def search_site(params, user, page=1):
    """Page ``page`` of what ``user`` may see that matches, with the facets of it all."""
    if not words(params.query):  # only quotes or operators: nothing any backend could find
        return SearchOutcome(
            page=Paginator([], PAGE_SIZE).get_page(1),
            facets={name: _facet_options(name, {}, params) for name in _facet_names(params)},
            degraded=False,
            capped=False,
        )
    pages, items = _live_pages(params)
    number = page if isinstance(page, int) and page > 0 else 1

    def answer(backend):
        if hasattr(backend, "search_body"):
            return _engine_page(backend, params, user, pages, items, number)
        return _database_page(backend, params, user, pages, items, number)

    (found, facets, capped), degraded = with_fallback(answer)
    return SearchOutcome(page=found, facets=facets, degraded=degraded, capped=capped)


def _live_pages(params):
    """The live pages, and library materials, of the languages searched."""
    pages, items = Page.objects.live(), LibraryItemPage.objects.live()
    if not params.all_languages:
        locale = Locale.objects.get(language_code=params.language)
        pages, items = pages.filter(locale=locale), items.filter(locale=locale)
    return pages, items


def _searches(backend, params, user, pages, items):
    """Wagtail's searches of the pages, the organisations and, for visitors who are not
    members, the title and summary of members-only materials (the teaser search)."""
    languages = tuple(SUBFIELDS_OF_LANGUAGE) if params.all_languages else (params.language,)
    query = params.query
    with analysed_in(languages):
        searches = {
            "pages": search(backend, query, pages, operator="and"),
            "organisations": search(backend, query, Organisation.objects.public(), operator="and"),
        }
        if not is_member(user):
            searches[TEASER] = _teaser(backend, query, items.filter(access=Access.MEMBERS))
    return searches


def _teaser(backend, query, members_only):
    """The members-only materials whose title and summary, what everybody may read of them,
    hold every word of ``query``. A backend that cannot search those fields alone (SQLite's
    full-text search) must not search the rest: the words are matched in the database."""
    if can_search_fields(backend, TEASER_FIELDS):
        return search(backend, query, members_only, fields=TEASER_FIELDS, operator="and")
    wanted = [fold(word) for word in words(query).split()]
    found = [
        pk
        for pk, *texts in members_only.values_list("pk", *TEASER_FIELDS)
        if all(word in fold(" ".join(texts)) for word in wanted)
    ]
    return members_only.filter(pk__in=found[:MAX_HITS])


# The engine --------------------------------------------------------------------------------


def _engine_page(backend, params, user, pages, items, number):
    """One request: the page of hits, their count and the facets, privacy filtered."""
    keys = _term_keys(params)
    body = _engine_body(_searches(backend, params, user, pages, items), params, user, keys)
    number = min(number, ENGINE_WINDOW // PAGE_SIZE)
    while True:
        offset = (number - 1) * PAGE_SIZE
        answer = backend.search_body([Page, Organisation], {**body, "from": offset})
        total = answer["hits"]["total"]["value"]
        count = min(total, ENGINE_WINDOW)
        last = max(1, -(-count // PAGE_SIZE))
        if number <= last:
            break
        number = last  # past the end: the last page, as Django's get_page answers
    hits = [_engine_hit(hit) for hit in answer["hits"]["hits"]]
    found = Paginator(Counted(hits, offset, count), PAGE_SIZE)
    facets = {
        name: _facet_options(name, _bucket_counts(answer, name, keys), params)
        for name in _facet_names(params)
    }
    return found.page(number), facets, total > count


def _engine_body(searches, params, user, keys):
    """The request of Wagtail's ``searches``: the pages the visitor may see, organisations and
    teasers; the facets counted, each within the other facets' choices; those chosen."""
    barred = barred_restrictions(user)
    if barred is None:  # every restriction bars anonymous visitors
        bars = [{"exists": {"field": documents.RESTRICTIONS_FIELD}}]
    else:
        bars = [{"terms": {documents.RESTRICTIONS_FIELD: [str(pk) for pk in barred]}}]
    clauses = [
        {"bool": {"must": [_query_of(searches["pages"])], "must_not": bars}},
        _query_of(searches["organisations"]),
    ]
    if TEASER in searches:
        clauses.append({"bool": {"must": [_query_of(searches[TEASER])], "_name": TEASER}})
    chosen = {
        name: _engine_filter(name, value, keys) for name, value in params.selected.items() if value
    }
    return {
        "query": {"bool": {"should": clauses, "minimum_should_match": 1}},
        "post_filter": {"bool": {"filter": list(chosen.values())}},
        "aggs": {
            name: {
                "filter": {"bool": {"filter": [c for n, c in chosen.items() if n != name]}},
                "aggs": {"values": {"terms": {"field": FACET_FIELDS[name], "size": 1000}}},
            }
            for name in _facet_names(params)
        },
        "size": PAGE_SIZE,
        "track_total_hits": True,
        "_source": False,
        "docvalue_fields": [documents.TYPE_FIELD, documents.LANGUAGE_FIELD],
    }


def _bucket_counts(answer, name, keys):
    """A facet's counts by value (a theme's or region's slug, not its key)."""
    slugs = keys.get(name, {})
    return {
        slugs.get(bucket["key"], bucket["key"]): bucket["doc_count"]
        for bucket in answer["aggregations"][name]["values"]["buckets"]
    }


def _query_of(results):
    return results._get_es_body()["query"]


def _term_keys(params):
    """Theme and region slugs by the key the index has them by, and back."""
    return {
        name: {str(term.translation_key): term.slug for term in terms}
        for name, terms in params.terms.items()
    }


def _engine_filter(name, value, keys):
    if name in keys:
        value = next(key for key, slug in keys[name].items() if slug == value)
    match = {"term": {FACET_FIELDS[name]: value}}
    if name == "language":  # organisations are listed in every language
        absent = {"bool": {"must_not": {"exists": {"field": documents.LANGUAGE_FIELD}}}}
        return {"bool": {"should": [match, absent], "minimum_should_match": 1}}
    return match


def _engine_hit(hit):
    fields = hit.get("fields", {})
    kind = fields.get(documents.TYPE_FIELD, ["page"])[0]  # ["page"]: indexed before these fields
    return Hit(
        kind="organisation" if kind == "organisation" else "page",
        pk=int(hit["_id"]),  # Wagtail's document id is the object's pk
        score=hit["_score"] or 0,
        teaser_only=TEASER in hit.get("matched_queries", ()),
        type=kind,
        language=fields.get(documents.LANGUAGE_FIELD, [""])[0],
    )


# The database backend ----------------------------------------------------------------------


def _database_page(backend, params, user, pages, items, number):
    """The best ``MAX_HITS`` matches, checked and counted in the database."""
    ranked = []
    for name, results in _searches(backend, params, user, pages, items).items():
        kind = "organisation" if name == "organisations" else "page"
        if hasattr(results, "annotate_score"):
            results = results.annotate_score("_score")
        for obj in results[:MAX_HITS]:
            score = getattr(obj, "_score", 0)  # matched in the database (_teaser): unranked
            ranked.append(Hit(kind, obj.pk, score or 0, teaser_only=name == TEASER))
    ranked.sort(key=lambda hit: -hit.score)
    hits = _visible(ranked[:MAX_HITS], pages, user)
    _tag(hits)
    selected = params.selected
    found = Paginator([hit for hit in hits if hit.matches(selected)], PAGE_SIZE)
    return found.get_page(number), _facets(hits, params), len(hits) >= MAX_HITS


def _visible(hits, pages, user):
    """The hits ``user`` may see, as the database has them now (the index may lag behind:
    a page unpublished or an organisation archived while the engine was down), each with
    its type and language (and an event's region); ``pages``: the live pages of the languages
    searched. A constant number of queries."""
    rows = {
        pk: row
        for pk, *row in pages.filter(pk__in=[hit.pk for hit in hits if hit.kind == "page"])
        .values_list("pk", "path", "content_type_id", "locale__language_code")
        .annotate(access=F("libraryitempage__access"), region=F("eventpage__region__slug"))
    }
    barred = barred_paths([path for path, *_rest in rows.values()], user)
    public_organisations = set(
        Organisation.objects.public()
        .filter(pk__in=[hit.pk for hit in hits if hit.kind == "organisation"])
        .values_list("pk", flat=True)
    )
    kept, seen = [], set()
    for hit in hits:
        if (hit.kind, hit.pk) in seen:
            continue
        if hit.kind == "organisation":
            if hit.pk not in public_organisations:
                continue
            hit.type = "organisation"
        else:
            if hit.pk not in rows:
                continue
            path, content_type_id, language, access, region = rows[hit.pk]
            if barred_from(hit, path, access, barred):
                continue
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            hit.type, hit.language = page_type(model), language
            if region:
                hit.regions.add(region)
        seen.add((hit.kind, hit.pk))
        kept.append(hit)
    return kept


def barred_from(hit, path, access, barred):
    """Whether the page of ``hit``, at ``path``, is under a restriction the visitor does not
    pass (``barred``: ``cms.privacy.barred_paths``), unless it is a members-only material
    found by what everybody may read of it."""
    teaser = hit.teaser_only and access == Access.MEMBERS
    return not teaser and path.startswith(barred)


def _tag(hits):
    """Each hit's themes and regions, in one query over every type's vocabularies (the
    region of an event, a foreign key, comes with the page: ``_visible``)."""
    ids = {}  # of each type: each type's vocabularies are asked for its own hits only
    for hit in hits:
        ids.setdefault(hit.type, []).append(hit.pk)
    by_key = {(hit.kind, hit.pk): hit for hit in hits}
    selects = []
    for model, relation in TAGGED:
        kind = "organisation" if model is Organisation else "page"
        m2m = model._meta.get_field(relation)
        source, target = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
        tagged = ids.get("organisation" if kind == "organisation" else page_type(model), [])
        selects.append(
            _tag_rows(
                m2m.remote_field.through.objects.filter(**{f"{source}__in": tagged}),
                kind,
                relation,
                source,
                f"{target}__slug",
            )
        )
    for kind, relation, pk, slug in selects[0].union(*selects[1:], all=True):
        getattr(by_key[(kind, pk)], relation).add(slug)


def _tag_rows(queryset, kind, relation, tagged, slug):
    return queryset.annotate(
        tag_kind=Value(kind), tag_relation=Value(relation), tagged=F(tagged), tag=F(slug)
    ).values_list("tag_kind", "tag_relation", "tagged", "tag")


def _facet_names(params):
    """The language facet exists when every language is searched."""
    return [name for name in FACETS if name != "language" or params.all_languages]


def _facets(hits, params):
    """Each facet counts the matches of the other facets' choices, so that its own options
    stay in view."""
    selected = params.selected
    values_of = {
        "type": lambda hit: {hit.type},
        "theme": lambda hit: hit.themes,
        "region": lambda hit: hit.regions,
        "language": lambda hit: {hit.language} if hit.language else set(),
    }
    facets = {}
    for name in _facet_names(params):
        counts = {}
        for hit in hits:
            if hit.matches(selected, skip=name):
                for value in values_of[name](hit):
                    counts[value] = counts.get(value, 0) + 1
        facets[name] = _facet_options(name, counts, params)
    return facets


def _facet_options(name, counts, params):
    """A facet's options in the visitor's language and the editors' order: those counted,
    and the one chosen."""
    chosen = params.selected[name]
    return [
        FacetOption(value, str(label), counts.get(value, 0), chosen == value)
        for value, label in params.labels[name].items()
        if counts.get(value) or chosen == value
    ]
