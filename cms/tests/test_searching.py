"""Searching on whatever backend answers (cms.searching): what reaches a backend, what each
backend can do, and the last fallback; a request that writes is one transaction."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory

from cms.middleware import AtomicWritesMiddleware
from cms.searching import can_search_fields, search_backend, words
from home.factories import NewsIndexPageFactory, NewsPageFactory


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ('"pomoc', "pomoc"),
        ("pomoc*", "pomoc"),
        ("NEAR(pomoc prawna)", "pomoc prawna"),
        ("title:pomoc", "title pomoc"),
        ("-pomoc ^2 ~x", "pomoc 2 x"),
        ("pomoc AND prawna OR NOT", "pomoc prawna"),
        ("сім'я та здоров’я", "сім'я та здоров’я"),
        ('""', ""),
        ("«uchodźcy»", "uchodźcy"),
    ],
)
def test_only_the_words_of_a_query_reach_a_backend(typed, sent):
    assert words(typed) == sent


@pytest.fixture
def database_search_only(settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}


def test_sqlite_full_text_search_cannot_search_a_field_alone_but_title(database_search_only):
    backend = search_backend("default")  # the database's own full-text search
    assert can_search_fields(backend, ["title"])
    assert can_search_fields(backend, ["title", "summary"]) is (connection.vendor != "sqlite")
    assert can_search_fields(search_backend("plain"), ["title", "summary"])


def break_full_text_index():
    """What a corrupt or missing full-text table does to the database's search."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TABLE wagtailsearch_indexentry_fts")
        else:
            cursor.execute("ALTER TABLE wagtailsearch_indexentry RENAME TO broken_index")


def test_a_failing_full_text_search_is_answered_by_a_plain_match_with_the_notice(
    database_search_only, homes, client
):
    news = NewsIndexPageFactory(parent=homes["pl"])
    page = NewsPageFactory(parent=news, title="Dyżur prawny w Lublinie")
    assert client.get("/api/search/", {"q": "dyżur"}).json()["degraded"] is False
    break_full_text_index()
    for query in ("dyżur", '"dyżur'):
        answer = client.get("/api/search/", {"q": query, "lang": "pl"})
        assert answer.status_code == 200
        assert answer.json()["degraded"] is True
        assert [result["title"] for result in answer.json()["results"]] == [page.title]
    page_view = client.get("/pl/search/", {"q": "dyżur"})
    assert page_view.status_code == 200
    assert page_view.context["degraded_notice"] in page_view.content.decode()
    ready = client.get("/readyz").json()
    assert ready["status"] == "degraded"
    assert ready["checks"]["search"]["error"].startswith("database:")


def respond(status):
    def view(request):
        Group.objects.create(name="made by the request")
        return HttpResponse(status=status)

    return AtomicWritesMiddleware(view)


@pytest.mark.django_db
@pytest.mark.parametrize(("status", "kept"), [(200, True), (302, True), (500, False)])
def test_a_request_that_writes_is_rolled_back_whole_when_it_fails(status, kept):
    respond(status)(RequestFactory().post("/"))
    assert Group.objects.filter(name="made by the request").exists() is kept


@pytest.mark.django_db
def test_a_read_opens_no_transaction():
    """On SQLite every transaction takes the one write lock: a page view must not."""
    depth = []

    def view(request):
        depth.append(len(connection.savepoint_ids))
        return HttpResponse()

    AtomicWritesMiddleware(view)(RequestFactory().get("/"))
    AtomicWritesMiddleware(view)(RequestFactory().post("/"))
    assert depth[1] == depth[0] + 1
