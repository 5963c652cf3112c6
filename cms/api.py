"""Wagtail API v2 (``/api/v2/pages|documents|images/``), with its parameters checked before
they reach the database or the search backend.

Wagtail reads ``offset`` and ``limit`` with ``int()`` (an offset of twenty digits then fits
no database column), hands ``search`` to the backend raw (a quote is a syntax error to
SQLite's full-text search) with whatever ``search_operator`` says, and looks up
``find/?id=`` without checking it: each of those answered 500. Here they answer 400 with
Wagtail's own messages, and the search gets the visitor's words only (``cms.searching``).
"""

from django.http import JsonResponse
from django.urls import re_path
from django.utils.translation import gettext
from wagtail.api.v2 import filters, views
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.documents.api.v2 import views as documents_views
from wagtail.images.api.v2 import views as images_views
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from cms import params, searching

SEARCH_OPERATORS = ("and", "or")


class Pagination(WagtailPagination):
    """Wagtail's paging; an offset or limit that is not a plain whole number is refused,
    and an offset past the last result gives an empty page (never reaches the database)."""

    def paginate_queryset(self, queryset, request, view=None):
        for name in ("offset", "limit"):
            value = request.GET.get(name)
            if value is not None and params.whole_number(value) is None:
                raise BadRequestError(f"{name} must be a positive integer")
        items = super().paginate_queryset(queryset, request, view)
        if int(request.GET.get("offset", 0)) >= self.total_count:
            return []
        return items


class SearchFilter(filters.SearchFilter):
    """Wagtail's ``?search=``, given the visitor's words only and a known operator."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be either 'and' or 'or'")
        query = searching.words(request.GET["search"])
        if not query:
            return queryset.none()
        try:
            return searching.search_backend("default").search(
                query,
                queryset,
                operator=operator,
                order_by_relevance="order" not in request.GET,
            )
        except FilterFieldError as error:
            raise BadRequestError(
                f"cannot filter by '{error.field_name}' while searching (field is not indexed)"
            ) from error
        except OrderByFieldError as error:
            raise BadRequestError(
                f"cannot order by '{error.field_name}' while searching (field is not indexed)"
            ) from error


def with_checked_search(backends):
    return [SearchFilter if backend is filters.SearchFilter else backend for backend in backends]


def refuse_nul(request):
    """PostgreSQL refuses any text holding a NUL character (a ``DataError``), and Wagtail
    looks up ``locale``, ``slug``, ``html_path`` and the other filters as they come."""
    for name, values in request.GET.lists():
        if any("\x00" in value for value in values):
            raise BadRequestError(f"{name} cannot contain NUL characters")


class CheckedParameters:
    """What the three endpoints share: the checked paging, no NUL character in any
    parameter, and ``find/?id=`` that must be an id."""

    pagination_class = Pagination

    def check_query_parameters(self, queryset):
        refuse_nul(self.request)
        super().check_query_parameters(queryset)

    def find_object(self, queryset, request):
        refuse_nul(request)
        if "id" in request.GET and not params.is_id(request.GET["id"]):
            raise BadRequestError("id must be a positive integer")
        return super().find_object(queryset, request)


class PagesAPIViewSet(CheckedParameters, views.PagesAPIViewSet):
    filter_backends = with_checked_search(views.PagesAPIViewSet.filter_backends)


class DocumentsAPIViewSet(CheckedParameters, documents_views.DocumentsAPIViewSet):
    filter_backends = with_checked_search(documents_views.DocumentsAPIViewSet.filter_backends)


class ImagesAPIViewSet(CheckedParameters, images_views.ImagesAPIViewSet):
    filter_backends = with_checked_search(images_views.ImagesAPIViewSet.filter_backends)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)


def not_found(request, *args, **kwargs):
    """Any other path under ``/api/``: a JSON 404 (the message in the language the client
    asks for), not the redirect to a language prefix that pages get.

    ``LocaleMiddleware`` answers a 404 outside the language prefixes with a redirect to the
    same path under one (``/pl/api/…``), which Wagtail's page serving always resolves. It
    asks the request's URLconf whether the site has language prefixes: naming this module's,
    which has none, keeps the 404 as it is.
    """
    request.urlconf = __name__
    return JsonResponse({"error": gettext("Page not found")}, status=404)


urlpatterns = [re_path(r"^api/", not_found)]
