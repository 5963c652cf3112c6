"""What the support board shows: the filters a reader picked, their options with counts,
and the listings' terms in the reader's language.

Kept apart from the page classes so that the listing views (``directory/support_views.py``)
and the matching (``directory/matching.py``) share the same helpers.
"""

from dataclasses import dataclass, field

from django.db.models import Count, F
from django.utils.translation import gettext

from cms.facets import FacetOption
from cms.models import Region, Theme

from .organisations import Status
from .support import ListingKind, SupportCategory, SupportListing

MEMBERS_GROUP = "Members"  # cms/migrations/0003_groups_and_permissions


def posting_organisations(user):
    """The approved organisations ``user`` may post and answer listings for: none unless
    they are a logged-in member of the Forum."""
    if not user.is_authenticated:
        return []
    if not (user.is_superuser or user.groups.filter(name=MEMBERS_GROUP).exists()):
        return []
    return list(user.organisations.filter(status=Status.APPROVED).order_by("name"))


@dataclass
class BoardFilters:
    """What a reader asked the board for, checked: unknown values are dropped and noted in
    ``notices``, so a mistyped link still shows the board instead of an error."""

    kind: str = ""
    category: str = ""
    theme: Theme | None = None
    region: Region | None = None
    notices: list = field(default_factory=list)

    @classmethod
    def from_params(cls, params, themes, regions):
        filters = cls()
        kind = params.get("kind", "")
        if kind in ListingKind.values:
            filters.kind = kind
        elif kind:
            filters.notices.append(gettext("There is no such kind of listing; showing all."))
        category = params.get("category", "")
        if category in SupportCategory.values:
            filters.category = category
        elif category:
            filters.notices.append(gettext("There is no such kind of support; showing every kind."))
        theme = params.get("theme", "")
        if theme:
            filters.theme = next((term for term in themes if term.slug == theme), None)
            if filters.theme is None:
                filters.notices.append(gettext("There is no such theme; showing every theme."))
        region = params.get("region", "")
        if region:
            filters.region = next((term for term in regions if term.slug == region), None)
            if filters.region is None:
                filters.notices.append(gettext("There is no such region; showing every region."))
        return filters

    @property
    def active(self):
        return bool(self.kind or self.category or self.theme or self.region)

    def apply(self, listings, skip=""):
        """``listings`` narrowed by every filter but ``skip`` (a facet counts its options
        with the other filters only)."""
        if self.kind and skip != "kind":
            listings = listings.filter(kind=self.kind)
        if self.category and skip != "category":
            listings = listings.filter(category=self.category)
        if self.theme and skip != "theme":
            tagged = SupportListing.themes.through.objects.filter(
                theme__translation_key=self.theme.translation_key
            )
            listings = listings.filter(pk__in=tagged.values("supportlisting_id"))
        if self.region and skip != "region":
            tagged = SupportListing.regions.through.objects.filter(
                region__translation_key=self.region.translation_key
            )
            listings = listings.filter(pk__in=tagged.values("supportlisting_id"))
        return listings


def count_by(listings, expression):
    """How many of ``listings`` have each value of ``expression``: one GROUP BY query."""
    grouped = listings.order_by().annotate(key=expression).values("key")
    return dict(grouped.annotate(count=Count("pk", distinct=True)).values_list("key", "count"))


def facets(listings, filters, themes, regions):
    """The options of every filter with the number of listings each would show given the
    other active filters: four aggregate queries, whatever the number of listings."""
    by_kind = count_by(filters.apply(listings, skip="kind"), F("kind"))
    by_category = count_by(filters.apply(listings, skip="category"), F("category"))
    by_theme = count_by(filters.apply(listings, skip="theme"), F("themes__translation_key"))
    by_region = count_by(filters.apply(listings, skip="region"), F("regions__translation_key"))
    return {
        "kind": [
            FacetOption(value, label, by_kind.get(value, 0), value == filters.kind)
            for value, label in ListingKind.choices
        ],
        "category": [
            FacetOption(value, label, by_category.get(value, 0), value == filters.category)
            for value, label in SupportCategory.choices
        ],
        "theme": [
            FacetOption(
                term.slug, term.name, by_theme.get(term.translation_key, 0), term == filters.theme
            )
            for term in themes
        ],
        "region": [
            FacetOption(
                term.slug,
                term.name,
                by_region.get(term.translation_key, 0),
                term == filters.region,
            )
            for term in regions
        ],
    }
