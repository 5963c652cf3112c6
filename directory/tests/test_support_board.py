"""The support board, posting and editing listings, and closing expired ones."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from cms.models import Region, Theme
from directory.factories import OrganisationFactory, SupportListingFactory
from directory.models import ListingKind, Status, SupportListing
from home.factories import translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(support_index):
    """The board in Polish and English."""
    translate_page(support_index, "en", title="Support")
    return support_index


YESTERDAY = datetime.timedelta(days=-1)


def term(model, slug, code="en"):
    """A term as the form offers it to a reader of language ``code``."""
    return model.objects.get(locale__language_code=code, slug=slug).pk


def valid_post(**overrides):
    data = {
        "kind": "offer",
        "category": "volunteers",
        "title": "Wolontariusze do punktu recepcyjnego",
        "description": "Mamy 10 osób gotowych pomagać w weekendy.",
        "themes": [term(Theme, "education")],
        "regions": [term(Region, "mazowieckie")],
        "valid_until": "",
    }
    data.update(overrides)
    return data


def test_board_shows_open_listings_only(client, board):
    SupportListingFactory(title="Open one")
    SupportListingFactory(title="Closed one", is_closed=True)
    SupportListingFactory(title="Expired one", valid_until=timezone.localdate() + YESTERDAY)
    SupportListingFactory(
        title="Pending one", organisation=OrganisationFactory(status=Status.PENDING)
    )
    html = client.get("/en/support/").content.decode()
    assert "Open one" in html
    assert "Closed one" not in html
    assert "Expired one" not in html
    assert "Pending one" not in html


@pytest.mark.parametrize("code", ["pl", "uk", "en"])
def test_board_renders_in_every_language(client, homes, support_index, code):
    if code != "pl":
        translate_page(support_index, code)
    SupportListingFactory(title="Tłumacze")
    response = client.get(f"/{code}/support/")
    assert response.status_code == 200
    assert "Tłumacze" in response.content.decode()


def test_board_filters_and_counts_by_kind_category_theme_and_region(client, board):
    SupportListingFactory(title="Need A", themes=["housing"], regions=["lubelskie"])
    SupportListingFactory(
        title="Offer B", kind=ListingKind.OFFER, themes=["housing"], regions=["mazowieckie"]
    )
    SupportListingFactory(title="Need C", themes=["education"], regions=["mazowieckie"])
    response = client.get("/en/support/?theme=housing&kind=need")
    html = response.content.decode()
    assert "Need A" in html and "Offer B" not in html and "Need C" not in html
    facets = response.context["facets"]
    kinds = {option.value: option.count for option in facets["kind"]}
    assert kinds == {"need": 1, "offer": 1}  # the kind facet ignores the kind filter
    regions = {option.value: option.count for option in facets["region"]}
    assert regions["lubelskie"] == 1 and regions["mazowieckie"] == 0


def test_unknown_filter_value_shows_everything_with_a_notice(client, board):
    SupportListingFactory(title="Need A")
    html = client.get("/en/support/?region=atlantis").content.decode()
    assert "There is no such region" in html
    assert "Need A" in html


def test_board_queries_do_not_grow_with_listings(client, board, django_assert_max_num_queries):
    SupportListingFactory()
    client.get("/en/support/")
    for _ in range(15):
        SupportListingFactory(organisation=OrganisationFactory())
    with django_assert_max_num_queries(30) as few:
        client.get("/en/support/")
    SupportListingFactory.create_batch(5)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/en/support/")


def test_post_link_is_shown_to_members_only(member_client, board):
    assert "/en/support/new/" not in Client().get("/en/support/").content.decode()
    assert "/en/support/new/" in member_client.get("/en/support/").content.decode()


def test_anonymous_visitor_is_sent_to_log_in_to_post(client):
    response = client.get("/en/support/new/")
    assert response.status_code == 302
    assert "/en/account/login/" in response["Location"]


def test_logged_in_non_member_cannot_post(client, django_user_model, organisation):
    user = django_user_model.objects.create_user(username="guest", password="x")
    organisation.members.add(user)  # linked, but not in the Members group
    client.force_login(user)
    assert client.get("/en/support/new/").status_code == 403
    assert client.post("/en/support/new/", valid_post()).status_code == 403
    assert not SupportListing.objects.exists()


def test_member_of_a_pending_organisation_cannot_post(client, django_user_model):
    user = django_user_model.objects.create_user(username="pending", password="x")
    user.groups.add(Group.objects.get(name="Members"))
    OrganisationFactory(status=Status.PENDING).members.add(user)
    client.force_login(user)
    assert client.get("/en/support/new/").status_code == 403


def test_member_posts_a_listing_stored_with_polish_terms(member_client, organisation):
    response = member_client.post(
        "/uk/support/new/",
        valid_post(themes=[term(Theme, "education", "uk")], regions=[term(Region, "online", "uk")]),
    )
    listing = SupportListing.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/uk/support/{listing.pk}/"
    assert listing.organisation == organisation
    assert [t.locale.language_code for t in listing.themes.all()] == ["pl"]
    assert listing.themes.get().slug == "education"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"themes": []}, "Choose at least one theme."),
        ({"regions": []}, "Choose at least one region."),
        ({"title": ""}, "This field is required."),
        ({"valid_until": "2020-01-01"}, "The date has passed"),
        ({"category": "gold"}, "Select a valid choice."),
    ],
)
def test_bad_listing_is_refused_with_a_message_and_nothing_saved(member_client, overrides, message):
    response = member_client.post("/en/support/new/", valid_post(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not SupportListing.objects.exists()


def test_member_edits_closes_and_reopens_own_listing(member_client, organisation):
    listing = SupportListingFactory(organisation=organisation)
    response = member_client.post(f"/en/support/{listing.pk}/edit/", valid_post(title="New title"))
    assert response.status_code == 302
    listing.refresh_from_db()
    assert listing.title == "New title"
    member_client.post(f"/en/support/{listing.pk}/edit/", {"action": "close"})
    listing.refresh_from_db()
    assert listing.is_closed
    member_client.post(f"/en/support/{listing.pk}/edit/", {"action": "reopen"})
    listing.refresh_from_db()
    assert not listing.is_closed


def test_member_cannot_edit_another_organisations_listing(member_client):
    listing = SupportListingFactory(title="Theirs")
    assert member_client.get(f"/en/support/{listing.pk}/edit/").status_code == 403
    response = member_client.post(f"/en/support/{listing.pk}/edit/", {"action": "close"})
    assert response.status_code == 403
    listing.refresh_from_db()
    assert not listing.is_closed and listing.title == "Theirs"


def test_listing_of_unapproved_organisation_is_not_found(client):
    listing = SupportListingFactory(organisation=OrganisationFactory(status=Status.REJECTED))
    assert client.get(f"/en/support/{listing.pk}/").status_code == 404


def test_closed_listing_says_so_and_offers_no_proposal(member_client):
    listing = SupportListingFactory(is_closed=True)
    html = member_client.get(f"/en/support/{listing.pk}/").content.decode()
    assert "This listing is closed." in html
    assert "Propose cooperation" not in html


def test_expired_listing_says_so(client):
    listing = SupportListingFactory(valid_until=timezone.localdate() + YESTERDAY)
    assert "This listing has expired." in client.get(f"/en/support/{listing.pk}/").content.decode()


def test_listing_page_shows_matches_with_reasons(client):
    need = SupportListingFactory(title="Need", themes=["housing"])
    SupportListingFactory(title="Matching offer", kind=ListingKind.OFFER, themes=["housing"])
    html = client.get(f"/en/support/{need.pk}/").content.decode()
    assert "Matching offer" in html
    assert "Shared theme: Housing." in html


def test_listing_page_queries_do_not_grow_with_matches(client, django_assert_max_num_queries):
    need = SupportListingFactory()
    SupportListingFactory(kind=ListingKind.OFFER)
    with django_assert_max_num_queries(30) as few:
        client.get(f"/en/support/{need.pk}/")
    SupportListingFactory.create_batch(4, kind=ListingKind.OFFER)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(f"/en/support/{need.pk}/")


def test_close_expired_listings_closes_only_expired_ones_and_is_idempotent():
    expired = SupportListingFactory(valid_until=timezone.localdate() + YESTERDAY)
    today = SupportListingFactory(valid_until=timezone.localdate())
    undated = SupportListingFactory()
    call_command("close_expired_listings", verbosity=0)
    call_command("close_expired_listings", verbosity=0)
    assert [
        listing.is_closed
        for listing in SupportListing.objects.filter(
            pk__in=[expired.pk, today.pk, undated.pk]
        ).order_by("pk")
    ] == [True, False, False]


def test_account_page_lists_the_members_listings_with_edit_links(member_client, organisation):
    mine = SupportListingFactory(organisation=organisation, title="Our need")
    SupportListingFactory(title="Somebody else's")
    html = member_client.get("/en/account/").content.decode()
    assert "Your needs and offers" in html
    assert "Our need" in html and f"/en/support/{mine.pk}/edit/" in html
    assert "Somebody else" not in html
