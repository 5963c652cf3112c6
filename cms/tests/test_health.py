import copy

import pytest
from django.db import connection


def test_liveness_answers_without_touching_services(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readiness_reports_database_and_search(client, settings):
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == {"status": "ok"}
    expected_backend = settings.SEARCH_ENGINE if settings.ELASTICSEARCH_URL else "database"
    assert body["checks"]["search"]["backend"] == expected_backend


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_readiness_fails_when_the_database_is_unreachable(client, tmp_path):
    saved = dict(connection.settings_dict)
    # Set aside, not closed: closing an in-memory SQLite database would destroy it.
    held = connection.connection
    connection.connection = None
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = str(tmp_path / "missing" / "db.sqlite3")
    else:
        connection.settings_dict["PORT"] = "1"  # nothing listens there
    try:
        response = client.get("/readyz")
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)
        connection.connection = held
    assert response.status_code == 503
    assert response.json()["checks"]["database"]["status"] == "error"


@pytest.mark.engine
@pytest.mark.django_db
def test_readiness_is_degraded_when_the_search_engine_is_unreachable(client, settings):
    """The site still serves (searches answer from the database), so it stays ready."""
    dead = "http://127.0.0.1:1"  # nothing listens there
    backends = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    backends["default"]["URLS"] = [dead]
    settings.WAGTAILSEARCH_BACKENDS, settings.ELASTICSEARCH_URL = backends, dead
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["search"]["status"] == "degraded"
    assert body["checks"]["database"]["status"] == "ok"
