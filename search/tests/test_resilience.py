"""A search engine that is down: searches answer from the database, nothing saved is lost,
and the index catches up once the engine is back; update_index never empties the index."""

import copy
import threading

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from directory.factories import OrganisationFactory
from directory.models import Organisation, Status
from home.factories import NewsPageFactory
from library.factories import LibraryDocumentFactory
from search.models import PendingIndexUpdate

pytestmark = pytest.mark.engine

DEAD = "http://127.0.0.1:1"  # nothing listens there


class Outage:
    """Switches the engine off (points it at a dead port) and on again."""

    def __init__(self, settings):
        self.settings = settings
        self.working = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
        self.url = settings.ELASTICSEARCH_URL

    def start(self):
        dead = copy.deepcopy(self.working)
        dead["default"]["URLS"] = [DEAD]
        self.settings.WAGTAILSEARCH_BACKENDS, self.settings.ELASTICSEARCH_URL = dead, DEAD

    def end(self):
        self.settings.WAGTAILSEARCH_BACKENDS = copy.deepcopy(self.working)
        self.settings.ELASTICSEARCH_URL = self.url
        cache.clear()  # forget that the engine failed


@pytest.fixture
def outage(settings):
    outage = Outage(settings)
    outage.start()
    return outage


def engine_finds(query, model=Page):
    backend = get_search_backend()
    backend.refresh_indexes()
    return [obj.pk for obj in backend.search(query, model)]


def test_search_page_answers_from_the_database_with_a_notice(outage, news_indexes, client):
    page = NewsPageFactory(parent=news_indexes["pl"], title="Dyżur prawny w Lublinie")
    response = client.get("/pl/search/", {"q": "dyżur"})
    assert response.status_code == 200
    assert [result.url for result in response.context["results"]] == [page.url]
    assert response.context["degraded_notice"] in response.content.decode()
    assert response.context["degraded_notice"]
    api = client.get("/api/search/", {"q": "dyżur", "lang": "pl"})
    assert api.status_code == 200
    assert api.json()["degraded"] is True
    assert api.json()["results"][0]["title"] == page.title
    suggest = client.get("/api/search/suggest/", {"q": "dyż", "lang": "pl"})
    assert suggest.json()["suggestions"] == [page.title]


def test_saving_while_the_engine_is_down_queues_the_update_and_catches_up(
    outage, news_indexes, client, admin_user
):
    page = NewsPageFactory(parent=news_indexes["pl"], title="Punkt konsultacyjny")
    organisation = OrganisationFactory(name="Fundacja Zgłoszona", status=Status.PENDING)
    organisation.status = Status.APPROVED
    organisation.save()  # approving never fails because search is down
    with_file = LibraryDocumentFactory(title="Regulamin świetlicy")
    queued = set(PendingIndexUpdate.objects.values_list("model_name", "object_pk"))
    assert {
        ("newspage", str(page.pk)),
        ("organisation", str(organisation.pk)),
        ("librarydocument", str(with_file.pk)),
    } <= queued
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["status"] == "degraded"
    assert ready.json()["checks"]["search"]["status"] == "degraded"
    assert ready.json()["checks"]["search"]["pending"] == len(queued)

    outage.end()
    assert page.pk not in engine_finds("konsultacyjny")
    # The readiness check sees the engine back and starts the catch-up in the background
    # (the test settings run tasks at once).
    ready = client.get("/readyz").json()
    assert ready["status"] == "ok"
    assert not PendingIndexUpdate.objects.exists()
    assert page.pk in engine_finds("konsultacyjny")
    assert organisation.pk in engine_finds("zgłoszona", Organisation)
    response = client.get("/api/search/", {"q": "konsultacyjny", "lang": "pl"})
    assert response.json()["degraded"] is False
    assert [result["title"] for result in response.json()["results"]] == [page.title]


def test_a_deletion_missed_meanwhile_reaches_the_index(outage, news_indexes):
    outage.end()
    page = NewsPageFactory(parent=news_indexes["pl"], title="Nieaktualne ogłoszenie")
    page_pk = page.pk
    assert page_pk in engine_finds("nieaktualne")
    outage.start()
    page.delete()
    assert PendingIndexUpdate.objects.filter(object_pk=str(page_pk), action="delete").exists()
    outage.end()
    call_command("search_catch_up", verbosity=0)
    assert page_pk not in engine_finds("nieaktualne")
    assert not PendingIndexUpdate.objects.exists()


def test_a_restriction_added_meanwhile_reaches_the_index(outage, news_indexes, counted):
    outage.end()
    NewsPageFactory(parent=news_indexes["pl"], title="Zebranie zarządu")
    assert counted("zebranie") == (1, {"news": 1})
    outage.start()
    PageViewRestriction.objects.create(
        page=news_indexes["pl"], restriction_type=PageViewRestriction.LOGIN
    )
    assert PendingIndexUpdate.objects.filter(model_name="newspage").exists()
    outage.end()
    call_command("search_catch_up", verbosity=0)
    assert counted("zebranie") == (0, {})


def test_catch_up_keeps_the_queue_while_the_engine_is_still_down(outage, news_indexes):
    NewsPageFactory(parent=news_indexes["pl"], title="Czekające")
    with pytest.raises(CommandError, match="still refuses"):
        call_command("search_catch_up")
    assert PendingIndexUpdate.objects.exists()


def test_update_index_rebuilds_without_an_empty_index(news_indexes):
    """While update_index builds the new index, searches keep finding what the old one holds."""
    NewsPageFactory(parent=news_indexes["pl"], title="Stała treść")
    backend = get_search_backend()
    backend.refresh_indexes()
    alias = backend.get_index_for_model(Page).name
    counts, done = [], threading.Event()

    def watch():
        while not done.is_set():
            counts.append(backend.es.count(index=alias)["count"])

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        call_command("update_index", verbosity=0)
    finally:
        done.set()
        watcher.join()
    assert len(counts) > 5
    assert min(counts) > 0
    assert backend.es.indices.exists_alias(name=alias)
