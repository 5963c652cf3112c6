"""The waiting list: a cancellation gives the place to the first waiting, who is told."""

# The fixtures are imported from registration_fixtures, and test arguments name them.
# ruff: noqa: F811

import pytest
from django.core import mail

from event_calendar import registrations
from event_calendar.models import EventRegistration
from event_calendar.registrations import signed_token
from event_calendar.tests.registration_fixtures import (  # noqa: F401 (fixtures)
    form_data,
    open_event,
)

pytestmark = pytest.mark.django_db


def fill(event, *emails, language="pl"):
    day = event.local_start.date()
    return [registrations.register(event, day, form_data(e), language) for e in emails]


def test_beyond_capacity_registrants_wait_in_order(open_event):
    regs = fill(open_event, "a@x.org", "b@x.org", "c@x.org", "d@x.org")
    assert [r.status for r in regs] == ["confirmed", "confirmed", "waitlisted", "waitlisted"]


def test_the_waitlisted_get_a_waiting_list_email_without_ics(client, open_event):
    fill(open_event, "a@x.org", "b@x.org")
    client.post("/pl/events/warsztaty/register/", form_data("c@x.org"))
    [message] = mail.outbox
    assert EventRegistration.objects.get(email="c@x.org").status == "waitlisted"
    assert message.attachments == []
    assert "/pl/events/registrations/" in message.body


def test_cancelling_promotes_the_first_waiting_and_mails_them(client, open_event):
    first, _second, third, fourth = fill(
        open_event, "a@x.org", "b@x.org", "c@x.org", "d@x.org", language="en"
    )
    client.post(f"/en/events/registrations/{signed_token(first)}/")
    third.refresh_from_db()
    fourth.refresh_from_db()
    assert third.status == "confirmed"
    assert fourth.status == "waitlisted"
    [message] = mail.outbox
    assert message.to == ["c@x.org"]
    assert message.subject.startswith("A place is yours")
    assert message.attachments[0][0] == "event.ics"


def test_cancelling_from_the_waiting_list_promotes_nobody(open_event):
    _a, _b, third, fourth = fill(open_event, "a@x.org", "b@x.org", "c@x.org", "d@x.org")
    assert registrations.cancel(third) is None
    fourth.refresh_from_db()
    assert fourth.status == "waitlisted"


def test_cancelling_twice_changes_nothing_more(open_event):
    first, _b, third = fill(open_event, "a@x.org", "b@x.org", "c@x.org")
    assert registrations.cancel(first) == third
    assert registrations.cancel(first) is None
    assert EventRegistration.objects.filter(status="confirmed").count() == 2


def test_a_cancelled_email_may_register_again(open_event):
    [first] = fill(open_event, "a@x.org")
    registrations.cancel(first)
    [again] = fill(open_event, "a@x.org")
    assert again.status == "confirmed"
