import logging

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10


def search(request):
    """Site search in the reader's language (facets and the JSON API come with the search
    issue; this is the search box's destination)."""
    query = request.GET.get("q", "").strip()
    context = {"search_query": query, "results": None, "error": None}
    status = 200
    if len(query) > MAX_QUERY_LENGTH:
        context["error"] = _("The search text is too long: use at most %(limit)d characters.") % {
            "limit": MAX_QUERY_LENGTH
        }
        status = 400
    elif query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        try:
            results = list(pages.search(query)[:100])
        except Exception:
            # An engine that is down must not turn a search into a server error.
            logger.exception("Search backend failed for %r", query)
            context["error"] = _("Search is not available right now. Please try again later.")
            status = 503
        else:
            context["results"] = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "search/search.html", context, status=status)
