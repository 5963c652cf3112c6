"""The best matches of a need or an offer: open listings of the opposite kind.

A match shares something with the listing: its kind of support, a theme or a region. They
rank by shared kind of support first (an offer of interpreters answers a need for
interpreters, whatever the theme), then by how many themes and how many regions they share,
then by recency. The database counts and orders them (annotated subqueries), so the page
asks a fixed number of questions however many listings there are.
"""

from dataclasses import dataclass

from django.db.models import Case, Count, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cms.i18n import with_local_terms
from directory.models import ListingKind, SupportListing

MATCH_LIMIT = 5
OPPOSITE = {ListingKind.NEED: ListingKind.OFFER, ListingKind.OFFER: ListingKind.NEED}


def shared_count(through, column, listing_ids_field, ids):
    """A subquery: how many of ``ids`` (term ids) the outer listing is tagged with."""
    tagged = (
        through.objects.filter(**{listing_ids_field: OuterRef("pk"), f"{column}__in": ids})
        .order_by()
        .values(listing_ids_field)
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(tagged, output_field=IntegerField()), Value(0))


def matching_listings(listing, limit=MATCH_LIMIT, themes=None, regions=None):
    """Open listings of the opposite kind from other approved organisations that share
    something with ``listing``, best first, each annotated with ``same_category``,
    ``shared_themes`` and ``shared_regions``; ``themes`` and ``regions`` are the listing's
    terms when the caller has them already."""
    theme_ids = [term.pk for term in (listing.themes.all() if themes is None else themes)]
    region_ids = [term.pk for term in (listing.regions.all() if regions is None else regions)]
    return (
        SupportListing.objects.open()
        .filter(kind=OPPOSITE[listing.kind])
        .exclude(organisation_id=listing.organisation_id)
        .annotate(
            same_category=Case(
                When(category=listing.category, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
            shared_themes=shared_count(
                SupportListing.themes.through, "theme_id", "supportlisting_id", theme_ids
            ),
            shared_regions=shared_count(
                SupportListing.regions.through, "region_id", "supportlisting_id", region_ids
            ),
        )
        .filter(Q(same_category=1) | Q(shared_themes__gt=0) | Q(shared_regions__gt=0))
        .order_by("-same_category", "-shared_themes", "-shared_regions", "-created_at", "-pk")
        .select_related("organisation")
        .prefetch_related("themes", "regions")[:limit]
    )


@dataclass
class Match:
    """A matching listing and why it matches, in words."""

    listing: SupportListing
    reasons: list


def best_matches(listing, limit=MATCH_LIMIT):
    """The best matches of ``listing`` with their reasons in the reader's language: five
    queries (the listing's terms, the matches, their terms, the terms' translations)."""
    themes, regions = list(listing.themes.all()), list(listing.regions.all())
    matches = with_local_terms(
        matching_listings(listing, limit, themes, regions), "themes", "regions"
    )
    theme_keys = {term.translation_key for term in themes}
    region_keys = {term.translation_key for term in regions}
    return [Match(match, reasons(listing, match, theme_keys, region_keys)) for match in matches]


def reasons(listing, match, theme_keys, region_keys):
    """What ``match`` shares with ``listing``, as sentences a reader understands."""
    said = []
    if match.same_category:
        said.append(
            _("Same kind of support: %(category)s.") % {"category": match.get_category_display()}
        )
    themes = [term.name for term in match.local_themes if term.translation_key in theme_keys]
    if themes:
        said.append(
            ngettext("Shared theme: %(themes)s.", "Shared themes: %(themes)s.", len(themes))
            % {"themes": ", ".join(themes)}
        )
    regions = [term.name for term in match.local_regions if term.translation_key in region_keys]
    if regions:
        said.append(
            ngettext("Shared region: %(regions)s.", "Shared regions: %(regions)s.", len(regions))
            % {"regions": ", ".join(regions)}
        )
    return said
