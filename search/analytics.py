"""Counting searches for the editors' reports: what people look for, and what they do not find.

``record_search`` is what the search views call after each search. Counting is a side
business of searching: a failure to count is logged and never reaches the visitor.
"""

import logging
import re

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from search.models import QUERY_TEXT_MAX_LENGTH, SearchQuery

logger = logging.getLogger(__name__)

# Texts that are likely to identify a person are not counted at all: an e-mail address, or a
# run of nine or more digits (a phone number, a PESEL, a bank account), spaces, dots and
# dashes allowed between them.
PERSONAL_DATA = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+|\d(?:[\s.\-]?\d){8,}")


def normalise_query(query):
    """The search text as it is counted: single spaces, no spaces around it, case-folded,
    at most ``QUERY_TEXT_MAX_LENGTH`` characters."""
    text = " ".join(query.replace("\x00", "").split()).casefold()
    return text[:QUERY_TEXT_MAX_LENGTH].rstrip()


def record_search(query: str, language_code: str, result_count: int) -> None:
    """Count one search for ``query`` in ``language_code`` that found ``result_count`` results.

    Adds one to today's row of the normalised text and language, created on the first search
    of the day. Empty texts, texts that look like personal data and languages the site does
    not have are not counted. Never raises: an error is logged and the search goes on.
    """
    try:
        text = normalise_query(query or "")
        if not text or PERSONAL_DATA.search(text):
            return
        if language_code not in dict(settings.LANGUAGES):
            logger.warning("Search not counted: unknown language %r", language_code)
            return
        result_count = max(int(result_count), 0)
        zero = int(result_count == 0)
        # A savepoint: a database error here must not break the caller's transaction.
        with transaction.atomic():
            # get_or_create retries the get when a concurrent search created the row first;
            # the F() update adds in the database, so concurrent searches all count.
            row, created = SearchQuery.objects.get_or_create(
                query_text=text,
                language_code=language_code,
                day=timezone.localdate(),
                defaults={"hits": 1, "zero_result_hits": zero, "results": result_count},
            )
            if not created:
                SearchQuery.objects.filter(pk=row.pk).update(
                    hits=F("hits") + 1,
                    zero_result_hits=F("zero_result_hits") + zero,
                    results=result_count,
                )
    except Exception:
        # Without the text: the log is no place for what visitors typed either.
        logger.exception("Search not counted (language %r)", language_code)
