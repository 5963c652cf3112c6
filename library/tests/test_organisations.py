"""The library and the directory: materials attributed to member organisations, shown on
their profiles, and working groups' documents on the groups' pages."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.utils import translation
from wagtail import hooks

from directory.factories import (
    OrganisationFactory,
    WorkingGroupIndexPageFactory,
    WorkingGroupPageFactory,
)
from directory.models import Status
from home.factories import translate_page
from library.factories import LibraryIndexPageFactory, LibraryItemPageFactory
from library.models import LibraryItemPage
from library.workflow import assign_library_review

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


@pytest.fixture
def library(homes):
    index = LibraryIndexPageFactory(parent=homes["pl"], slug="library")
    assign_library_review(apps, [index])
    return index


@pytest.fixture
def member_of(django_user_model):
    def make(organisation):
        user = django_user_model.objects.create_user(username="czlonek", password="x")
        user.groups.add(Group.objects.get(name="Members"))
        organisation.members.add(user)
        return user

    return make


def submission(**overrides):
    data = {
        "title": "Poradnik dla szkół",
        "summary": "Jak przygotować klasę.",
        "resource_type": "guide",
        "languages": ["pl"],
        "publication_date": "2026-10-01",
        "licence": "cc-by-4.0",
        "access": "public",
        "file": SimpleUploadedFile("poradnik.pdf", PDF, "application/pdf"),
        **overrides,
    }
    return data


def sections(hook, *args):
    request = RequestFactory().get("/")
    return [html for html in (fn(request, *args) for fn in hooks.get_hooks(hook)) if html]


def test_a_members_submission_is_attributed_to_their_organisation(client, library, member_of):
    organisation = OrganisationFactory(name="Fundacja Mosty")
    client.force_login(member_of(organisation))

    form = client.get("/pl/library/submit/").context["form"]
    assert list(form.fields["organisation"].queryset) == [organisation]
    response = client.post("/pl/library/submit/", submission(organisation=organisation.pk))

    assert response.status_code == 302
    item = LibraryItemPage.objects.get()
    assert item.publisher_organisation == organisation
    assert item.publisher == "Fundacja Mosty"


def test_a_member_cannot_attribute_a_material_to_another_organisation(client, library, member_of):
    client.force_login(member_of(OrganisationFactory()))
    other = OrganisationFactory()

    response = client.post("/en/library/submit/", submission(organisation=other.pk))

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not LibraryItemPage.objects.exists()


def test_a_member_without_an_organisation_names_the_publisher(client, library, django_user_model):
    user = django_user_model.objects.create_user(username="solo", password="x")
    user.groups.add(Group.objects.get(name="Members"))
    client.force_login(user)

    assert "organisation" not in client.get("/pl/library/submit/").context["form"].fields
    client.post("/pl/library/submit/", submission(publisher_name="Urząd Miasta"))

    item = LibraryItemPage.objects.get()
    assert item.publisher_organisation is None
    assert item.publisher == "Urząd Miasta"


def test_the_item_page_links_a_public_publisher_and_hides_a_pending_one(client, library):
    organisation = OrganisationFactory(name="Fundacja Mosty", slug="mosty")
    item = LibraryItemPageFactory(parent=library, publisher_organisation=organisation)

    html = client.get(item.url).content.decode()
    assert '<a href="/pl/organizations/mosty/">Fundacja Mosty</a>' in html

    organisation.status = Status.PENDING
    organisation.save()
    html = client.get(item.url).content.decode()
    assert "Fundacja Mosty" not in html


def test_an_organisations_profile_lists_its_live_materials_in_the_readers_language(library):
    organisation = OrganisationFactory()
    item = LibraryItemPageFactory(
        parent=library, title="Poradnik mieszkaniowy", publisher_organisation=organisation
    )
    translate_page(library, "uk", title="Бібліотека")
    translate_page(item, "uk", title="Житловий посібник")
    draft = LibraryItemPageFactory(
        parent=library, title="Szkic", publisher_organisation=organisation, live=False
    )
    LibraryItemPageFactory(parent=library, title="Cudzy materiał")

    with translation.override("uk"):
        (html,) = sections("organisation_profile_sections", organisation)
    assert "Житловий посібник" in html
    assert "Poradnik mieszkaniowy" not in html
    assert draft.title not in html
    assert "Cudzy materiał" not in html

    with translation.override("pl"):
        (html,) = sections("organisation_profile_sections", organisation)
    assert "Poradnik mieszkaniowy" in html


def test_an_organisation_without_materials_gets_no_library_section(library):
    assert sections("organisation_profile_sections", OrganisationFactory()) == []


def test_a_working_groups_documents_appear_on_its_page_in_every_language(homes, library):
    groups = WorkingGroupIndexPageFactory(parent=homes["pl"])
    group = WorkingGroupPageFactory(parent=groups)
    translate_page(groups, "en", title="Working groups")
    group_en = translate_page(group, "en", title="Housing group")
    LibraryItemPageFactory(parent=library, title="Protokół spotkania", working_group=group)

    with translation.override("en"):
        (html,) = sections("working_group_sections", group_en)
    assert "Protokół spotkania" in html  # the Polish item, as it has no English version
    assert 'lang="pl"' in html
