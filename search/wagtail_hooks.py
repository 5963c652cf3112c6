"""Search in the admin: the editors' reports of what visitors search for."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.admin_views import (
    SearchesWithoutResultsView,
    TopSearchQueriesView,
    can_view_search_queries,
)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("reports/search-queries/", TopSearchQueriesView.as_view(), name="search_top_queries"),
        path(
            "reports/search-queries/results/",
            TopSearchQueriesView.as_view(results_only=True),
            name="search_top_queries_results",
        ),
        path(
            "reports/searches-without-results/",
            SearchesWithoutResultsView.as_view(),
            name="search_zero_results",
        ),
        path(
            "reports/searches-without-results/results/",
            SearchesWithoutResultsView.as_view(results_only=True),
            name="search_zero_results_results",
        ),
    ]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_search_queries(request.user)


@hooks.register("register_reports_menu_item")
def register_top_search_queries_menu_item():
    return SearchReportMenuItem(
        _("Top search queries"),
        reverse("search_top_queries"),
        name="top-search-queries",
        icon_name="search",
        order=1100,
    )


@hooks.register("register_reports_menu_item")
def register_searches_without_results_menu_item():
    return SearchReportMenuItem(
        _("Searches with no results"),
        reverse("search_zero_results"),
        name="searches-with-no-results",
        icon_name="search",
        order=1110,
    )


@hooks.register("register_permissions")
def register_search_query_permission():
    # So that the group editor offers it: who sees the search reports.
    return Permission.objects.filter(content_type__app_label="search", codename="view_searchquery")
