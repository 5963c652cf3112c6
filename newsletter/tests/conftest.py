"""Fixtures of the newsletter's tests: Editors and other admin users, themes, subscribers."""

import datetime
import types

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.users.models import UserProfile

from cms.models import Theme
from directory.factories import SupportListingFactory
from event_calendar.factories import EventIndexPageFactory, EventPageFactory
from home.factories import NewsIndexPageFactory, NewsPageFactory, translate_page
from library.factories import LibraryIndexPageFactory, LibraryItemPageFactory


@pytest.fixture
def user_in(django_user_model):
    """A user of the group, whose admin speaks English."""

    def make(group_name, email="someone@example.org"):
        user = django_user_model.objects.create_user(
            username=group_name.lower().replace(" ", "-"),
            password="pass-1234-secure",
            email=email,
        )
        user.groups.add(Group.objects.get(name=group_name))
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
        return user

    return make


@pytest.fixture
def editor(user_in):
    return user_in("Editors", email="redakcja@example.org")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def theme():
    """A source-language (Polish) theme by slug."""

    def get(slug):
        return Theme.objects.get(locale__language_code="pl", slug=slug)

    return get


@pytest.fixture
def site_content(homes):
    """What a digest is made of, in Polish and Ukrainian: a news item (both languages), an
    event next week about housing (both), one the week after about health (Polish only), a
    library item (Polish only) and an open need about legal aid."""
    news_index = NewsIndexPageFactory(parent=homes["pl"])
    translate_page(news_index, "uk", title="Новини")
    news = NewsPageFactory(parent=news_index, title="Nowe przepisy", lead="Co się zmienia.")
    news.save_revision().publish()
    news_uk = translate_page(news, "uk", title="Нові правила", lead="Що змінюється.")

    events_index = EventIndexPageFactory(parent=homes["pl"])
    translate_page(events_index, "uk", title="Події")
    now = timezone.now()
    housing = EventPageFactory(
        parent=events_index,
        title="Spotkanie o mieszkaniach",
        start=now + datetime.timedelta(days=7),
        end=now + datetime.timedelta(days=7, hours=2),
    )
    housing.themes.set([Theme.objects.get(locale__language_code="pl", slug="housing")])
    housing.save_revision().publish()
    housing_uk = translate_page(housing, "uk", title="Зустріч про житло")
    health = EventPageFactory(
        parent=events_index,
        title="Spotkanie o zdrowiu",
        start=now + datetime.timedelta(days=14),
        end=now + datetime.timedelta(days=14, hours=2),
    )
    health.themes.set([Theme.objects.get(locale__language_code="pl", slug="health")])
    health.save_revision().publish()

    library_index = LibraryIndexPageFactory(parent=homes["pl"])
    item = LibraryItemPageFactory(parent=library_index, title="Poradnik prawny")
    item.save_revision().publish()

    listing = SupportListingFactory(title="Potrzebujemy prawników", themes=["legal-aid"])
    return types.SimpleNamespace(
        news=news,
        news_uk=news_uk,
        housing=housing,
        housing_uk=housing_uk,
        health=health,
        library_item=item,
        listing=listing,
    )
