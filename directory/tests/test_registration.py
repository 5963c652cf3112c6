"""Organisations register themselves: every field checked, duplicates and robots refused,
nothing public before a moderator approves, the registration kept even when mail fails."""

from smtplib import SMTPException

import pytest
from django.conf import settings
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from cms.models import Region, TargetGroup, Theme
from directory.factories import OrganisationFactory
from directory.forms import CONSENT_VERSION
from directory.models import Organisation, Status
from directory.registration import REGISTRATIONS_PER_HOUR, organisation_slug

REGISTER = "/{lang}/organizations/register/"


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that refuses everything."""

    def send_messages(self, email_messages):
        raise SMTPException("The mail server is down")


def term_pks(model, language, *slugs):
    return list(
        model.objects.filter(locale__language_code=language, slug__in=slugs).values_list(
            "pk", flat=True
        )
    )


def registration(language="en", **overrides):
    """A complete, valid registration posted in ``language``."""
    data = {
        "name": "Fundacja Nowy Dom",
        "short_name": "FND",
        "kind": "foundation",
        "krs": "0000123456",
        "nip": "526-000-12-46",
        "regon": "12345678-5",
        "edrpou": "",
        "year_founded": "2015",
        "themes": term_pks(Theme, language, "housing", "education"),
        "regions": term_pks(Region, language, "lubelskie"),
        "target_groups": [],
        "staff_languages": ["pl", "uk"],
        "description": "Pomagamy rodzinom z Ukrainy znaleźć mieszkanie.",
        "description_language": "pl",
        "website": "https://nowydom.example.org",
        "email": "biuro@nowydom.example.org",
        "phone": "+48 81 123 45 67",
        "address": "ul. Lipowa 1, 20-001",
        "city": "Lublin",
        "contact_name": "Olena Kowalenko",
        "contact_email": "olena@nowydom.example.org",
        "contact_phone": "+48 600 100 200",
        "contact_language": "uk",
        "consent": "on",
        "homepage": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def post(client, language="en", **overrides):
    return client.post(REGISTER.format(lang=language), registration(language, **overrides))


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_the_form_is_offered_in_every_language_with_terms_in_that_language(client, homes, language):
    response = client.get(REGISTER.format(lang=language))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    housing = Theme.objects.get(locale__language_code=language, slug="housing")
    assert f'value="{housing.pk}"' in html
    polish_housing = Theme.objects.get(locale__language_code="pl", slug="housing")
    if language != "pl":
        assert f'value="{polish_housing.pk}"' not in html
    # The language of correspondence and of the description start as the visitor's.
    assert f'<option value="{language}" selected>' in html


def test_the_honeypot_is_labelled_but_hidden_from_people_and_screen_readers(client, homes):
    html = client.get("/en/organizations/register/").content.decode()
    assert '<div class="honeypot" aria-hidden="true">' in html
    assert '<label for="id_homepage">Leave this field empty</label>' in html
    assert 'tabindex="-1"' in html


def test_a_valid_registration_is_saved_pending_with_normalised_numbers_and_consent(client, homes):
    response = post(client, "en")
    assert response.status_code == 302
    assert response["Location"] == "/en/organizations/register/thanks/"
    organisation = Organisation.objects.get()
    assert organisation.status == Status.PENDING
    assert organisation.nip == "5260001246"
    assert organisation.regon == "123456785"
    assert organisation.krs == "0000123456"
    assert organisation.slug == "fundacja-nowy-dom"
    assert organisation.consent_version == CONSENT_VERSION
    assert organisation.consent_given_at is not None
    assert organisation.staff_languages == ["pl", "uk"]
    assert organisation.year_founded == 2015
    assert organisation.contact_language == "uk"
    assert organisation.is_forum_member is False
    assert organisation.latest_revision.content["name"] == "Fundacja Nowy Dom"
    assert "Thank you for registering" in client.get(response["Location"]).content.decode()


def test_terms_chosen_in_ukrainian_are_stored_as_the_polish_source_terms(client, homes):
    first_group = TargetGroup.objects.filter(locale__language_code="uk").first()
    post(client, "uk", target_groups=[first_group.pk])
    organisation = Organisation.objects.get()
    source = {settings.LANGUAGE_CODE}
    assert {t.locale.language_code for t in organisation.themes.all()} == source
    assert set(organisation.themes.values_list("slug", flat=True)) == {"housing", "education"}
    assert list(organisation.regions.values_list("slug", flat=True)) == ["lubelskie"]
    assert {t.locale.language_code for t in organisation.target_groups.all()} == source
    assert organisation.target_groups.count() == 1


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"nip": "123-456-32-19"}, "This is not a valid NIP number: its check digit does not"),
        ({"nip": "12345"}, "A NIP number has 10 digits"),
        ({"nip": "52600012AB"}, "A NIP number has 10 digits"),
        ({"regon": "123456786"}, "This is not a valid REGON number"),
        ({"regon": "12345678512348"}, "This is not a valid REGON number"),
        ({"regon": "1234"}, "A REGON number has 9 or 14 digits."),
        ({"krs": "12345"}, "A KRS number has 10 digits"),
        ({"edrpou": "1234567"}, "An EDRPOU code has 8 digits."),
        ({"edrpou": "1234567A"}, "An EDRPOU code has 8 digits."),
        ({"krs": "", "nip": "", "regon": ""}, "Give at least one registry number"),
        ({"name": ""}, "This field is required."),
        ({"name": "x" * 256}, "Ensure this value has at most 255 characters"),
        ({"kind": "cooperative"}, "Select a valid choice."),
        ({"themes": []}, "Choose at least one theme."),
        ({"regions": []}, "Choose at least one region."),
        ({"regions": [999999]}, "Select a valid choice."),
        ({"staff_languages": ["xx"]}, "Select a valid choice."),
        ({"description": ""}, "This field is required."),
        ({"description_language": "de"}, "Select a valid choice."),
        ({"website": "not a website"}, "Enter a valid URL."),
        ({"email": "biuro(at)example.org"}, "Enter a valid email address."),
        ({"phone": "1" * 41}, "Ensure this value has at most 40 characters"),
        ({"year_founded": "1700"}, "greater than or equal to 1800"),
        ({"year_founded": "2999"}, "less than or equal to"),
        ({"year_founded": "dawno"}, "Enter a whole number."),
        ({"contact_name": ""}, "This field is required."),
        ({"contact_email": ""}, "This field is required."),
        ({"contact_email": "olena@"}, "Enter a valid email address."),
        ({"contact_language": "ru"}, "Select a valid choice."),
        ({"consent": None}, "Without this consent we cannot process the registration."),
    ],
)
def test_each_invalid_answer_is_explained_and_nothing_is_saved(client, homes, overrides, message):
    response = post(client, "en", **overrides)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'role="alert"' in html
    assert not Organisation.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("language", "message"),
    [("pl", "To pole jest wymagane."), ("uk", "Це поле")],
)
def test_messages_are_in_the_visitors_language(client, homes, language, message):
    response = post(client, language, contact_name="")
    assert message in response.content.decode()
    assert not Organisation.objects.exists()


@pytest.mark.parametrize(
    "numbers",
    [
        {"krs": "", "nip": "7740001454", "regon": ""},
        {"krs": "", "nip": "", "regon": "12345678512347"},
        {"krs": "", "nip": "", "regon": "", "edrpou": "14360570"},
    ],
)
def test_any_one_valid_registry_number_is_enough(client, homes, numbers):
    assert post(client, "en", **numbers).status_code == 302
    assert Organisation.objects.count() == 1


@pytest.mark.parametrize("kind", ["informal-group", "other"])
def test_informal_groups_and_other_kinds_need_no_registry_number(client, homes, kind):
    response = post(client, "en", kind=kind, krs="", nip="", regon="")
    assert response.status_code == 302
    assert Organisation.objects.get().kind == kind


@pytest.mark.parametrize(
    ("existing", "overrides", "message"),
    [
        ({"nip": "5260001246"}, {"nip": "526 000 12 46"}, "with this NIP is already registered"),
        ({"krs": "0000123456"}, {}, "with this KRS is already registered"),
        (
            {"edrpou": "14360570"},
            {"edrpou": "1436-0570"},
            "with this EDRPOU is already registered",
        ),
        ({"name": "Fundacja Nowy Dom"}, {"name": "FUNDACJA  nowy dom"}, "with this name"),
    ],
)
def test_a_second_registration_of_the_same_organisation_is_refused(
    client, homes, existing, overrides, message
):
    OrganisationFactory(status=Status.PENDING, **existing)
    response = post(client, "en", **overrides)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Organisation.objects.count() == 1


def test_a_filled_honeypot_saves_nothing_and_sends_nothing(client, homes):
    response = post(client, "en", homepage="https://spam.example.com")
    assert response.status_code == 302
    assert not Organisation.objects.exists()
    assert mail.outbox == []


def test_registrations_over_the_hourly_limit_get_429_and_are_not_saved(client, homes):
    for n in range(REGISTRATIONS_PER_HOUR):
        response = post(
            client, "en", name=f"Grupa {n}", kind="informal-group", krs="", nip="", regon=""
        )
        assert response.status_code == 302
    response = post(client, "en", name="Grupa szósta", kind="informal-group", krs="", nip="")
    assert response.status_code == 429
    assert "Too many registrations" in response.content.decode()
    assert Organisation.objects.count() == REGISTRATIONS_PER_HOUR
    # Another client is not held back.
    other = client.post(
        "/en/organizations/register/",
        registration(name="Grupa siódma", kind="informal-group", krs="", nip="", regon=""),
        REMOTE_ADDR="192.0.2.7",
    )
    assert other.status_code == 302


def fill_the_rate_limit(client, **headers):
    for n in range(REGISTRATIONS_PER_HOUR):
        data = registration(name=f"Grupa {n}", kind="informal-group", krs="", nip="", regon="")
        assert client.post(REGISTER.format(lang="en"), data, **headers).status_code == 302


def another_registration(client, **headers):
    data = registration(name="Grupa inna", kind="informal-group", krs="", nip="", regon="")
    return client.post(REGISTER.format(lang="en"), data, **headers)


def test_without_trusted_proxies_a_forged_forwarded_for_does_not_escape_the_limit(
    client, homes, settings
):
    settings.TRUSTED_PROXY_COUNT = 0
    fill_the_rate_limit(client, HTTP_X_FORWARDED_FOR="198.51.100.1")
    response = another_registration(client, HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert response.status_code == 429


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(client, homes, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.5"}
    fill_the_rate_limit(client, HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy)
    # The same client, even with a forged entry in front of the proxy's: limited.
    forged = "198.51.100.1, 203.0.113.9"
    assert another_registration(client, HTTP_X_FORWARDED_FOR=forged, **proxy).status_code == 429
    # Another client behind the same proxy: not held back.
    other = another_registration(client, HTTP_X_FORWARDED_FOR="203.0.113.10", **proxy)
    assert other.status_code == 302


def test_failed_forms_do_not_use_up_the_rate_limit(client, homes):
    for _n in range(REGISTRATIONS_PER_HOUR + 1):
        assert post(client, "en", consent=None).status_code == 200
    assert post(client, "en").status_code == 302


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Fundacja „Łódź” Żółw", "fundacja-lodz-zolw"),
        ("Світло надії", "svitlo-nadii"),
        ("Благодійний фонд «Єдність»", "blagodiyniy-fond-iednist"),
        ("!!!", "organisation"),
        ("Register", "register-2"),
    ],
)
def test_slugs_are_ascii_even_for_cyrillic_names(db, name, slug):
    assert organisation_slug(name) == slug


def test_a_slug_taken_by_another_organisation_gets_a_number(client, homes):
    OrganisationFactory(name="Inna nazwa", slug="fundacja-nowy-dom")
    post(client, "en")
    assert Organisation.objects.get(status=Status.PENDING).slug == "fundacja-nowy-dom-2"


def test_the_contact_person_and_moderators_are_mailed(client, homes, moderator):
    post(client, "en", contact_language="uk")
    to_contact, to_moderators = mail.outbox
    assert to_contact.to == ["olena@nowydom.example.org"]
    assert "Fundacja Nowy Dom" in to_contact.subject
    assert "дякуємо за реєстрацію організації" in to_contact.body  # in Ukrainian, as chosen
    assert to_moderators.to == [moderator.email]
    organisation = Organisation.objects.get()
    assert f"/admin/snippets/directory/organisation/edit/{organisation.pk}/" in to_moderators.body


def test_the_confirmation_is_in_polish_when_polish_is_chosen(client, homes):
    post(client, "uk", contact_language="pl")
    assert "dziękujemy za zgłoszenie organizacji" in mail.outbox[0].body


def test_the_registration_is_kept_when_the_mail_server_fails(client, homes, settings):
    settings.EMAIL_BACKEND = "directory.tests.test_registration.FailingEmailBackend"
    response = post(client, "en")
    assert response.status_code == 302
    assert Organisation.objects.get().status == Status.PENDING


def test_a_pending_registration_is_nowhere_public(client, homes, refresh_search):
    post(client, "en")
    organisation = Organisation.objects.get()
    assert not Organisation.objects.public().exists()
    assert organisation not in Organisation.get_indexed_objects()
    refresh_search()
    assert list(get_search_backend().search("Nowy Dom", Organisation)) == []
    assert client.get(f"/en/organizations/{organisation.slug}/").status_code == 404


def test_the_form_asks_as_many_queries_however_many_terms_there_are(client, homes):
    client.get("/en/organizations/register/")  # warms the site and locale caches
    with CaptureQueriesContext(connection) as before:
        assert client.get("/en/organizations/register/").status_code == 200
    polish = Locale.objects.get(language_code="pl")
    for n in range(5):
        Theme.objects.create(name=f"Temat {n}", slug=f"temat-{n}", locale=polish)
        TargetGroup.objects.create(name=f"Grupa {n}", slug=f"grupa-{n}", locale=polish)
    with CaptureQueriesContext(connection) as after:
        response = client.get("/en/organizations/register/")
    assert "Temat 4" in response.content.decode()
    assert len(after) == len(before) <= 16
