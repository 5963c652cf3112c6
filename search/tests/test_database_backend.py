"""The search page, /api/search/ and the suggestions on the database's full-text search, the
backend of ``make run`` (SQLite's FTS5, or PostgreSQL's): members-only library material
among the results, searched by an anonymous visitor, a logged-in non-member and a member.

Everybody may find a members-only material by its title and summary (a teaser that invites
one to join), never by its description or the text of its file, and never sees those in a
snippet; a member finds it by them too. The backend is the database's in both test runs,
on SQLite and on PostgreSQL, whatever the settings of the run.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from directory.factories import OrganisationFactory
from home.factories import NewsIndexPageFactory, NewsPageFactory
from library import sample_files
from library.factories import (
    LibraryDocumentFactory,
    LibraryIndexPageFactory,
    LibraryItemPageFactory,
)
from library.models import Access
from library.models.pages import MEMBERS_GROUP

# What only members may read of the material; none of it may reach anybody else.
HIDDEN_WORDS = ["poufny", "negocjacji", "czynszowych"]
VISITORS = ["anonymous", "non-member", "member"]


@pytest.fixture(autouse=True)
def database_backend(settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture
def content(homes, django_capture_on_commit_callbacks):
    """A members-only guide with a PDF, a public one, a news item and an organisation."""
    library = LibraryIndexPageFactory(parent=homes["pl"])
    with django_capture_on_commit_callbacks(execute=True):  # the file's text is extracted
        document = LibraryDocumentFactory(
            file=ContentFile(
                sample_files.pdf_bytes(["Tajny protokół negocjacji czynszowych"]), name="p.pdf"
            )
        )
    guide = LibraryItemPageFactory(
        parent=library,
        title="Protokół dla członków",
        summary="Streszczenie jawne zebrania.",
        description="<p>Opis poufny dla członków.</p>",
        document=document,
        access=Access.MEMBERS,
    )
    public = LibraryItemPageFactory(
        parent=library,
        title="Protokół otwarty",
        summary="Dla wszystkich.",
        description="<p>Opis publiczny.</p>",
    )
    news = NewsIndexPageFactory(parent=homes["pl"])
    NewsPageFactory(parent=news, title="Protokół z walnego zebrania", lead="Relacja.")
    OrganisationFactory(name="Fundacja Protokolantów", description="Spisujemy zebrania.")
    return {"guide": guide, "public": public}


@pytest.fixture(params=VISITORS)
def visitor(request, client, django_user_model):
    """The visitor's name and a client logged in as them (or not at all)."""
    if request.param == "non-member":
        client.force_login(django_user_model.objects.create_user(username="someone"))
    elif request.param == "member":
        user = django_user_model.objects.create_user(username="member")
        user.groups.add(Group.objects.get(name=MEMBERS_GROUP))
        client.force_login(user)
    return request.param, client


def search_page(client, query):
    response = client.get("/pl/search/", {"q": query})
    assert response.status_code == 200, query
    return [result.url for result in response.context["results"]], response.content.decode()


def api_search(client, query):
    response = client.get("/api/search/", {"q": query, "lang": "pl"})
    assert response.status_code == 200, query
    body = response.json()
    assert body["degraded"] is False
    return [result["url"] for result in body["results"]], response.content.decode()


@pytest.mark.parametrize("query", ["protokół", "jawne"])
def test_everybody_finds_members_only_material_by_its_title_and_summary(content, visitor, query):
    name, client = visitor
    guide = content["guide"]
    urls, html = search_page(client, query)
    assert guide.url in urls
    api_urls, body = api_search(client, query)
    assert f"http://testserver{guide.url}" in api_urls
    if name != "member":
        for word in HIDDEN_WORDS:
            assert word not in html.lower()
            assert word not in body.lower()


@pytest.mark.parametrize("query", ["poufny", "negocjacji"])
def test_only_members_find_members_only_material_by_its_description_or_file_text(
    content, visitor, query
):
    name, client = visitor
    guide = content["guide"]
    urls, _html = search_page(client, query)
    api_urls, _body = api_search(client, query)
    if name == "member":
        assert guide.url in urls
        assert f"http://testserver{guide.url}" in api_urls
    else:
        assert urls == []
        assert api_urls == []


def test_public_material_is_found_by_its_description_by_everybody(content, visitor):
    _name, client = visitor
    urls, _html = search_page(client, "publiczny")
    assert urls == [content["public"].url]


def test_suggestions_offer_titles_of_pages_and_organisations(content, visitor):
    _name, client = visitor
    response = client.get("/api/search/suggest/", {"q": "Proto", "lang": "pl"})
    assert response.status_code == 200
    suggestions = response.json()["suggestions"]
    # Members-only materials show their titles to everyone.
    assert "Protokół dla członków" in suggestions
    assert "Protokół otwarty" in suggestions
    assert "Fundacja Protokolantów" in suggestions


@pytest.mark.parametrize("query", ['"protokół', 'protokół"', '"protokół dla"', "protokół*"])
def test_query_syntax_characters_are_searched_as_plain_words(content, visitor, query):
    _name, client = visitor
    urls, _html = search_page(client, query)
    assert content["guide"].url in urls
    api_urls, _body = api_search(client, query)
    assert f"http://testserver{content['guide'].url}" in api_urls
    response = client.get("/api/search/suggest/", {"q": query, "lang": "pl"})
    assert response.status_code == 200
    assert "Protokół dla członków" in response.json()["suggestions"]
