"""«Propose cooperation»: members only, rate limited, logged, e-mails in each language."""

import pytest
from django.core import mail
from django.test import Client

from directory.factories import OrganisationFactory, SupportListingFactory
from directory.models import CooperationProposal, ListingKind, Status
from directory.support_views import PROPOSALS_PER_HOUR

pytestmark = pytest.mark.django_db

MESSAGE = {"message": "We can send two interpreters on Saturdays."}


@pytest.fixture
def listing():
    """An offer of another organisation, which writes in English."""
    other = OrganisationFactory(
        name="Fundacja Druga",
        contact_email="private-other@example.org",
        contact_language="en",
        email="public-other@example.org",
    )
    return SupportListingFactory(organisation=other, kind=ListingKind.OFFER, title="Offer")


def test_member_proposes_and_both_organisations_get_an_introduction_in_their_language(
    member_client, member, organisation, listing
):
    organisation.contact_language = "pl"
    organisation.contact_email = "private-mine@example.org"
    organisation.save()

    response = member_client.post(f"/en/support/{listing.pk}/propose/", MESSAGE)

    assert response.status_code == 302
    proposal = CooperationProposal.objects.get()
    assert (proposal.listing, proposal.from_organisation, proposal.sender) == (
        listing,
        organisation,
        member,
    )
    to_listing, to_proposer = mail.outbox
    assert to_listing.to == ["private-other@example.org"]
    assert to_listing.reply_to == [member.email]
    assert "proposes cooperation" in to_listing.subject  # English, the recipient's language
    assert f"/en/organizations/{organisation.slug}/" in to_listing.body
    assert MESSAGE["message"] in to_listing.body
    assert to_proposer.to == ["private-mine@example.org"]
    assert f"/pl/organizations/{listing.organisation.slug}/" in to_proposer.body
    # Neither learns the other's private contact address.
    assert "private-mine@example.org" not in to_listing.body + to_listing.subject
    assert "private-other@example.org" not in to_proposer.body + to_proposer.subject


def test_anonymous_visitor_cannot_propose(listing):
    response = Client().post(f"/en/support/{listing.pk}/propose/", MESSAGE)
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]
    assert not CooperationProposal.objects.exists() and not mail.outbox


def test_logged_in_non_member_cannot_propose(client, django_user_model, listing):
    client.force_login(django_user_model.objects.create_user(username="guest", password="x"))
    assert client.post(f"/en/support/{listing.pk}/propose/", MESSAGE).status_code == 403
    assert not CooperationProposal.objects.exists() and not mail.outbox


def test_member_cannot_propose_to_their_own_organisation(member_client, organisation):
    own = SupportListingFactory(organisation=organisation)
    assert member_client.post(f"/en/support/{own.pk}/propose/", MESSAGE).status_code == 403
    assert not CooperationProposal.objects.exists() and not mail.outbox


def test_proposal_to_a_closed_listing_is_refused(member_client, listing):
    listing.is_closed = True
    listing.save()
    response = member_client.post(f"/en/support/{listing.pk}/propose/", MESSAGE, follow=True)
    assert "takes no more proposals" in response.content.decode()
    assert not CooperationProposal.objects.exists() and not mail.outbox


def test_empty_message_is_refused_with_a_message(member_client, listing):
    response = member_client.post(f"/en/support/{listing.pk}/propose/", {"message": " "})
    assert response.status_code == 400
    assert "Write a few words" in response.content.decode()
    assert not CooperationProposal.objects.exists()


def test_proposals_are_rate_limited_per_member(member_client, listing):
    for _ in range(PROPOSALS_PER_HOUR):
        assert member_client.post(f"/en/support/{listing.pk}/propose/", MESSAGE).status_code == 302
    mail.outbox.clear()
    response = member_client.post(f"/en/support/{listing.pk}/propose/", MESSAGE)
    assert response.status_code == 429
    assert "Please try again later" in response.content.decode()
    assert CooperationProposal.objects.count() == PROPOSALS_PER_HOUR
    assert not mail.outbox


def test_failed_email_keeps_the_proposal_and_tells_the_member(member_client, listing, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 1  # nobody listens there
    response = member_client.post(f"/en/support/{listing.pk}/propose/", MESSAGE, follow=True)
    assert CooperationProposal.objects.count() == 1
    assert "the e-mail could not be sent" in response.content.decode()


def test_listing_page_offers_the_proposal_form_to_other_members_only(
    member_client, organisation, listing
):
    assert "Propose cooperation" in member_client.get(f"/en/support/{listing.pk}/").content.decode()
    own = SupportListingFactory(organisation=organisation)
    assert "Propose cooperation" not in member_client.get(f"/en/support/{own.pk}/").content.decode()
    anonymous = Client().get(f"/en/support/{listing.pk}/").content.decode()
    assert "Propose cooperation" not in anonymous
    assert "Log in as a member to propose cooperation" in anonymous


@pytest.fixture
def second_organisation(member):
    """Another approved organisation of the same member."""
    second = OrganisationFactory(
        name="Zrzeszenie Drugie", contact_email="private-second@example.org"
    )
    second.members.add(member)
    return second


def test_a_member_of_one_organisation_is_not_asked_which_proposes(member_client, listing):
    html = member_client.get(f"/en/support/{listing.pk}/").content.decode()
    assert "Propose cooperation" in html
    assert 'name="organisation"' not in html


def test_a_member_of_several_organisations_chooses_which_proposes(
    member_client, organisation, second_organisation, listing
):
    html = member_client.get(f"/en/support/{listing.pk}/").content.decode()
    assert 'name="organisation"' in html
    assert f'value="{organisation.pk}"' in html and f'value="{second_organisation.pk}"' in html

    data = {**MESSAGE, "organisation": second_organisation.pk}
    assert member_client.post(f"/en/support/{listing.pk}/propose/", data).status_code == 302
    assert CooperationProposal.objects.get().from_organisation == second_organisation
    _to_listing, to_proposer = mail.outbox
    assert to_proposer.to == ["private-second@example.org"]


@pytest.mark.parametrize("whose", ["another member's", "own but pending"])
def test_a_forged_proposing_organisation_is_refused_and_nothing_is_sent(
    member_client, member, second_organisation, listing, whose
):
    forged = OrganisationFactory(name="Obca Fundacja", status=Status.APPROVED)
    if whose == "own but pending":
        forged.status = Status.PENDING
        forged.save()
        forged.members.add(member)
    data = {**MESSAGE, "organisation": forged.pk}
    response = member_client.post(f"/en/support/{listing.pk}/propose/", data)
    assert response.status_code == 400
    assert "Choose one of your organisations." in response.content.decode()
    assert not CooperationProposal.objects.exists() and not mail.outbox
