"""What the search index holds of organisations: approved ones only, and never the contact
person's name, e-mail or phone (issue 5: "contact person never exposed … search")."""

import json

import pytest
from wagtail.search.backends import get_search_backend

from directory.factories import OrganisationFactory
from directory.models import Organisation, Status

CONTACT = {
    "contact_name": "Bożydar Niewidoczny",
    "contact_email": "bozydar.prywatny@example.org",
    "contact_phone": "+48 600 111 222",
}


def search(query):
    return [o.name for o in get_search_backend().search(query, Organisation.objects.all())]


@pytest.fixture
def organisation(db, refresh_search):
    made = OrganisationFactory(name="Fundacja Jawna", description="Uczymy pływania.", **CONTACT)
    refresh_search()
    return made


def test_an_approved_organisation_is_found_by_its_name_and_description(organisation):
    assert search("Jawna") == ["Fundacja Jawna"]
    assert search("pływania") == ["Fundacja Jawna"]


@pytest.mark.parametrize("query", ["Bożydar", "Niewidoczny", "bozydar.prywatny", "600 111 222"])
def test_searching_for_the_contact_person_finds_nothing(organisation, query):
    assert search(query) == []


@pytest.mark.engine
def test_the_indexed_document_holds_nothing_of_the_contact_person(organisation):
    backend = get_search_backend()
    index = backend.get_index_for_model(Organisation)
    mapping = backend.mapping_class(Organisation)
    stored = backend.es.get(index=index.name, id=mapping.get_document_id(organisation))
    document = json.dumps(stored["_source"], ensure_ascii=False)
    assert "Fundacja Jawna" in document  # the right document …
    for value in CONTACT.values():  # … without the private fields
        assert value not in document
        assert value.split()[0] not in document
    assert "contact" not in document


@pytest.mark.parametrize("status", [Status.PENDING, Status.REJECTED, Status.ARCHIVED])
def test_an_organisation_that_is_not_approved_is_not_found(db, refresh_search, status):
    OrganisationFactory(name="Fundacja Ukryta", status=status)
    refresh_search()
    assert search("Ukryta") == []


def test_an_organisation_leaves_the_index_when_it_is_archived(organisation, refresh_search):
    organisation.status = Status.ARCHIVED
    organisation.save()
    refresh_search()
    assert search("Jawna") == []
