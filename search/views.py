"""The search page, the JSON search and suggestion APIs, and the readiness check.

``/{lang}/search/`` and ``/api/search/`` answer through ``search.query.search_site``: when the
engine is down they answer from the database backend with a notice (200, never 500).
"""

import json
import logging
import urllib.request

from django.conf import settings
from django.db import DatabaseError, connections
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from cms.params import BadRequest, positive_int, text, whole_number
from cms.privacy import barred_paths
from cms.searching import (
    DEGRADED_NOTICE,
    ENGINE_ERRORS,
    autocomplete,
    degraded,
    fold,
    search_backend,
    with_fallback,
)
from directory.api import page_link
from directory.models import Organisation
from library.models import Access, LibraryItemPage
from library.models.pages import is_member
from search import indexing
from search.analytics import record_search
from search.query import SearchParams, search_site
from search.snippets import present

logger = logging.getLogger(__name__)

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
SUGGESTIONS = 10
SEARCH_TIMEOUT_SECONDS = 2


def promoted(query, language):
    """Editors' picks for the query (Wagtail's search promotions), in the visitor's
    language where the promoted page has a live translation."""
    try:
        promotions = Query.objects.get(query_string=normalise_query_string(query))
    except Query.DoesNotExist:
        return []
    locale = Locale.objects.get(language_code=language)
    picks = []
    for promotion in promotions.editors_picks.select_related("page").order_by("sort_order"):
        page = promotion.page
        if page is not None:
            translation = page.get_translation_or_none(locale)
            page = translation if translation is not None and translation.live else page
        if page is not None and page.live:
            picks.append({"title": page.title, "url": page.url, "text": promotion.description})
        elif promotion.external_link_url:
            picks.append(
                {
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "text": promotion.description,
                }
            )
    return picks


def run(request, params):
    """The search of ``params``: its page of results, facets and picks."""
    number = request.GET.get("page", "")
    outcome = search_site(params, request.user, whole_number(number) or 1)
    page = outcome.page
    results = present(page.object_list, params.query, request, is_member(request.user))
    picks = []
    if number in ("", "1"):  # turning pages is not another search
        picks = promoted(params.query, params.language)
        record_search(params.query, params.language, page.paginator.count)
    return outcome, page, results, picks


def search(request):
    """Site search in the visitor's language, or in every language (``all_languages=1``)."""
    params = SearchParams.from_params(request.GET, request.LANGUAGE_CODE)
    context = {"params": params, "search_query": params.query, "errors": params.errors}
    status = 200
    if len(request.GET.get("q", "")) > 0 and not params.query and params.errors:
        status = 400
    if params.query:
        outcome, page, results, picks = run(request, params)
        context.update(
            outcome=outcome,
            page_obj=page,
            results=results,
            picks=picks,
            degraded_notice=str(DEGRADED_NOTICE) if outcome.degraded else "",
        )
    return render(request, "search/search.html", context, status=status)


def api_language(request):
    lang = request.GET.get("lang", settings.LANGUAGE_CODE)
    if lang not in LANGUAGE_CODES:
        raise BadRequest(
            gettext("Unknown language “%(value)s”: use one of %(codes)s.")
            % {"value": lang[:20], "codes": ", ".join(LANGUAGE_CODES)}
        )
    return lang


def json_answer(request, answer):
    """Run ``answer(request, lang)`` in the requested language; a bad parameter is a 400
    with its message in that language (or in the one the browser asks for)."""
    try:
        lang = api_language(request)
        with translation.override(lang):
            return JsonResponse(answer(request, lang), json_dumps_params={"ensure_ascii": False})
    except BadRequest as error:
        return JsonResponse(
            {"error": str(error)}, status=400, json_dumps_params={"ensure_ascii": False}
        )


def search_answer(request, lang):
    params = SearchParams.from_params(request.GET, lang)
    if params.errors:
        raise BadRequest(" ".join(str(error) for error in params.errors))
    if not params.query:
        raise BadRequest(gettext("Say what to search for: the “q” parameter is empty."))
    number = positive_int(request.GET, "page", 1)
    outcome, page, results, _picks = run(request, params)
    if number > page.paginator.num_pages:
        raise BadRequest(
            gettext("There is no page %(page)d: the last page is %(last)d.")
            % {"page": number, "last": page.paginator.num_pages}
        )
    return {
        "query": params.query,
        "language": lang,
        "all_languages": params.all_languages,
        "count": page.paginator.count,
        "more_than_count": outcome.capped,
        "degraded": outcome.degraded,
        "notice": str(DEGRADED_NOTICE) if outcome.degraded else None,
        "next": page_link(request, number + 1) if page.has_next() else None,
        "previous": page_link(request, number - 1) if page.has_previous() else None,
        "results": [
            {
                "type": result.type,
                "type_label": result.type_label,
                "title": result.title,
                "title_marked": str(result.title_marked),
                "url": request.build_absolute_uri(result.url),
                "date": result.date.isoformat() if result.date else None,
                "language": result.language or None,
                "snippet": str(result.snippet),
                "also_available_in": [
                    {"language": code, "url": request.build_absolute_uri(url)}
                    for code, _name, url in result.also_in
                ],
            }
            for result in results
        ],
        "facets": {
            name: [
                {
                    "value": option.value,
                    "label": option.label,
                    "count": option.count,
                    "selected": option.selected,
                }
                for option in options
            ]
            for name, options in outcome.facets.items()
        },
    }


@require_GET
def api_search(request):
    """``/api/search/?q=&lang=&type=&theme=&region=&page=`` (and ``all_languages=1``,
    ``language=``): results and facet counts, as the search page has them."""
    return json_answer(request, search_answer)


def suggestions(query, lang, user):
    """Titles of pages in ``lang`` and of organisations that begin like the words typed,
    of what ``user`` may see (members-only materials show their titles to everyone)."""
    pages = Page.objects.live().filter(locale=Locale.objects.get(language_code=lang))
    organisations = Organisation.objects.public()

    def titles(backend):
        found = list(autocomplete(backend, query, pages)[: 3 * SUGGESTIONS])
        named = autocomplete(backend, query, organisations)[:SUGGESTIONS]
        return found, [organisation.name for organisation in named]

    found, names = with_fallback(titles)[0]
    barred = barred_paths([page.path for page in found], user)
    teasers = set(
        LibraryItemPage.objects.filter(
            pk__in=[page.pk for page in found], access=Access.MEMBERS
        ).values_list("pk", flat=True)
    )
    visible = [
        page.title
        for page in found
        if page.pk in teasers or not any(page.path.startswith(path) for path in barred)
    ]
    return visible[:SUGGESTIONS] + names


def suggest_answer(request, lang):
    query = " ".join(text(request.GET, "q").split())[:100]
    if len(query) < 2:
        return {"query": query, "suggestions": []}
    folded = fold(query)
    titles = suggestions(query, lang, request.user)
    # Titles that begin with what was typed come first; then the others, alphabetically.
    ranked = sorted(dict.fromkeys(titles), key=lambda t: (not fold(t).startswith(folded), t))
    return {"query": query, "suggestions": ranked[:SUGGESTIONS]}


@require_GET
def api_suggest(request):
    """``/api/search/suggest/?q=&lang=``: up to 10 titles for the search box as one types."""
    return json_answer(request, suggest_answer)


def _check_database():
    try:
        for alias in connections:
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT 1")
    except DatabaseError as error:
        return {"status": "error", "error": error.__class__.__name__}
    return {"status": "ok"}


def _check_search():
    """Which backend answers searches, and whether a fallback answers them meanwhile: the
    engine down, its indexes missing or mapped otherwise than the project maps them (made by
    an older version: ``update_index`` rebuilds them), or the database's full-text search
    failing. Once the engine answers, the updates it missed (and the indexes it lacks) are
    sent to it in the background."""
    fallback_since = degraded()
    url = settings.ELASTICSEARCH_URL
    engine = search_backend("default")
    if not hasattr(engine, "index_problems"):  # the database's own search answers
        if fallback_since:
            return {"status": "degraded", "backend": "database", "error": fallback_since}
        return {"status": "ok", "backend": "database"}
    try:
        pending = indexing.pending_count()
    except DatabaseError:
        pending = None
    try:
        with urllib.request.urlopen(  # noqa: S310 -- the URL is our own setting
            f"{url.rstrip('/')}/_cluster/health", timeout=SEARCH_TIMEOUT_SECONDS
        ) as response:
            health = json.load(response)
    except (OSError, ValueError) as error:
        return {"status": "degraded", "error": error.__class__.__name__, "pending": pending}
    if health.get("status") not in {"green", "yellow"}:
        return {
            "status": "degraded",
            "error": f"cluster {health.get('status')}",
            "pending": pending,
        }
    try:
        problems = engine.index_problems()
    except ENGINE_ERRORS as error:
        return {"status": "degraded", "error": error.__class__.__name__, "pending": pending}
    if pending or any(found == ["missing"] for found in problems.values()):
        indexing.catch_up_task.enqueue()
    answer = {
        "status": "ok",
        "backend": settings.SEARCH_ENGINE,
        "cluster": health["status"],
        "pending": pending,
    }
    if problems:
        answer.update(status="degraded", error="indexes", indexes=problems)
    elif fallback_since:
        answer.update(status="degraded", error=fallback_since)
    return answer


@never_cache
@require_GET
def readyz(request):
    """Readiness: the database answers (else 503). A search engine that is down leaves the
    site ready but degraded: searches answer from the database meanwhile."""
    checks = {"database": _check_database(), "search": _check_search()}
    if checks["database"]["status"] != "ok":
        return JsonResponse({"status": "error", "checks": checks}, status=503)
    status = "ok" if checks["search"]["status"] == "ok" else "degraded"
    return JsonResponse({"status": status, "checks": checks})
