"""Directory moderators decide on registrations in the admin; each decision is logged and
mailed to the applicant in their language; nobody else may decide."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail.search.backends import get_search_backend

from directory.factories import OrganisationFactory, SupportListingFactory
from directory.models import CooperationProposal, Organisation, Status

LISTING = "/admin/snippets/directory/organisation/"


@pytest.fixture
def pending(db):
    return OrganisationFactory(
        name="Fundacja Oczekująca",
        status=Status.PENDING,
        contact_email="olena@oczekujaca.example.org",
        contact_name="Olena Kowalenko",
        contact_language="uk",
    )


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(username="redakcja", password="secret")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def decide(client, organisation, decision, reason=""):
    return client.post(
        reverse(f"directory_organisation_{decision}", args=[organisation.pk]), {"reason": reason}
    )


def test_directory_moderators_have_the_permissions_they_need(db):
    group = Group.objects.get(name="Directory moderators")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {
        "access_admin",
        "add_organisation",
        "change_organisation",
        "delete_organisation",
        "view_organisation",
        "view_supportlisting",
        "change_supportlisting",
        "view_cooperationproposal",
    } <= codenames
    members = Group.objects.get(name="Members")
    assert not members.permissions.filter(content_type__app_label="directory").exists()


def test_moderators_find_organisations_in_the_menu_with_pending_ones_first(
    moderator_client, pending
):
    OrganisationFactory(name="Aaa Zatwierdzona")  # approved, alphabetically first
    home = moderator_client.get("/admin/").content.decode()
    assert "Organisations" in home
    html = moderator_client.get(LISTING).content.decode()
    assert html.index("Fundacja Oczekująca") < html.index("Aaa Zatwierdzona")
    assert reverse("directory_organisation_approve", args=[pending.pk]) in html


def test_the_listing_filters_by_status_and_searches_every_status(moderator_client, pending):
    OrganisationFactory(name="Stowarzyszenie Zatwierdzone")
    html = moderator_client.get(LISTING, {"status": "pending"}).content.decode()
    assert "Fundacja Oczekująca" in html
    assert "Stowarzyszenie Zatwierdzone" not in html
    html = moderator_client.get(LISTING, {"q": "oczekująca"}).content.decode()
    assert "Fundacja Oczekująca" in html
    assert "Stowarzyszenie Zatwierdzone" not in html


def test_approval_publishes_logs_mails_in_the_applicants_language_and_invites(
    moderator_client, moderator, pending, refresh_search, homes
):
    response = decide(moderator_client, pending, "approve")
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == Status.APPROVED
    assert pending.decided_at is not None
    assert Organisation.objects.public().get() == pending

    entry = ModelLogEntry.objects.get(action="directory.organisation.approve")
    assert entry.user == moderator
    assert entry.object_id == str(pending.pk)
    history = moderator_client.get(
        reverse("wagtailsnippets_directory_organisation:history", args=[pending.pk])
    )
    assert "Organisation approved" in history.content.decode()

    (message,) = mail.outbox
    assert message.to == ["olena@oczekujaca.example.org"]
    assert "реєстрацію організації Fundacja Oczekująca схвалено" in message.body  # Ukrainian
    link = re.search(r"http://testserver(/uk/account/invitation/\S+/\S+/)", message.body)
    assert link, message.body

    member = pending.members.get()
    assert member.email == "olena@oczekujaca.example.org"
    assert member.groups.filter(name="Members").exists()
    assert not member.has_usable_password()

    refresh_search()
    assert list(get_search_backend().search("Oczekująca", Organisation)) == [pending]


def test_approval_reuses_the_account_that_has_the_contact_email(
    moderator_client, pending, django_user_model
):
    existing = django_user_model.objects.create_user(
        username="olena", email="OLENA@oczekujaca.example.org", password="secret"
    )
    decide(moderator_client, pending, "approve")
    assert list(pending.members.all()) == [existing]
    assert django_user_model.objects.filter(email__iexact=existing.email).count() == 1


def test_a_rejection_needs_a_reason(moderator_client, pending):
    response = decide(moderator_client, pending, "reject", reason="")
    assert response.status_code == 200
    assert "Say why the registration is rejected" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == Status.PENDING
    assert mail.outbox == []
    assert not ModelLogEntry.objects.filter(action="directory.organisation.reject").exists()


def test_a_rejection_is_logged_with_its_reason_and_mailed(moderator_client, moderator, pending):
    reason = "Nie znaleźliśmy organizacji w KRS."
    assert decide(moderator_client, pending, "reject", reason=reason).status_code == 302
    pending.refresh_from_db()
    assert pending.status == Status.REJECTED
    assert pending.rejection_reason == reason
    entry = ModelLogEntry.objects.get(action="directory.organisation.reject")
    assert entry.data["reason"] == reason
    assert entry.user == moderator
    (message,) = mail.outbox
    assert reason in message.body
    assert "Ми не змогли схвалити" in message.body  # Ukrainian, the applicant's language
    assert not pending.members.exists()
    assert not Organisation.objects.public().exists()


def test_a_decision_mail_has_the_forums_frame_and_an_html_part_in_the_applicants_language(
    moderator_client, pending, postal_address
):
    decide(moderator_client, pending, "reject", reason="Brak wpisu w KRS.")
    (message,) = mail.outbox
    words, footer = message.body.split("\n--\n")
    assert "Форум «Razem»" not in words  # the footer signs for the Forum
    assert postal_address in footer
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="uk">' in html
    assert "Ми не змогли схвалити" in html
    assert "Brak wpisu w KRS." in html
    assert "ul. Przykładowa 1<br>00-001 Warszawa" in html


def test_archiving_takes_an_organisation_out_of_public_view_and_search(
    moderator_client, refresh_search
):
    organisation = OrganisationFactory(name="Fundacja Archiwalna", contact_language="pl")
    refresh_search()
    assert list(get_search_backend().search("Archiwalna", Organisation)) == [organisation]
    assert decide(moderator_client, organisation, "archive").status_code == 302
    organisation.refresh_from_db()
    assert organisation.status == Status.ARCHIVED
    assert ModelLogEntry.objects.filter(action="directory.organisation.archive").exists()
    assert "został zarchiwizowany" in mail.outbox[0].body
    refresh_search()
    assert list(get_search_backend().search("Archiwalna", Organisation)) == []


def test_a_decision_that_does_not_fit_the_status_changes_nothing(moderator_client):
    organisation = OrganisationFactory()  # approved
    decide(moderator_client, organisation, "reject", reason="Za późno")
    organisation.refresh_from_db()
    assert organisation.status == Status.APPROVED
    assert mail.outbox == []


def test_the_decision_page_and_the_edit_page_offer_the_decisions(moderator_client, pending):
    page = moderator_client.get(reverse("directory_organisation_reject", args=[pending.pk]))
    assert page.status_code == 200
    assert "Reject the registration" in page.content.decode()
    edit = moderator_client.get(
        reverse("wagtailsnippets_directory_organisation:edit", args=[pending.pk])
    ).content.decode()
    assert reverse("directory_organisation_approve", args=[pending.pk]) in edit
    assert reverse("directory_organisation_archive", args=[pending.pk]) not in edit


@pytest.mark.parametrize("who", ["editor", "member", "anonymous"])
def test_only_moderators_see_and_decide(client, pending, editor, member, who):
    if who != "anonymous":
        client.force_login(editor if who == "editor" else member)
    listing = client.get(LISTING)
    assert listing.status_code in {302, 403}
    assert "Fundacja Oczekująca" not in listing.content.decode()
    for decision in ("approve", "reject", "archive"):
        response = decide(client, pending, decision, reason="Bez powodu")
        assert response.status_code in {302, 403}
    pending.refresh_from_db()
    assert pending.status == Status.PENDING
    assert not ModelLogEntry.objects.filter(action__startswith="directory.").exists()
    assert mail.outbox == []


def test_deciding_takes_the_permission_to_change_organisations(client, editor, pending):
    client.force_login(editor)
    refused = decide(client, pending, "approve")
    # Wagtail's admin answers a refusal by sending the user back to the dashboard.
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    pending.refresh_from_db()
    assert pending.status == Status.PENDING
    editor.user_permissions.add(Permission.objects.get(codename="change_organisation"))
    client.force_login(type(editor).objects.get(pk=editor.pk))  # no cached permissions
    assert decide(client, pending, "approve")["Location"] == LISTING
    pending.refresh_from_db()
    assert pending.status == Status.APPROVED


def test_moderators_see_needs_offers_and_proposals_but_editors_do_not(client, moderator, editor):
    listing = SupportListingFactory(title="Potrzebujemy tłumaczy na dyżury")
    proposal = CooperationProposal.objects.create(
        listing=listing, from_organisation=OrganisationFactory(), message="Możemy pomóc."
    )
    listings = "/admin/snippets/directory/supportlisting/"
    proposals = "/admin/snippets/directory/cooperationproposal/"
    client.force_login(moderator)
    assert "Potrzebujemy tłumaczy" in client.get(listings).content.decode()
    assert client.get(proposals).status_code == 200
    inspect = reverse("wagtailsnippets_directory_cooperationproposal:inspect", args=[proposal.pk])
    assert "Możemy pomóc." in client.get(inspect).content.decode()
    assert client.get(f"{proposals}add/").status_code in {302, 403}
    client.force_login(editor)
    assert client.get(listings).status_code in {302, 403}
    assert client.get(proposals).status_code in {302, 403}


def test_a_decision_is_kept_when_the_mail_server_fails(moderator_client, pending, settings):
    settings.EMAIL_BACKEND = "directory.tests.test_registration.FailingEmailBackend"
    response = decide(moderator_client, pending, "approve")
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == Status.APPROVED
    assert pending.members.exists()
    listing = moderator_client.get(response["Location"]).content.decode()
    assert "could not be sent" in listing
