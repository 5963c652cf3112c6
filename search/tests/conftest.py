import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser, Group
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from directory.models import Organisation
from home.factories import NewsIndexPageFactory, translate_page
from library.models.pages import MEMBERS_GROUP
from search.query import SearchParams, search_site


@pytest.fixture(autouse=True)
def empty_engine_indexes():
    """Start each test with no pages or organisations in the engine: the database rolls a
    test back, the index keeps what it was sent, and the engine counts facets itself."""
    if not settings.ELASTICSEARCH_URL:
        return
    backend = get_search_backend()
    names = ",".join(backend.get_index_for_model(model).name for model in (Page, Organisation))
    backend.es.delete_by_query(
        index=names, body={"query": {"match_all": {}}}, refresh=True, conflicts="proceed"
    )


@pytest.fixture
def news_indexes(homes):
    """A news section in each language."""
    polish = NewsIndexPageFactory(parent=homes["pl"])
    return {
        "pl": polish,
        "uk": translate_page(polish, "uk", title="Новини"),
        "en": translate_page(polish, "en", title="News"),
    }


@pytest.fixture
def member(django_user_model):
    user = django_user_model.objects.create_user(username="member")
    user.groups.add(Group.objects.get(name=MEMBERS_GROUP))
    return user


@pytest.fixture
def found(refresh_search):
    """The (kind, pk) of what a search finds, best first."""

    def search(query, language="pl", user=None, **params):
        refresh_search()
        outcome = search_site(
            SearchParams(query=query, language=language, **params), user or AnonymousUser()
        )
        return [(hit.kind, hit.pk) for hit in outcome.hits]

    return search


@pytest.fixture
def counted(refresh_search):
    """How many matches the engine counts for ``user``, and its type facet: what it found
    before the database checks the page of results shown."""

    def count(query, user=None, **params):
        refresh_search()
        outcome = search_site(SearchParams(query=query, **params), user or AnonymousUser())
        return outcome.page.paginator.count, {
            option.value: option.count for option in outcome.facets["type"]
        }

    return count
