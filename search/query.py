"""The site search: what a visitor may find, in which language, with facet counts.

The search page and ``/api/search/`` both call ``search_site``. The engine (or the database
backend while the engine is down) ranks the matches; the facets are then counted in the
database over the best ``MAX_HITS`` of them, with a constant number of queries.

What a visitor may see is decided in the database after the ranking, as Wagtail's privacy
and the organisations' status say now (``_visible``): the engine's filters would need one
clause per view restriction, and every members-only material has one. Members-only library
materials answer visitors who are not members by their title and summary only: their
description and file text are searched for members alone, and never shown to others
(``search.snippets``).
"""

import logging
from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Value
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from cms.facets import FacetOption
from cms.i18n import AUTONYMS, reader_terms
from cms.models import Region, Theme
from cms.privacy import barred_paths
from cms.searching import with_fallback
from directory.models import Organisation, WorkingGroupPage
from event_calendar.models import EventPage
from home.models import NewsPage
from library.models import Access, LibraryItemPage
from library.models.pages import is_member
from search.backends import SUBFIELDS_OF_LANGUAGE, analysed_in

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_HITS = 500  # facets count the best this many matches
PAGE_SIZE = 10

# The result types visitors filter by, in the order the facet lists them.
TYPE_LABELS = {
    "page": _("Page"),
    "news": _("News"),
    "library": _("Library material"),
    "event": _("Event"),
    "working-group": _("Working group"),
    "organisation": _("Organisation"),
}
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
FACETS = ("type", "theme", "region", "language")
FILTER_ATTRIBUTES = {
    "type": "type",
    "theme": "theme",
    "region": "region",
    "language": "in_language",
}


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
        query = " ".join(params.get("q", "").split())
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
    def labels(self):
        """Each facet's values and their names in the visitor's language."""
        return {
            "type": TYPE_LABELS,
            "theme": {term.slug: term.name for term in reader_terms(Theme)},
            "region": {term.slug: term.name for term in reader_terms(Region)},
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
    hits: list  # the matches the filters keep, best first
    facets: dict  # facet name -> [FacetOption]
    degraded: bool  # the engine failed: the database backend answered
    capped: bool  # more matches exist than were counted


def search_site(params, user):
    """Search everything ``user`` may see, with the facets of what was found."""
    pages, items = _live_pages(params)
    ranked, degraded = with_fallback(
        lambda backend: _ranked_hits(backend, params, user, pages, items)
    )
    hits = _visible(ranked, pages, user)
    selected = params.selected
    return SearchOutcome(
        hits=[hit for hit in hits if hit.matches(selected)],
        facets=_facets(hits, params),
        degraded=degraded,
        capped=len(hits) >= MAX_HITS,
    )


def _ranked(backend, searches):
    """(pk, score) of the best matches of each search: from the engine in one request,
    without loading the objects; from the database backend as it answers."""
    if hasattr(backend, "ranked"):
        return backend.ranked(searches, MAX_HITS)
    return [
        [(obj.pk, obj._score) for obj in results.annotate_score("_score")[:MAX_HITS]]
        for results in searches
    ]


def _ranked_hits(backend, params, user, pages, items):
    """The best matches, from the engine (or the database backend), before the database
    checks what ``user`` may see of them (``_visible``)."""
    languages = tuple(SUBFIELDS_OF_LANGUAGE) if params.all_languages else (params.language,)
    query = params.query
    with analysed_in(languages):
        searches = [
            backend.search(query, pages, operator="and"),
            backend.search(query, Organisation.objects.public(), operator="and"),
        ]
        if not is_member(user):
            # Members-only materials answer others by what everybody may read of them.
            members_only = items.filter(access=Access.MEMBERS)
            searches.append(
                backend.search(query, members_only, fields=["title", "summary"], operator="and")
            )
        found_pages, organisations, *teasers = _ranked(backend, searches)
    hits = [Hit("page", int(pk), score or 0) for pk, score in found_pages]
    hits += [Hit("organisation", int(pk), score or 0) for pk, score in organisations]
    for pk, score in teasers[0] if teasers else []:
        hits.append(Hit("page", int(pk), score or 0, teaser_only=True))
    hits.sort(key=lambda hit: -hit.score)
    return hits[:MAX_HITS]


def _live_pages(params):
    """The live pages, and library materials, of the languages searched."""
    pages, items = Page.objects.live(), LibraryItemPage.objects.live()
    if not params.all_languages:
        locale = Locale.objects.get(language_code=params.language)
        pages, items = pages.filter(locale=locale), items.filter(locale=locale)
    return pages, items


def _visible(hits, pages, user):
    """The hits ``user`` may see, as the database has them now (the index may lag behind:
    a page unpublished or an organisation archived while the engine was down), each with
    its type, language, themes and regions; ``pages``: the live pages of the languages
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
            teaser = hit.teaser_only and access == Access.MEMBERS
            if not teaser and path.startswith(barred):
                continue
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            hit.type, hit.language = PAGE_TYPES.get(model, "page"), language
            if region:
                hit.regions.add(region)
        seen.add((hit.kind, hit.pk))
        kept.append(hit)
    _tag(kept)
    return kept


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
        tagged = ids.get(PAGE_TYPES.get(model, "organisation"), [])
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


def _facets(hits, params):
    """Each facet counts the matches of the other facets' choices, so that its own options
    stay in view; the language facet exists when every language is searched."""
    selected, labels = params.selected, params.labels
    values_of = {
        "type": lambda hit: {hit.type},
        "theme": lambda hit: hit.themes,
        "region": lambda hit: hit.regions,
        "language": lambda hit: {hit.language} if hit.language else set(),
    }
    facets = {}
    for name in FACETS:
        if name == "language" and not params.all_languages:
            continue
        counts = {}
        for hit in hits:
            if hit.matches(selected, skip=name):
                for value in values_of[name](hit):
                    counts[value] = counts.get(value, 0) + 1
        facets[name] = [
            FacetOption(value, str(label), counts.get(value, 0), selected[name] == value)
            for value, label in labels[name].items()
            if counts.get(value) or selected[name] == value
        ]
    return facets
