"""An organisation's profile at /{lang}/organizations/<slug>/: approved only, public fields
only, terms and description in the reader's language, its working groups, needs and offers,
and sections other apps add through a hook."""

import datetime

import pytest
from django.utils import timezone
from django.utils.html import format_html
from wagtail import hooks

from cms.models import TargetGroup
from directory.factories import (
    OrganisationFactory,
    SupportListingFactory,
    WorkingGroupPageFactory,
)
from directory.models import ListingKind, OrganisationDescription, Status
from directory.views import PROFILE_SECTIONS_HOOK
from home.factories import translate_page


@pytest.fixture
def profile(db):
    organisation = OrganisationFactory(
        name="Fundacja Otwarte Drzwi",
        short_name="FOD",
        slug="otwarte-drzwi",
        themes=["housing", "legal-aid"],
        regions=["lubelskie", "online"],
        staff_languages=["pl", "uk"],
        website="https://otwarte-drzwi.example.org/",
        email="biuro@otwarte-drzwi.example.org",
        phone="+48 81 123 45 67",
        krs="0000123456",
        description="Pomagamy znaleźć mieszkanie.",
        description_language="pl",
        contact_name="Zofia Tajemnicza",
        contact_email="zofia.prywatna@example.org",
        contact_phone="+48 600 000 999",
        is_forum_member=True,
    )
    organisation.target_groups.set(
        [TargetGroup.objects.get(slug="families", locale__language_code="pl")]
    )
    organisation.save()
    return organisation


def test_a_profile_shows_the_public_fields(client, profile):
    response = client.get("/en/organizations/otwarte-drzwi/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "Fundacja Otwarte Drzwi",
        "FOD",
        "https://otwarte-drzwi.example.org/",
        "biuro@otwarte-drzwi.example.org",
        "+48 81 123 45 67",
        "0000123456",
        "Forum member",
        "Polish, Ukrainian",
    ):
        assert text in html
    assert "<title>Fundacja Otwarte Drzwi · " in html


def test_the_contact_person_never_appears_on_the_profile(client, profile):
    for lang in ("pl", "uk", "en"):
        html = client.get(f"/{lang}/organizations/otwarte-drzwi/").content.decode()
        assert "Zofia" not in html
        assert "zofia.prywatna" not in html
        assert "600 000 999" not in html


@pytest.mark.parametrize("status", [Status.PENDING, Status.REJECTED, Status.ARCHIVED])
def test_a_profile_that_is_not_approved_is_not_found(client, profile, status):
    profile.status = status
    profile.save()
    assert client.get("/pl/organizations/otwarte-drzwi/").status_code == 404


def test_an_unknown_slug_is_not_found(client, db):
    assert client.get("/pl/organizations/nie-ma-takiej/").status_code == 404


@pytest.mark.parametrize(
    ("lang", "names"),
    [
        ("pl", ["Mieszkalnictwo", "Pomoc prawna", "lubelskie", "Rodziny z dziećmi"]),
        ("uk", ["Житло", "Правова допомога", "Люблінське", "Сім’ї з дітьми"]),
        ("en", ["Housing", "Legal aid", "Lublin", "Families with children"]),
    ],
)
def test_terms_are_in_the_readers_language(client, profile, lang, names):
    html = client.get(f"/{lang}/organizations/otwarte-drzwi/").content.decode()
    for name in names:
        assert name in html


def test_terms_link_to_the_filtered_directory(client, profile, directory_index):
    html = client.get("/pl/organizations/otwarte-drzwi/").content.decode()
    assert 'href="/pl/organizations/?theme=housing"' in html
    assert 'href="/pl/organizations/?region=lubelskie"' in html


def test_the_description_is_in_the_readers_language_when_translated(client, profile):
    OrganisationDescription.objects.create(
        organisation=profile, language="uk", text="Допомагаємо знайти житло."
    )
    html = client.get("/uk/organizations/otwarte-drzwi/").content.decode()
    assert "Допомагаємо знайти житло." in html
    assert "Pomagamy znaleźć mieszkanie." not in html
    assert '<div class="organisation-profile__description"><p>Допомагаємо' in html


def test_an_untranslated_description_is_shown_with_its_language(client, profile):
    html = client.get("/en/organizations/otwarte-drzwi/").content.decode()
    assert '<div class="organisation-profile__description" lang="pl"><p>Pomagamy' in html


def test_the_original_description_carries_no_lang_in_its_own_language(client, profile):
    html = client.get("/pl/organizations/otwarte-drzwi/").content.decode()
    assert '<div class="organisation-profile__description"><p>Pomagamy' in html


def test_working_groups_it_leads_co_leads_or_joins_are_listed_in_the_readers_language(
    client, profile, working_group_index
):
    lead = WorkingGroupPageFactory(
        parent=working_group_index, title="Grupa mieszkaniowa", lead_organisation=profile
    )
    WorkingGroupPageFactory(
        parent=working_group_index, title="Grupa prawna", co_lead_organisation=profile
    )
    member = WorkingGroupPageFactory(parent=working_group_index, title="Grupa edukacyjna")
    member.member_organisations.set([profile])
    member.save_revision().publish()
    WorkingGroupPageFactory(parent=working_group_index, title="Grupa zdrowotna")
    draft = WorkingGroupPageFactory(parent=working_group_index, title="Grupa robocza szkic")
    draft.lead_organisation = profile
    draft.live = False
    draft.save()

    html = client.get("/en/organizations/otwarte-drzwi/").content.decode()
    # The groups have no English version yet: a Polish page is not offered to English readers.
    assert "Grupa mieszkaniowa" not in html
    translate_page(working_group_index, "en", title="Working groups")
    translate_page(lead, "en", title="Housing group")
    html = client.get("/en/organizations/otwarte-drzwi/").content.decode()
    assert "Housing group</a> · Leads the group" in html

    html = client.get("/pl/organizations/otwarte-drzwi/").content.decode()
    assert "Grupa mieszkaniowa</a> · " in html
    assert "Grupa prawna</a> · " in html
    assert "Grupa edukacyjna</a> · " in html
    assert "Grupa zdrowotna" not in html
    assert "szkic" not in html


def test_open_needs_and_offers_are_listed_and_closed_or_expired_ones_are_not(client, profile):
    SupportListingFactory(organisation=profile, title="Szukamy tłumaczy", kind=ListingKind.NEED)
    SupportListingFactory(organisation=profile, title="Oferujemy szkolenia", kind=ListingKind.OFFER)
    SupportListingFactory(organisation=profile, title="Zamknięta prośba", is_closed=True)
    SupportListingFactory(
        organisation=profile,
        title="Przeterminowana prośba",
        valid_until=timezone.localdate() - datetime.timedelta(days=1),
    )
    SupportListingFactory(title="Cudza prośba")
    html = client.get("/pl/organizations/otwarte-drzwi/").content.decode()
    assert "Szukamy tłumaczy" in html
    assert "Oferujemy szkolenia" in html
    assert "Zamknięta" not in html
    assert "Przeterminowana" not in html
    assert "Cudza" not in html


def test_other_apps_add_sections_through_the_hook(client, profile):
    def materials(request, organisation):
        return format_html("<section><h2>Materials of {}</h2></section>", organisation.name)

    def nothing(request, organisation):
        return None

    with (
        hooks.register_temporarily(PROFILE_SECTIONS_HOOK, materials),
        hooks.register_temporarily(PROFILE_SECTIONS_HOOK, nothing),
    ):
        html = client.get("/pl/organizations/otwarte-drzwi/").content.decode()
    assert "<section><h2>Materials of Fundacja Otwarte Drzwi</h2></section>" in html


def test_the_profile_has_a_canonical_url_and_alternates_in_every_language(client, profile):
    html = client.get("/uk/organizations/otwarte-drzwi/").content.decode()
    assert '<link rel="canonical" href="http://testserver/uk/organizations/otwarte-drzwi/">' in html
    for lang in ("pl", "uk", "en"):
        assert (
            f'<link rel="alternate" hreflang="{lang}" '
            f'href="http://testserver/{lang}/organizations/otwarte-drzwi/">' in html
        )
    assert '<html lang="uk">' in html


def test_profile_queries_do_not_grow_with_its_terms_groups_and_listings(
    client, profile, working_group_index, django_assert_max_num_queries
):
    client.get("/pl/organizations/otwarte-drzwi/")  # warm the site and locale caches
    with django_assert_max_num_queries(40) as few:
        client.get("/pl/organizations/otwarte-drzwi/")
    for number in range(5):
        WorkingGroupPageFactory(parent=working_group_index, lead_organisation=profile)
        SupportListingFactory(organisation=profile, title=f"Potrzeba {number}")
    profile.themes.set(profile.themes.model.objects.filter(locale__language_code="pl"))
    profile.save()
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/pl/organizations/otwarte-drzwi/")
    assert len(response.context["listings"]) == 5
