"""Factories for the search app, used by tests, the seed and the benchmarks."""

import factory
from django.utils import timezone

from search.models import SearchQuery


class SearchQueryFactory(factory.django.DjangoModelFactory):
    """A day's count of a Polish search text, searched once today with results, unless told
    otherwise: ``day=``, ``hits=``, ``zero_result_hits=``, ``language_code="uk"``."""

    query_text = factory.Sequence(lambda n: f"pomoc prawna {n}")
    language_code = "pl"
    day = factory.LazyFunction(timezone.localdate)
    hits = 1
    zero_result_hits = 0
    results = factory.LazyAttribute(lambda row: 0 if row.zero_result_hits == row.hits else 5)

    class Meta:
        model = SearchQuery
