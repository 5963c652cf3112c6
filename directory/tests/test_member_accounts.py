"""The approved organisation's contact person accepts the invitation, logs in, and edits the
organisation's profile; moderators see each edit and can revert it."""

import re

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.models import ModelLogEntry, Revision

from cms.models import Region, Theme
from directory.factories import OrganisationFactory
from directory.models import Organisation, Status
from directory.moderation import decide
from directory.registration import invitation_path

PASSWORD = "Nowe-haslo-2026!"
EDIT = "/en/account/organisation/"


@pytest.fixture
def invited(homes, moderator):
    """An organisation just approved; its contact person's account and invitation path."""
    organisation = OrganisationFactory(
        name="Fundacja Zaproszona",
        status=Status.PENDING,
        contact_email="maria@zaproszona.example.org",
        contact_name="Maria Nowak",
        contact_language="pl",
    )
    path = decide(organisation, "approve", moderator)
    return organisation, organisation.members.get(), path


def accept(client, path, password=PASSWORD):
    """Open the invitation and set the password, as a browser would."""
    form_url = client.get(path)["Location"]  # the token moves to the session
    return form_url, client.post(form_url, {"new_password1": password, "new_password2": password})


def profile(language="en", **overrides):
    """The member's profile form, filled in with valid answers in ``language``."""
    data = {
        "name": "Fundacja Zaproszona",
        "short_name": "FZ",
        "kind": "foundation",
        "website": "https://zaproszona.example.org",
        "email": "biuro@zaproszona.example.org",
        "phone": "",
        "address": "",
        "city": "Lublin",
        "themes": [Theme.objects.get(locale__language_code=language, slug="education").pk],
        "regions": [Region.objects.get(locale__language_code=language, slug="mazowieckie").pk],
        "staff_languages": ["pl"],
        "description": "Uczymy języka polskiego dzieci i dorosłych.",
        "description_language": "pl",
        "year_founded": "2010",
        "contact_name": "Maria Nowak",
        "contact_email": "maria@zaproszona.example.org",
        "contact_phone": "",
        "contact_language": "pl",
        # No translation rows: the translations the organisation has stay as they are.
        "descriptions-TOTAL_FORMS": "0",
        "descriptions-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


def test_the_invitation_sets_a_password_logs_in_and_leads_to_the_account(client, invited):
    _organisation, user, path = invited
    assert path.startswith("/pl/account/invitation/")
    form_url, response = accept(client, path)
    assert form_url.endswith("/set-password/")
    assert response.status_code == 302
    assert response["Location"] == "/pl/account/"
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
    account = client.get("/en/account/").content.decode()
    assert "Your organisation" in account
    assert "Fundacja Zaproszona" in account
    assert reverse("account_organisation") in account


def test_a_used_invitation_says_so_clearly(client, invited):
    _organisation, _user, path = invited
    accept(client, path)
    client.logout()
    response = client.get(path.replace("/pl/", "/en/", 1), follow=True)
    assert "This invitation link does not work" in response.content.decode()
    assert 'name="new_password1"' not in response.content.decode()


@pytest.mark.parametrize("token", ["abc-123", "set-password"])
def test_a_broken_invitation_link_says_so_clearly(client, invited, token):
    _organisation, user, _path = invited
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    response = client.get(f"/en/account/invitation/{uid}/{token}/", follow=True)
    assert "This invitation link does not work" in response.content.decode()
    user.refresh_from_db()
    assert not user.has_usable_password()


def test_a_password_reset_token_does_not_work_as_an_invitation(client, invited):
    _organisation, user, _path = invited
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    response = client.get(f"/en/account/invitation/{uid}/{token}/", follow=True)
    assert "This invitation link does not work" in response.content.decode()


def test_the_invited_member_logs_in_and_out_and_can_reset_the_password(client, invited):
    _organisation, user, path = invited
    accept(client, path)
    client.post("/pl/account/logout/")
    assert client.get("/pl/account/").status_code == 302
    response = client.post("/pl/account/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/pl/account/"
    assert "Fundacja Zaproszona" in client.get("/pl/account/").content.decode()
    client.post("/pl/account/logout/")
    mail.outbox.clear()
    client.post("/en/account/password-reset/", {"email": user.email})
    (message,) = mail.outbox
    assert message.to == [user.email]


def test_anonymous_visitors_are_sent_to_log_in(client, homes):
    response = client.get(EDIT)
    assert response.status_code == 302
    assert response["Location"] == f"/en/account/login/?next={EDIT}"


def test_people_without_an_organisation_get_403(client, homes, moderator):
    client.force_login(moderator)
    assert client.get(EDIT).status_code == 403
    assert client.post(EDIT, {}).status_code == 403


def test_a_member_cannot_edit_another_organisation(member_client, organisation, homes):
    other = OrganisationFactory(name="Cudza Fundacja", slug="cudza")
    assert member_client.get(f"{EDIT}?organisation=cudza").status_code == 403
    response = member_client.post(f"{EDIT}?organisation=cudza", profile(name="Przejęta"))
    assert response.status_code == 403
    other.refresh_from_db()
    assert other.name == "Cudza Fundacja"


def test_a_member_edits_the_profile_and_the_edit_is_a_logged_revision(
    member_client, member, organisation, homes
):
    original = (organisation.slug, organisation.nip, organisation.status)
    response = member_client.post(
        "/uk/account/organisation/",
        profile(
            "uk",
            name="Fundacja Zmieniona",
            # Not theirs to change: ignored.
            status="rejected",
            slug="nowy-adres",
            nip="7740001454",
            is_forum_member="on",
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == "/uk/account/?saved=1#organisation"
    organisation.refresh_from_db()
    assert organisation.name == "Fundacja Zmieniona"
    assert (organisation.slug, organisation.nip, organisation.status) == original
    assert organisation.is_forum_member is False
    # Chosen in Ukrainian, stored as the Polish source terms.
    assert [(t.slug, t.locale.language_code) for t in organisation.themes.all()] == [
        ("education", "pl")
    ]
    revision = organisation.latest_revision
    assert revision.user == member
    assert revision.content["name"] == "Fundacja Zmieniona"
    entry = ModelLogEntry.objects.get(action="wagtail.edit", object_id=str(organisation.pk))
    assert entry.user == member


def test_the_edit_form_shows_the_terms_in_the_readers_language(member_client, organisation):
    html = member_client.get("/uk/account/organisation/").content.decode()
    ukrainian_housing = Theme.objects.get(locale__language_code="uk", slug="housing")
    assert re.search(rf'value="{ukrainian_housing.pk}"[^>]*checked', html)
    assert 'name="nip"' not in html
    assert 'name="status"' not in html


def test_an_invalid_edit_is_explained_and_changes_nothing(member_client, member, organisation):
    response = member_client.post(EDIT, profile(themes=[], website="zła strona"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose at least one theme." in html
    assert "Enter a valid URL." in html
    organisation.refresh_from_db()
    assert organisation.website == ""
    assert not Revision.objects.filter(user=member).exists()


def test_a_member_of_two_organisations_picks_which_to_edit(member_client, member, homes):
    second = OrganisationFactory(name="Druga Fundacja", slug="druga")
    second.members.add(member)
    html = member_client.get(f"{EDIT}?organisation=druga").content.decode()
    assert 'value="Druga Fundacja"' in html
    member_client.post(f"{EDIT}?organisation=druga", profile(name="Druga Fundacja Nowa"))
    second.refresh_from_db()
    assert second.name == "Druga Fundacja Nowa"


def admin_form(organisation, **overrides):
    """The admin edit form's data for ``organisation`` as it is now."""
    data = {
        "name": organisation.name,
        "short_name": organisation.short_name,
        "slug": organisation.slug,
        "kind": organisation.kind,
        "krs": organisation.krs,
        "nip": organisation.nip,
        "regon": organisation.regon,
        "edrpou": organisation.edrpou,
        "website": organisation.website,
        "email": organisation.email,
        "phone": organisation.phone,
        "address": organisation.address,
        "city": organisation.city,
        "regions": [term.pk for term in organisation.regions.all()],
        "themes": [term.pk for term in organisation.themes.all()],
        "target_groups": [term.pk for term in organisation.target_groups.all()],
        "staff_languages": organisation.staff_languages,
        "description": organisation.description,
        "description_language": organisation.description_language,
        "descriptions-TOTAL_FORMS": "0",
        "descriptions-INITIAL_FORMS": "0",
        "descriptions-MIN_NUM_FORMS": "0",
        "descriptions-MAX_NUM_FORMS": "1000",
        "logo": "",
        "year_founded": organisation.year_founded or "",
        "contact_name": organisation.contact_name,
        "contact_email": organisation.contact_email,
        "contact_phone": organisation.contact_phone,
        "contact_language": organisation.contact_language,
        "members": [user.pk for user in organisation.members.all()],
    }
    data.update(overrides)
    return data


def test_moderators_see_a_members_edit_and_revert_it(
    client, member_client, member, moderator, organisation, homes
):
    before = Organisation.objects.get(pk=organisation.pk)
    member_client.post(EDIT, profile(name="Nazwa Po Pomyłce"))
    organisation.refresh_from_db()
    assert organisation.name == "Nazwa Po Pomyłce"
    # The state before the member's first edit was kept as the first revision.
    first, edit = organisation.revisions.order_by("pk")
    assert first.content["name"] == before.name
    assert (first.user, edit.user) == (None, member)

    client.force_login(moderator)
    history = client.get(
        reverse("wagtailsnippets_directory_organisation:history", args=[organisation.pk])
    ).content.decode()
    assert member.get_username() in history
    compare = client.get(
        reverse(
            "wagtailsnippets_directory_organisation:revisions_compare",
            args=[organisation.pk, first.pk, organisation.latest_revision.pk],
        )
    )
    assert compare.status_code == 200
    assert "Nazwa Po Pomyłce" in compare.content.decode()

    revert_url = reverse(
        "wagtailsnippets_directory_organisation:revisions_revert",
        args=[organisation.pk, first.pk],
    )
    revert_page = client.get(revert_url).content.decode()
    assert f'value="{before.name}"' in revert_page
    response = client.post(revert_url, admin_form(before))
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.name == before.name
    assert ModelLogEntry.objects.filter(
        action="wagtail.revert", object_id=str(organisation.pk), user=moderator
    ).exists()


def test_reverting_to_an_old_revision_keeps_the_moderators_decision(
    member_client, moderator, organisation
):
    member_client.post(EDIT, profile(name="Nazwa Członka"))
    organisation.refresh_from_db()
    revision = organisation.latest_revision
    decide(organisation, "archive", moderator)
    restored = Organisation.objects.get(pk=organisation.pk).revisions.get(pk=revision.pk)
    assert restored.as_object().name == "Nazwa Członka"
    assert restored.as_object().status == Status.ARCHIVED


def test_invitation_paths_are_in_the_contact_persons_language(invited):
    _organisation, user, _path = invited
    assert invitation_path(user, "uk").startswith("/uk/account/invitation/")


def test_the_edit_page_asks_as_many_queries_however_many_terms_are_chosen(
    member_client, organisation
):
    member_client.get(EDIT)  # warms the site and locale caches
    with CaptureQueriesContext(connection) as before:
        assert member_client.get(EDIT).status_code == 200
    organisation.themes.set(Theme.objects.filter(locale__language_code="pl"))
    organisation.regions.set(Region.objects.filter(locale__language_code="pl"))
    organisation.save()
    with CaptureQueriesContext(connection) as after:
        assert member_client.get(EDIT).status_code == 200
    assert len(after) == len(before) <= 24
