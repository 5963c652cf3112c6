"""``/api/organizations/``: approved organisations as JSON, filtered like the directory.

Parameters: ``lang`` (pl, uk or en; default pl) for the names of terms, the profile links
and the messages (an unknown ``lang`` is explained in the browser's language); ``page`` and
``page_size`` (at most ``MAX_PAGE_SIZE``); and the directory's filters ``theme``,
``region``, ``kind``, ``target_group``, ``language``, ``q`` (``directory/filters.py``). A bad
parameter answers 400 with a message in ``lang``, never a silently different list. Only
``Organisation.PUBLIC_FIELDS`` and the terms leave the server: never the contact person.
"""

import logging

from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.views.decorators.http import require_GET

from cms.params import BadRequest, positive_int
from cms.searching import DEGRADED_NOTICE
from directory.filters import TERM_FILTERS, DirectoryFilters, Vocabularies, with_reader_details
from directory.models import Organisation

logger = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class SearchUnavailable(Exception):
    """The search engine failed: the client may try again (503)."""


def serialise(request, organisation):
    data = {name: getattr(organisation, name) for name in Organisation.PUBLIC_FIELDS}
    for _model, relation in TERM_FILTERS.values():
        data[relation] = [
            {"slug": term.slug, "name": term.name}
            for term in getattr(organisation, f"local_{relation}")
        ]
    data["url"] = request.build_absolute_uri(organisation.get_absolute_url())
    return data


def page_link(request, number):
    params = request.GET.copy()
    params["page"] = number
    return request.build_absolute_uri(f"{request.path}?{urlencode(sorted(params.items()))}")


def answer(request):
    params = request.GET
    page = positive_int(params, "page", 1)
    page_size = positive_int(params, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    vocabularies = Vocabularies.load()
    filters = DirectoryFilters.from_params(params, vocabularies)
    if filters.errors:
        raise BadRequest(" ".join(str(message) for message in filters.errors.values()))
    try:
        text_match = filters.text_match()
    except Exception as error:
        logger.exception("Directory API search failed for %r", filters.query)
        raise SearchUnavailable(
            gettext("Search is not available right now. Please try again later.")
        ) from error
    listing = filters.apply(Organisation.objects.public(), text_match)
    count = listing.count()
    last = max(1, -(-count // page_size))
    if page > last:
        raise BadRequest(
            gettext("There is no page %(page)d: the last page is %(last)d.")
            % {"page": page, "last": last}
        )
    start = (page - 1) * page_size
    organisations = list(
        listing.order_by("name", "pk").prefetch_related("themes", "regions", "target_groups")[
            start : start + page_size
        ]
    )
    with_reader_details(organisations, vocabularies)
    data = {
        "count": count,
        "next": page_link(request, page + 1) if page < last else None,
        "previous": page_link(request, page - 1) if page > 1 else None,
        "results": [serialise(request, o) for o in organisations],
    }
    if filters.degraded:
        data["notice"] = str(DEGRADED_NOTICE)
    return data


@require_GET
def organisations(request):
    lang = request.GET.get("lang", settings.LANGUAGE_CODE)
    if lang not in LANGUAGE_CODES:
        # No language to answer in: the one LocaleMiddleware chose from Accept-Language.
        message = gettext("Unknown language “%(value)s”: use one of %(codes)s.") % {
            "value": lang[:20],
            "codes": ", ".join(LANGUAGE_CODES),
        }
        return JsonResponse(
            {"error": message},
            status=400,
            headers={"Content-Language": translation.get_language()},
        )
    headers = {"Content-Language": lang}
    with translation.override(lang):
        try:
            data = answer(request)
        except BadRequest as error:
            return JsonResponse({"error": str(error)}, status=400, headers=headers)
        except SearchUnavailable as error:
            return JsonResponse({"error": str(error)}, status=503, headers=headers)
    return JsonResponse(data, headers=headers, json_dumps_params={"ensure_ascii": False})
