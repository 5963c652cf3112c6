"""Places per occurrence: shared by every language, full means the waiting list, and two
registrations for the last place at once give it to exactly one."""

# The fixtures are imported from registration_fixtures, and test arguments name them.
# ruff: noqa: F811

import threading

import pytest
from django.db import connection

from event_calendar import registrations
from event_calendar.factories import EventPageFactory
from event_calendar.models import EventRegistration
from event_calendar.tests.registration_fixtures import (  # noqa: F401 (fixtures)
    form_data,
    in_days,
    open_event,
)
from home.factories import translate_page


@pytest.mark.django_db
def test_places_are_shared_by_every_language(client, events_index, open_event):
    translate_page(events_index, "uk", title="Події")
    translate_page(open_event, "uk", title="Семінар", slug="seminar")
    client.post("/pl/events/warsztaty/register/", form_data("a@example.org"))
    client.post("/uk/events/seminar/register/", form_data("b@example.org"))
    client.post("/uk/events/seminar/register/", form_data("c@example.org"))
    statuses = dict(EventRegistration.objects.values_list("email", "status"))
    assert statuses == {
        "a@example.org": "confirmed",
        "b@example.org": "confirmed",
        "c@example.org": "waitlisted",
    }


@pytest.mark.django_db
def test_a_full_occurrence_says_so_before_the_form_is_sent(client, events_index, open_event):
    translate_page(events_index, "en", title="Events")
    translate_page(open_event, "en", title="Workshop", slug="workshop")
    for email in ("a@example.org", "b@example.org"):
        client.post("/en/events/workshop/register/", form_data(email))
    page = client.get("/en/events/workshop/register/").content.decode()
    assert "All places are taken." in page
    assert "Join the waiting list" in page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_registrations_for_the_last_place_at_once_give_it_to_exactly_one(events_index):
    start = in_days(10)
    event = EventPageFactory(
        parent=events_index,
        slug="ostatnie-miejsce",
        start=start,
        end=start.replace(hour=19),
        registration="open",
        capacity=1,
    )
    day = event.local_start.date()
    barrier = threading.Barrier(2)
    results, errors = [], []

    def register(email):
        try:
            barrier.wait(timeout=10)
            results.append(registrations.register(event, day, form_data(email), "pl").status)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()  # each thread has its own connection

    threads = [threading.Thread(target=register, args=(f"{name}@example.org",)) for name in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert sorted(results) == ["confirmed", "waitlisted"]
    assert EventRegistration.objects.filter(status="confirmed").count() == 1
