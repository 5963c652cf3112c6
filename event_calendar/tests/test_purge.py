"""Personal data is deleted EVENT_REGISTRATION_RETENTION_DAYS after the occurrence ends."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from event_calendar.factories import EventPageFactory
from event_calendar.models import EventRegistration
from event_calendar.tasks import purge_event_registrations, purge_registrations

pytestmark = pytest.mark.django_db


def registration_for(event, email):
    return EventRegistration.objects.create(
        event=event,
        occurrence_date=event.local_start.date(),
        name="Anna",
        email=email,
        organisation_name="Fundacja",
        accessibility_needs="Tłumaczenie na PJM",
        language="pl",
        consent_given_at=timezone.now(),
        consent_version="test",
    )


def event_ended_days_ago(parent, days):
    end = timezone.now() - datetime.timedelta(days=days)
    return EventPageFactory(parent=parent, start=end - datetime.timedelta(hours=2), end=end)


def test_registrations_older_than_the_retention_are_deleted(events_index, settings):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 30
    old = registration_for(event_ended_days_ago(events_index, 31), "old@x.org")
    also_old = registration_for(event_ended_days_ago(events_index, 200), "older@x.org")
    recent = registration_for(event_ended_days_ago(events_index, 29), "recent@x.org")
    assert purge_registrations() == 2
    remaining = set(EventRegistration.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk}
    assert old.pk not in remaining
    assert also_old.pk not in remaining


def test_the_retention_comes_from_the_setting(events_index, settings):
    registration_for(event_ended_days_ago(events_index, 10), "a@x.org")
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 30
    assert purge_registrations() == 0
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 7
    call_command("purge_event_registrations", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not EventRegistration.objects.exists()


def test_the_task_purges_too(events_index, settings):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 30
    registration_for(event_ended_days_ago(events_index, 40), "a@x.org")
    purge_event_registrations.enqueue()
    assert not EventRegistration.objects.exists()
