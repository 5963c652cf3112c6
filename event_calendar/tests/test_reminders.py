"""Reminders a day before: to confirmed registrants only, each exactly once."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from event_calendar import registrations
from event_calendar.factories import EventPageFactory
from event_calendar.models import EventRegistration
from event_calendar.tasks import send_event_reminders, send_reminders
from event_calendar.tests.registration_fixtures import form_data, in_days

pytestmark = pytest.mark.django_db


@pytest.fixture
def tomorrow_event(events_index):
    """Starts in 20 hours; one place."""
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(hours=20)
    return EventPageFactory(
        parent=events_index,
        slug="jutro",
        start=start,
        end=start + datetime.timedelta(hours=2),
        registration="open",
        capacity=1,
    )


def test_confirmed_registrants_are_reminded_once_even_when_run_twice(tomorrow_event):
    day = tomorrow_event.local_start.date()
    confirmed = registrations.register(tomorrow_event, day, form_data("a@x.org"), "en")
    registrations.register(tomorrow_event, day, form_data("b@x.org"), "en")  # waitlisted
    mail.outbox.clear()
    assert send_reminders() == 1
    assert send_reminders() == 0
    call_command("send_event_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    send_event_reminders.enqueue()
    [message] = mail.outbox
    assert message.to == ["a@x.org"]
    assert message.subject.startswith("Reminder")
    confirmed.refresh_from_db()
    assert confirmed.reminder_sent_at is not None


def test_a_reminder_already_claimed_by_another_run_is_not_sent(tomorrow_event):
    day = tomorrow_event.local_start.date()
    registration = registrations.register(tomorrow_event, day, form_data("a@x.org"), "pl")
    mail.outbox.clear()
    # Another worker's conditional UPDATE got there first.
    EventRegistration.objects.filter(pk=registration.pk).update(reminder_sent_at=timezone.now())
    assert send_reminders() == 0
    assert mail.outbox == []


def test_occurrences_further_than_a_day_are_not_reminded_yet(events_index):
    start = in_days(3)
    event = EventPageFactory(
        parent=events_index,
        start=start,
        end=start + datetime.timedelta(hours=1),
        registration="open",
    )
    registrations.register(event, event.local_start.date(), form_data(), "pl")
    mail.outbox.clear()
    assert send_reminders() == 0
    assert send_reminders(now=start - datetime.timedelta(hours=23)) == 1


def test_cancelled_registrations_and_events_get_no_reminder(tomorrow_event):
    day = tomorrow_event.local_start.date()
    registrations.cancel(registrations.register(tomorrow_event, day, form_data(), "pl"))
    registrations.register(tomorrow_event, day, form_data("b@x.org"), "pl")
    tomorrow_event.is_cancelled = True
    tomorrow_event.save()
    mail.outbox.clear()
    assert send_reminders() == 0


def test_a_reminder_the_mail_server_refused_is_sent_by_the_next_run(tomorrow_event, settings):
    day = tomorrow_event.local_start.date()
    registration = registrations.register(tomorrow_event, day, form_data("a@x.org"), "en")
    mail.outbox.clear()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 1  # nothing listens there
    assert send_reminders() == 0
    registration.refresh_from_db()
    assert registration.reminder_sent_at is None  # not marked as reminded
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_reminders() == 1
    [message] = mail.outbox
    assert message.to == ["a@x.org"]
