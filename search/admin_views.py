"""The editors' search reports: the most searched texts, and the searches that found nothing.

Both sum the daily counts of ``SearchQuery`` over a period (the last 7, 30 or 365 days) in
one language or all, one row per search text and language, most searched first. Wagtail's
``ReportView`` brings the filters, the pagination and the XLSX export; the CSV export has
the shape of the site's other reports (``cms.spreadsheets``), language codes included.
Seeing them takes ``search.view_searchquery`` (Editors, from migration 0002) or a superuser.
"""

import datetime

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery, Sum
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView

from cms.spreadsheets import csv_download
from search.models import SearchQuery

VIEW_SEARCH_QUERIES = "search.view_searchquery"

PERIODS = [
    ("7", gettext_lazy("Last 7 days")),
    ("30", gettext_lazy("Last 30 days")),
    ("365", gettext_lazy("Last 365 days")),
]
DEFAULT_PERIOD = "30"


def can_view_search_queries(user):
    """Superusers, and whoever was given ``search.view_searchquery`` (Editors)."""
    return user.is_active and user.has_perm(VIEW_SEARCH_QUERIES)


def language_name(code):
    """The name of a site language in the reader's language; the code for any other."""
    return str(dict(settings.LANGUAGES).get(code, code))


class SearchQueryReportFilterSet(WagtailFilterSet):
    """Language (all by default) and period (the last 30 days by default).

    A value that is not one of a filter's choices is ignored, the filter keeps its default,
    and ``ignored`` lists it so that the view can say so: a mistyped link still shows a
    report, never an error page or, silently, every search ever made.
    """

    language = django_filters.ChoiceFilter(
        label=gettext_lazy("Language"),
        field_name="language_code",
        choices=settings.LANGUAGES,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )
    period = django_filters.ChoiceFilter(
        label=gettext_lazy("Period"),
        choices=PERIODS,
        empty_label=None,
        initial=DEFAULT_PERIOD,
        method="filter_period",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = SearchQuery
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        self.ignored = []
        if data is not None:
            data = data.copy()
            for name, default in (("language", ""), ("period", DEFAULT_PERIOD)):
                value = data.get(name, "")
                choices = {str(code) for code, _label in self.base_filters[name].extra["choices"]}
                if value and value not in choices:
                    self.ignored.append((self.base_filters[name].label, value))
                    value = ""
                data[name] = value or default
        super().__init__(data, *args, **kwargs)

    def filter_period(self, queryset, name, value):
        # "The last 7 days" are today and the six days before it.
        first_day = timezone.localdate() - datetime.timedelta(days=int(value) - 1)
        return queryset.filter(day__gte=first_day)


class LanguageColumn(Column):
    """A language code shown as the language's name."""

    def get_value(self, instance):
        return language_name(super().get_value(instance))


class SearchQueryReportView(ReportView):
    """What the two reports share: permission, filters, one row per text and language."""

    header_icon = "search"
    filterset_class = SearchQueryReportFilterSet
    is_searchable = True
    search_fields = ["query_text"]
    # The pagination counts rows of the report, not searches.
    verbose_name = gettext_lazy("row")
    verbose_name_plural = gettext_lazy("rows")
    export_name = None  # the file name's stem, e.g. "top-search-queries"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_search_queries(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_rows(self, queryset):
        """``queryset`` (filtered by day and language) summed per text and language."""
        raise NotImplementedError

    def get_base_queryset(self):
        return SearchQuery.objects.all()

    def get_queryset(self):
        # Filter the daily rows first, then sum them: the sums cover the chosen period only.
        queryset = self.search_queryset(self.filter_queryset(self.get_base_queryset()))
        return self.order_queryset(self.get_rows(queryset))

    def order_queryset(self, queryset):
        # Ties in the order by text and language, so that pages do not overlap.
        ordered = super().order_queryset(queryset)
        return ordered.order_by(*ordered.query.order_by, "query_text", "language_code")

    def get(self, request, *args, **kwargs):
        if not self.is_export and not self.results_only:
            for label, value in self.filters.ignored:
                messages.error(
                    request,
                    _("“%(value)s” is not a valid %(filter)s filter; it was ignored.")
                    % {"value": value, "filter": str(label).lower()},
                )
        return super().get(request, *args, **kwargs)

    def get_filename(self):
        return f"{self.export_name}-{timezone.localdate():%Y-%m-%d}"

    def write_csv_response(self, queryset):
        """The rows as a CSV download (see cms.spreadsheets)."""
        return csv_download(
            self.export_name,
            [self.get_heading(queryset, field) for field in self.list_export],
            (self.to_row_dict(item).values() for item in queryset),
        )


class TopSearchQueriesView(SearchQueryReportView):
    """The most searched texts, with how many of their searches found nothing and how many
    results the latest one found."""

    page_title = gettext_lazy("Top search queries")
    index_url_name = "search_top_queries"
    index_results_url_name = "search_top_queries_results"
    export_name = "top-search-queries"
    default_ordering = "-searches"
    columns = [
        Column("query_text", label=gettext_lazy("Search text"), sort_key="query_text"),
        LanguageColumn("language_code", label=gettext_lazy("Language")),
        NumberColumn("searches", label=gettext_lazy("Searches"), sort_key="searches"),
        NumberColumn(
            "zero_result_searches",
            label=gettext_lazy("Searches without results"),
            sort_key="zero_result_searches",
        ),
        NumberColumn("latest_results", label=gettext_lazy("Results of the latest search")),
    ]
    list_export = [
        "query_text",
        "language_code",
        "searches",
        "zero_result_searches",
        "latest_results",
    ]
    export_headings = {
        "query_text": gettext_lazy("Search text"),
        "language_code": gettext_lazy("Language"),
        "searches": gettext_lazy("Searches"),
        "zero_result_searches": gettext_lazy("Searches without results"),
        "latest_results": gettext_lazy("Results of the latest search"),
    }

    def get_rows(self, queryset):
        latest = SearchQuery.objects.filter(
            query_text=OuterRef("query_text"), language_code=OuterRef("language_code")
        ).order_by("-day")
        return (
            queryset.values("query_text", "language_code")
            .annotate(
                searches=Sum("hits"),
                zero_result_searches=Sum("zero_result_hits"),
                latest_results=Subquery(latest.values("results")[:1]),
            )
            .order_by()
        )

    @cached_property
    def no_results_message(self):
        if self.is_searching:
            return super().no_results_message
        return _("No searches in this period.")


class SearchesWithoutResultsView(SearchQueryReportView):
    """The texts whose searches found nothing, most frequent first: what the site lacks, or
    what visitors call by another name."""

    page_title = gettext_lazy("Searches with no results")
    index_url_name = "search_zero_results"
    index_results_url_name = "search_zero_results_results"
    export_name = "searches-with-no-results"
    default_ordering = "-zero_result_searches"
    columns = [
        Column("query_text", label=gettext_lazy("Search text"), sort_key="query_text"),
        LanguageColumn("language_code", label=gettext_lazy("Language")),
        NumberColumn(
            "zero_result_searches",
            label=gettext_lazy("Searches without results"),
            sort_key="zero_result_searches",
        ),
    ]
    list_export = ["query_text", "language_code", "zero_result_searches"]
    export_headings = {
        "query_text": gettext_lazy("Search text"),
        "language_code": gettext_lazy("Language"),
        "zero_result_searches": gettext_lazy("Searches without results"),
    }

    def get_rows(self, queryset):
        return (
            queryset.filter(zero_result_hits__gt=0)
            .values("query_text", "language_code")
            .annotate(zero_result_searches=Sum("zero_result_hits"))
            .order_by()
        )

    @cached_property
    def no_results_message(self):
        if self.is_searching:
            return super().no_results_message
        return _("No searches without results in this period.")
