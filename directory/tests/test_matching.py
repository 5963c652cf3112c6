"""Matching order: shared kind of support, then themes, then regions, then recency."""

import datetime

import pytest
from django.utils import timezone, translation

from directory.factories import OrganisationFactory, SupportListingFactory
from directory.matching import best_matches, matching_listings
from directory.models import ListingKind, Status, SupportCategory

pytestmark = pytest.mark.django_db


def offer(title, **kwargs):
    return SupportListingFactory(title=title, kind=ListingKind.OFFER, **kwargs)


@pytest.fixture
def need():
    return SupportListingFactory(
        kind=ListingKind.NEED,
        category=SupportCategory.INTERPRETING,
        themes=["legal-aid", "housing"],
        regions=["lubelskie", "mazowieckie"],
    )


def test_matches_rank_by_category_then_themes_then_regions_then_recency(need):
    now = timezone.now()
    offer("region only", category="finance", themes=["education"], regions=["lubelskie"])
    offer("one theme", category="finance", themes=["housing"], regions=["online"])
    offer("two themes", category="finance", themes=["housing", "legal-aid"], regions=["online"])
    offer(
        "category, old",
        themes=["education"],
        regions=["online"],
        created_at=now - datetime.timedelta(days=3),
    )
    offer("category, new", themes=["education"], regions=["online"])
    offer("category and theme", themes=["housing"], regions=["online"])
    offer("nothing shared", category="finance", themes=["education"], regions=["online"])

    titles = [listing.title for listing in matching_listings(need, limit=10)]

    assert titles == [
        "category and theme",
        "category, new",
        "category, old",
        "two themes",
        "one theme",
        "region only",
    ]


def test_matches_leave_out_needs_own_organisation_closed_expired_and_unapproved(need):
    offer("own", organisation=need.organisation)
    offer("closed", is_closed=True)
    offer("expired", valid_until=timezone.localdate() - datetime.timedelta(days=1))
    offer("pending", organisation=OrganisationFactory(status=Status.PENDING))
    SupportListingFactory(title="another need", kind=ListingKind.NEED)
    offer("good")

    assert [listing.title for listing in matching_listings(need)] == ["good"]


def test_reasons_say_what_is_shared_in_the_readers_language(need):
    offer("match", themes=["housing"], regions=["mazowieckie"])
    with translation.override("en"):
        (match,) = best_matches(need)
    assert match.reasons == [
        "Same kind of support: Interpreting.",
        "Shared theme: Housing.",
        "Shared region: Masovian.",
    ]


def test_matching_asks_a_fixed_number_of_queries(need, django_assert_max_num_queries):
    for _ in range(8):
        offer("match", themes=["housing", "legal-aid"], regions=["lubelskie", "mazowieckie"])
    with django_assert_max_num_queries(7):
        matches = best_matches(need)
    assert len(matches) == 5
