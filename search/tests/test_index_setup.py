"""The site's indexes exist, with the project's mapping, before any document is written to
them; the engine never makes one up from the first document; /readyz tells an index that is
missing or mapped otherwise, and that searches are answered by the fallback meanwhile.

Each test works on indexes of a prefix of its own, removed afterwards."""

import copy
import json
import urllib.error
import urllib.request
import uuid

import pytest
from django.core.management import call_command

from cms.models import Theme
from cms.searching import search_backend
from directory.factories import OrganisationFactory
from directory.models import Organisation
from search import indexing
from search.models import PendingIndexUpdate

pytestmark = pytest.mark.engine


@pytest.fixture
def own_indexes(settings):
    """The engine backend with an index prefix no other test uses; its indexes deleted at
    the end."""
    prefix = f"razem_setup_{uuid.uuid4().hex[:8]}_"
    backends = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    backends["default"]["INDEX_PREFIX"] = prefix
    settings.WAGTAILSEARCH_BACKENDS = backends
    backend = search_backend("default")
    yield backend
    backend.es.indices.delete(index=f"{prefix}*", ignore_unavailable=True)


def engine(settings, method, path, body=None):
    request = urllib.request.Request(
        f"{settings.ELASTICSEARCH_URL}{path}",
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Content-Type": "application/json"},
        method=method,
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def test_the_engine_refuses_to_create_an_index_from_a_document(settings, own_indexes):
    name = f"{own_indexes.index_prefix}made_up"
    with pytest.raises(urllib.error.HTTPError) as refused:
        engine(settings, "POST", f"/{name}/_doc", {"title": "Pomoc prawna"})
    assert refused.value.code == 404
    assert "index_not_found_exception" in refused.value.read().decode()


def test_migrate_creates_the_missing_indexes_with_the_mapping_and_what_the_database_has(
    db, own_indexes
):
    problems = own_indexes.index_problems()
    assert problems and all(problem == ["missing"] for problem in problems.values())
    call_command("migrate", verbosity=0)  # nothing to apply: post_migrate runs all the same
    assert own_indexes.index_problems() == {}
    index = own_indexes.get_index_for_model(Theme)
    assert index.is_alias()  # update_index can rebuild it atomically later
    mapping = own_indexes.es.indices.get_mapping(index=index.name)
    (properties,) = (live["mappings"]["properties"] for live in mapping.values())
    assert properties["_all_text"]["analyzer"] == "razem_folding"
    assert properties["_all_text"]["fields"]["uk"]["analyzer"] == "ukrainian"
    index.refresh()
    count = own_indexes.es.count(index=index.name)["count"]
    assert count == Theme.objects.count() > 0  # the taxonomy of the data migration


def test_a_write_to_a_missing_index_is_queued_and_the_catch_up_creates_it(db, own_indexes):
    organisation = OrganisationFactory(name="Fundacja Nowy Indeks")  # no index yet: queued
    assert PendingIndexUpdate.objects.filter(object_pk=str(organisation.pk)).exists()
    assert indexing.catch_up(own_indexes) >= 1
    own_indexes.refresh_indexes()
    assert [o.pk for o in own_indexes.search("Indeks", Organisation)] == [organisation.pk]
    assert own_indexes.index_problems() == {}


def test_readyz_reports_an_index_mapped_otherwise_until_update_index_rebuilds_it(
    db, own_indexes, client, settings
):
    own_indexes.create_missing_indexes()
    assert client.get("/readyz").json()["status"] == "ok"
    # An index as the engine would make it from a document: dynamic mapping.
    index = own_indexes.get_index_for_model(Organisation)
    for concrete in own_indexes.es.indices.get_alias(name=index.name):
        own_indexes.es.indices.delete(index=concrete)
    engine(settings, "PUT", f"/{index.name}", {})
    engine(settings, "POST", f"/{index.name}/_doc", {"name": "Fundacja", "status_filter": "a"})
    ready = client.get("/readyz").json()
    assert ready["status"] == "degraded"
    assert ready["checks"]["search"]["error"] == "indexes"
    assert any(
        "razem_folding" in problem for problem in ready["checks"]["search"]["indexes"][index.name]
    )
    call_command("update_index", verbosity=0)
    assert client.get("/readyz").json()["status"] == "ok"


def test_readyz_says_degraded_while_searches_are_answered_by_the_fallback(
    db, own_indexes, client, settings
):
    own_indexes.create_missing_indexes()
    working = settings.WAGTAILSEARCH_BACKENDS
    broken = copy.deepcopy(working)
    broken["default"]["URLS"] = ["http://127.0.0.1:1"]
    settings.WAGTAILSEARCH_BACKENDS = broken  # one search fails over to the database ...
    answer = client.get("/api/search/", {"q": "pomoc", "lang": "pl"}).json()
    assert answer["degraded"] is True
    settings.WAGTAILSEARCH_BACKENDS = working  # ... and the next ones, for a while, too
    assert client.get("/api/search/", {"q": "pomoc", "lang": "pl"}).json()["degraded"] is True
    ready = client.get("/readyz").json()
    assert ready["status"] == "degraded"
    assert ready["checks"]["search"]["error"].startswith("engine:")
