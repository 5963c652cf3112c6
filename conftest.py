"""Fixtures shared by every app's tests: the search index, a three-language site and the
Forum's contact details that frame every mail."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

from cms.models import ContactSettings
from home.factories import NewsIndexPageFactory, NewsPageFactory, make_site_tree


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Create the test search index with Wagtail's mappings before any page is saved."""
    if settings.ELASTICSEARCH_URL:
        with django_db_blocker.unblock():
            call_command("update_index", verbosity=0)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: rate limits count there, and a search engine
    failure is remembered there (searches then skip the engine for a while)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def homes(db):
    """Home pages keyed by language code; the Polish one is the default site's root."""
    return make_site_tree()


@pytest.fixture
def news_index(homes):
    return NewsIndexPageFactory(parent=homes["pl"], slug="news", title="Aktualności")


@pytest.fixture
def news_items(news_index):
    return [NewsPageFactory(parent=news_index) for _ in range(3)]


@pytest.fixture
def refresh_search():
    """Make what a test just saved visible to searches: a search engine shows new documents
    after its refresh interval; the database backend needs nothing. The backend is looked up
    at each call: a test may switch the engine off and on."""
    return lambda: get_search_backend().refresh_indexes()


@pytest.fixture
def postal_address(db):
    """The Forum's postal address in the contact settings, as the footer of every mail shows it."""
    contact = ContactSettings.load()
    contact.postal_address = "ul. Przykładowa 1\n00-001 Warszawa"
    contact.save()
    return contact.postal_address
