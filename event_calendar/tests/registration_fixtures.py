"""Fixtures of the registration tests (imported by each test module, so that this work and
the calendar's own fixtures in conftest.py stay apart): events taking registration, a
member, an editor, and a helper that fills the form."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from event_calendar.factories import WARSAW, EventPageFactory
from event_calendar.models import EventException

SOON = timezone.now().astimezone(WARSAW).replace(hour=17, minute=0, second=0, microsecond=0)


def in_days(days, hour=17):
    """A Warsaw time ``days`` days from now, at ``hour``."""
    return (
        (timezone.now() + datetime.timedelta(days=days))
        .astimezone(WARSAW)
        .replace(hour=hour, minute=0, second=0, microsecond=0)
    )


def form_data(email="anna@example.org", **extra):
    return {
        "name": "Anna Kowalska",
        "email": email,
        "organisation_name": "Fundacja Przykład",
        "accessibility_needs": "",
        "consent": "on",
        **extra,
    }


@pytest.fixture
def open_event(events_index):
    """A single workshop in ten days, open to everyone, with two places."""
    start = in_days(10)
    return EventPageFactory(
        parent=events_index,
        slug="warsztaty",
        title="Warsztaty",
        start=start,
        end=start + datetime.timedelta(hours=2),
        registration="open",
        capacity=2,
        online_url="https://meet.example.org/warsztaty",
    )


@pytest.fixture
def weekly_event(events_index):
    """A weekly meeting from tomorrow, eight times, open, one place, its 2nd week cancelled."""
    start = in_days(1)
    event = EventPageFactory(
        parent=events_index,
        slug="spotkania",
        title="Spotkania",
        start=start,
        end=start + datetime.timedelta(hours=2),
        repeat="weekly",
        repeat_count=8,
        registration="open",
        capacity=1,
    )
    EventException.objects.create(
        page=event, original_date=(start + datetime.timedelta(days=7)).date(), is_cancelled=True
    )
    return event


@pytest.fixture
def members_event(events_index):
    start = in_days(5)
    return EventPageFactory(
        parent=events_index,
        slug="dla-czlonkow",
        title="Dla członków",
        start=start,
        end=start + datetime.timedelta(hours=2),
        registration="members",
    )


@pytest.fixture
def member(django_user_model, db):
    user = django_user_model.objects.create_user(
        username="olena",
        password="secret",
        email="olena@example.org",
        first_name="Olena",
        last_name="Shevchenko",
    )
    user.groups.add(Group.objects.get(name="Members"))
    return user


@pytest.fixture
def outsider(django_user_model, db):
    """Logged in, but not a member of the Forum."""
    return django_user_model.objects.create_user(username="gość", password="secret")


@pytest.fixture
def editor(django_user_model, db):
    user = django_user_model.objects.create_user(username="redakcja", password="secret")
    user.groups.add(Group.objects.get(name="Editors"))
    return user
