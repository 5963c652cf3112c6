"""The demo events of seed_demo: translated, one cancelled plenary, a nearly full training,
and idempotent."""

from collections import Counter

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from wagtail.models import Site

from event_calendar import demo_content
from event_calendar.models import EventIndexPage, EventPage, EventRegistration
from event_calendar.registrations import occurrence_states


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("seed_demo", verbosity=0)
        yield
        transaction.set_rollback(True)
    Site.clear_site_root_paths_cache()


def counts():
    return {
        "events": Counter(EventPage.objects.values_list("locale__language_code", flat=True)),
        "indexes": Counter(EventIndexPage.objects.values_list("locale__language_code", flat=True)),
        "registrations": EventRegistration.objects.count(),
        "exceptions": EventPage.objects.filter(exceptions__isnull=False).count(),
    }


def test_the_calendar_and_its_events_exist_in_three_languages(seeded, db):
    n = len(demo_content.EVENTS)
    assert counts()["events"] == {"pl": n, "uk": n, "en": n}
    assert counts()["indexes"] == {"pl": 1, "uk": 1, "en": 1}
    assert EventIndexPage.objects.get(locale__language_code="pl").slug == "events"


def test_the_plenary_repeats_monthly_with_one_cancelled_meeting(seeded, db):
    plenary = EventPage.objects.get(slug="posiedzenie-plenarne-forum", locale__language_code="pl")
    assert plenary.repeat == "monthly-nth"
    [exception] = plenary.exceptions.all()
    assert exception.is_cancelled
    english = EventPage.objects.get(
        translation_key=plenary.translation_key, locale__language_code="en"
    )
    assert english.title == "Forum plenary meeting"


def test_the_training_has_one_place_left(seeded, db):
    training = EventPage.objects.get(
        slug="szkolenie-legalizacja-pobytu", locale__language_code="pl"
    )
    occurrence = training.occurrence_on(training.local_start.date())
    [state] = occurrence_states(training, [occurrence])
    assert state["places_left"] == 1


def test_second_run_updates_in_place_without_duplicates(seeded, db):
    before = counts()
    call_command("seed_demo", verbosity=0)
    assert counts() == before
