"""Who works where: the themes-by-regions matrix of ``/{lang}/organizations/coverage/``.

Each cell counts the approved organisations that work on a theme in a region, and the open
needs posted for it. Both come from one GROUP BY query each over the pairs of an
organisation's (or a need's) themes and regions, so the page asks the database the same
number of questions for ten organisations or ten thousand.

A cell is a *gap* when no organisation works there, and *crowded* when it holds at least
``CROWDED_MINIMUM`` organisations and at least as many as the ``CROWDED_PERCENTILE`` of the
non-empty voivodeship cells: many organisations in one cell are worth coordinating, and the
percentile keeps the mark for the busiest cells as the directory grows.
"""

import math
from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from cms.i18n import reader_terms
from cms.models import Region, Theme
from directory.models import ListingKind, Organisation, SupportListing

CROWDED_MINIMUM = 5
CROWDED_PERCENTILE = 90

GAP = "gap"
CROWDED = "crowded"
MARK_LABELS = {GAP: _("Gap"), CROWDED: _("Crowded")}


@dataclass
class Cell:
    theme: Theme
    region: Region
    organisations: int
    open_needs: int
    mark: str = ""  # GAP, CROWDED or ""

    @property
    def mark_label(self):
        return MARK_LABELS.get(self.mark, "")

    @property
    def query(self):
        """The directory's filters that list this cell's organisations."""
        return f"theme={self.theme.slug}&region={self.region.slug}"


@dataclass
class Row:
    region: Region
    cells: list
    organisations: int  # in the region, whatever the theme


@dataclass
class Coverage:
    themes: list
    voivodeships: list  # rows of the map
    beyond: list  # rows of nationwide, online and abroad
    theme_totals: list  # organisations per theme, in the order of ``themes``
    crowded_threshold: int

    @property
    def rows(self):
        return [*self.voivodeships, *self.beyond]


def pair_counts(queryset):
    """How many distinct rows of ``queryset`` have each (theme, region) pair, keyed by the
    terms' translation keys: one query. Joining both relations pairs every theme of a row
    with every region of it, which is exactly the cells it falls in."""
    grouped = (
        queryset.order_by()
        .values("themes__translation_key", "regions__translation_key")
        .annotate(count=Count("pk", distinct=True))
    )
    return {
        (row["themes__translation_key"], row["regions__translation_key"]): row["count"]
        for row in grouped
    }


def totals_by(queryset, relation):
    grouped = (
        queryset.order_by()
        .values(f"{relation}__translation_key")
        .annotate(count=Count("pk", distinct=True))
    )
    return {row[f"{relation}__translation_key"]: row["count"] for row in grouped}


def percentile(values, share):
    """The nearest-rank percentile of ``values`` (0 for none)."""
    if not values:
        return 0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share / 100 * len(ordered)) - 1)]


def build_coverage():
    """The matrix in the reader's language: seven queries, whatever the data."""
    themes = reader_terms(Theme)
    regions = reader_terms(Region)
    organisations = Organisation.objects.public()
    by_cell = pair_counts(organisations)
    needs = pair_counts(SupportListing.objects.open().filter(kind=ListingKind.NEED))
    by_theme = totals_by(organisations, "themes")
    by_region = totals_by(organisations, "regions")

    rows = []
    for region in regions:
        cells = [
            Cell(
                theme,
                region,
                by_cell.get((theme.translation_key, region.translation_key), 0),
                needs.get((theme.translation_key, region.translation_key), 0),
            )
            for theme in themes
        ]
        rows.append(Row(region, cells, by_region.get(region.translation_key, 0)))
    voivodeships = [row for row in rows if row.region.kind == Region.Kind.VOIVODESHIP]
    beyond = [row for row in rows if row.region.kind != Region.Kind.VOIVODESHIP]

    filled = [cell.organisations for row in voivodeships for cell in row.cells]
    filled = [count for count in filled if count]
    threshold = max(CROWDED_MINIMUM, percentile(filled, CROWDED_PERCENTILE))
    for row in rows:
        for cell in row.cells:
            if cell.organisations == 0:
                cell.mark = GAP
            elif cell.organisations >= threshold:
                cell.mark = CROWDED
    return Coverage(
        themes=themes,
        voivodeships=voivodeships,
        beyond=beyond,
        theme_totals=[by_theme.get(theme.translation_key, 0) for theme in themes],
        crowded_threshold=threshold,
    )
