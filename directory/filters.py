"""What a reader asks the directory for: the filters of ``/{lang}/organizations/`` and of
``/api/organizations/``, checked in one place, with the counts of every option (facets).

Organisations point at the Polish terms (``directory/models/organisations.py``); a filter
matches them by ``translation_key``, so ``?theme=housing`` finds the same organisations on
/pl/, /uk/ and /en/. Every count is one aggregate query, whatever the number of
organisations or options.
"""

import logging
from dataclasses import dataclass, field

from django.db.models import Count, F, Q
from django.utils.translation import gettext

from cms.facets import FacetOption
from cms.i18n import reader_terms
from cms.models import Region, TargetGroup, Theme
from cms.searching import DEGRADED_NOTICE, search, with_fallback
from directory.models.organisations import Organisation, OrganisationKind, StaffLanguage

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
SEARCH_LIMIT = 1000  # the text search looks at this many best matches

# The filters whose values are taxonomy terms: URL parameter → (model, organisation field).
TERM_FILTERS = {
    "theme": (Theme, "themes"),
    "region": (Region, "regions"),
    "target_group": (TargetGroup, "target_groups"),
}


@dataclass
class Vocabularies:
    """Themes, regions and target groups in the reader's language: three queries, made once
    per request and shared by the filters, the facets and the cards."""

    theme: list
    region: list
    target_group: list

    @classmethod
    def load(cls):
        return cls(**{name: reader_terms(model) for name, (model, _f) in TERM_FILTERS.items()})

    def by_key(self, name):
        return {term.translation_key: term for term in getattr(self, name)}

    def local(self, name, terms):
        """``terms`` (Polish, as organisations hold them) in the reader's language."""
        lookup = self.by_key(name)
        return [lookup.get(term.translation_key, term) for term in terms]


@dataclass
class DirectoryFilters:
    """The checked filters. An unknown value is dropped and explained in ``errors`` (keyed
    by parameter): the directory shows the message, the API answers 400 with it."""

    theme: Theme | None = None
    region: Region | None = None
    target_group: TargetGroup | None = None
    kind: str = ""
    language: str = ""
    query: str = ""
    errors: dict = field(default_factory=dict)
    degraded: bool = False  # the database answered the text query in the engine's place

    @classmethod
    def from_params(cls, params, vocabularies):
        """Read ``params`` (``request.GET``); messages come in the active language."""
        filters = cls()
        unknown_term = {
            "theme": gettext("There is no theme “%(value)s”; showing every theme."),
            "region": gettext("There is no region “%(value)s”; showing every region."),
            "target_group": gettext(
                "There is no target group “%(value)s”; showing every target group."
            ),
        }
        for name in TERM_FILTERS:
            value = params.get(name, "")
            if value:
                term = next((t for t in getattr(vocabularies, name) if t.slug == value), None)
                setattr(filters, name, term)
                if term is None:
                    filters.errors[name] = unknown_term[name] % {"value": value}
        kind = params.get("kind", "")
        if kind in OrganisationKind.values:
            filters.kind = kind
        elif kind:
            filters.errors["kind"] = gettext(
                "There is no kind of organisation “%(value)s”; showing every kind."
            ) % {"value": kind}
        language = params.get("language", "")
        if language in StaffLanguage.values:
            filters.language = language
        elif language:
            filters.errors["language"] = gettext(
                "There is no language “%(value)s” in the list; showing every language."
            ) % {"value": language}
        query = params.get("q", "").strip()
        if len(query) > MAX_QUERY_LENGTH:
            filters.errors["q"] = gettext(
                "The search text is too long: use at most %(limit)d characters."
            ) % {"limit": MAX_QUERY_LENGTH}
        else:
            filters.query = query
        return filters

    @property
    def active(self):
        return bool(
            self.theme
            or self.region
            or self.target_group
            or self.kind
            or self.language
            or self.query
        )

    def text_match(self):
        """The condition that answers ``query`` from the search index (approved organisations
        only), or ``None`` with no query. While the engine is down the database answers, and
        ``degraded`` says so."""
        if not self.query:
            return None

        def found(backend):
            # The visitor's words only (``cms.searching``): query syntax never reaches a backend.
            hits = search(backend, self.query, Organisation.objects.public())[:SEARCH_LIMIT]
            return [hit.pk for hit in hits]

        pks, self.degraded = with_fallback(found)
        return Q(pk__in=pks)

    def apply(self, organisations, text_match=None, skip=""):
        """``organisations`` narrowed by every filter but ``skip`` (a facet counts its
        options with the other filters only)."""
        for name, (model, relation) in TERM_FILTERS.items():
            term = getattr(self, name)
            if term is not None and skip != name:
                # A subquery on the join table, not a join: no duplicate rows to undo.
                tagged = getattr(Organisation, relation).through.objects.filter(
                    **{f"{model._meta.model_name}__translation_key": term.translation_key}
                )
                organisations = organisations.filter(pk__in=tagged.values("organisation_id"))
        if self.kind and skip != "kind":
            organisations = organisations.filter(kind=self.kind)
        if self.language and skip != "language":
            organisations = organisations.filter(staff_languages__contains=f",{self.language},")
        if text_match is not None:
            organisations = organisations.filter(text_match)
        return organisations

    def as_params(self, **changes):
        """The filters as URL parameters, with ``changes`` applied (a value of ``None``
        drops the parameter)."""
        params = {
            "theme": self.theme.slug if self.theme else "",
            "region": self.region.slug if self.region else "",
            "target_group": self.target_group.slug if self.target_group else "",
            "kind": self.kind,
            "language": self.language,
            "q": self.query,
        }
        params.update(changes)
        return {key: value for key, value in params.items() if value}


def count_by(organisations, expression):
    """How many of ``organisations`` have each value of ``expression``: one GROUP BY query."""
    grouped = organisations.order_by().annotate(key=expression).values("key")
    return dict(grouped.annotate(count=Count("pk", distinct=True)).values_list("key", "count"))


def facets(organisations, filters, text_match, vocabularies):
    """The options of every filter, each with how many organisations it would show given the
    other active filters: five aggregate queries."""
    result = {}
    for name, (_model, relation) in TERM_FILTERS.items():
        counts = count_by(
            filters.apply(organisations, text_match, skip=name), F(f"{relation}__translation_key")
        )
        chosen = getattr(filters, name)
        result[name] = [
            FacetOption(term.slug, term.name, counts.get(term.translation_key, 0), term == chosen)
            for term in getattr(vocabularies, name)
        ]
    by_kind = count_by(filters.apply(organisations, text_match, skip="kind"), F("kind"))
    result["kind"] = [
        FacetOption(value, label, by_kind.get(value, 0), value == filters.kind)
        for value, label in OrganisationKind.choices
    ]
    by_language = filters.apply(organisations, text_match, skip="language").aggregate(
        **{
            code: Count("pk", filter=Q(staff_languages__contains=f",{code},"))
            for code in StaffLanguage.values
        }
    )
    result["language"] = [
        FacetOption(value, label, by_language[value], value == filters.language)
        for value, label in StaffLanguage.choices
    ]
    return result


def search_or_notice(filters):
    """``filters.text_match()``, with a notice in ``filters.errors`` when the database
    answered in place of the search engine, or when neither could answer (then ``None``):
    a search that fails must not turn the directory into a 500."""
    try:
        text_match = filters.text_match()
    except Exception:
        logger.exception("Directory search failed for %r", filters.query)
        filters.errors["q"] = gettext("Search is not available right now. Please try again later.")
        return None
    if filters.degraded:
        filters.errors["q"] = str(DEGRADED_NOTICE)
    return text_match


def with_reader_details(organisations, vocabularies):
    """Give each organisation ``local_themes``, ``local_regions``, ``local_target_groups``:
    its terms in the reader's language, from the prefetched Polish ones, and
    ``language_names``: the languages its staff speak; no query."""
    labels = dict(StaffLanguage.choices)
    for organisation in organisations:
        for name, (_model, relation) in TERM_FILTERS.items():
            terms = vocabularies.local(name, getattr(organisation, relation).all())
            setattr(organisation, f"local_{relation}", terms)
        organisation.language_names = [
            labels[code] for code in organisation.staff_languages if code in labels
        ]
    return organisations
