"""The calendar as visitors and calendar apps see it: the listing with its filters and
counts, the archive, the month view, the iCalendar feeds and an event's page."""

import datetime
import json
import re

import icalendar
import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from cms.models import Region, Theme
from directory.factories import (
    OrganisationFactory,
    WorkingGroupIndexPageFactory,
    WorkingGroupPageFactory,
)
from directory.models import Status
from event_calendar.factories import WARSAW, EventPageFactory
from event_calendar.models import EventException, EventIndexPage, EventRegistration
from event_calendar.tests.registration_fixtures import in_days


def term(model, slug):
    return model.objects.get(slug=slug, locale__language_code="pl")


@pytest.fixture
def calendar(events_index):
    """A weekly meeting (its second week cancelled), a training in Mazowieckie about
    housing, an online webinar, and a meeting that took place a month ago."""
    start = in_days(1)
    weekly = EventPageFactory(
        parent=events_index,
        slug="co-tydzien",
        title="Spotkanie tygodniowe",
        start=start,
        end=start + datetime.timedelta(hours=2),
        repeat="weekly",
        repeat_count=6,
    )
    EventException.objects.create(
        page=weekly, original_date=(start + datetime.timedelta(days=7)).date()
    )
    training = EventPageFactory(
        parent=events_index,
        slug="szkolenie",
        title="Szkolenie mieszkaniowe",
        event_type="training",
        start=in_days(3),
        end=in_days(3) + datetime.timedelta(hours=3),
        region=term(Region, "mazowieckie"),
    )
    training.themes.set([term(Theme, "housing")])
    training.save_revision().publish()
    webinar = EventPageFactory(
        parent=events_index,
        slug="webinarium",
        title="Webinarium o pracy",
        event_type="webinar",
        event_format="online",
        start=in_days(4),
        end=in_days(4) + datetime.timedelta(hours=1),
    )
    past = EventPageFactory(
        parent=events_index,
        slug="dawne",
        title="Dawne spotkanie",
        start=in_days(-30),
        end=in_days(-30) + datetime.timedelta(hours=2),
    )
    return {"weekly": weekly, "training": training, "webinar": webinar, "past": past}


@pytest.fixture
def events_index_uk(events_index):
    page = events_index.copy_for_translation(Locale.objects.get(language_code="uk"))
    page.save_revision().publish()
    return page


def option(facets, name, value):
    return next(o for o in facets[name] if o.value == value)


@pytest.mark.django_db
def test_listing_expands_regular_meetings_and_leaves_out_the_past(client, calendar):
    response = client.get("/pl/events/")
    assert response.status_code == 200
    titles = [o.event.title for o in response.context["occurrences_page"].object_list]
    # Six weekly dates (one cancelled and marked), the training and the webinar.
    assert titles.count("Spotkanie tygodniowe") == 6
    assert "Szkolenie mieszkaniowe" in titles and "Webinarium o pracy" in titles
    assert "Dawne spotkanie" not in titles
    html = response.content.decode()
    assert html.count("event-card--cancelled") == 1
    assert "CET" in html or "CEST" in html
    assert 'href="webcal://' in html


@pytest.mark.django_db
def test_archive_shows_past_events_newest_first(client, calendar):
    response = client.get("/pl/events/?past=1")
    assert response.status_code == 200
    titles = [o.event.title for o in response.context["occurrences_page"].object_list]
    assert titles == ["Dawne spotkanie"]


@pytest.mark.django_db
def test_filters_narrow_the_list_and_count_every_option(client, calendar):
    response = client.get("/pl/events/?type=training")
    shown = response.context["occurrences_page"].object_list
    assert [o.event.title for o in shown] == ["Szkolenie mieszkaniowe"]
    facets = response.context["facets"]
    # A facet counts its options with the other filters only.
    assert option(facets, "type", "training").count == 1
    assert option(facets, "type", "forum-meeting").count == 6
    assert option(facets, "type", "webinar").count == 1
    assert option(facets, "theme", "housing").count == 1
    assert option(facets, "region", "mazowieckie").count == 1
    assert option(facets, "format", "online").count == 0  # the training is in person

    assert len(client.get("/pl/events/?format=online").context["occurrences_page"].object_list) == 1
    by_theme = client.get("/pl/events/?theme=housing").context["occurrences_page"].object_list
    assert [o.event.title for o in by_theme] == ["Szkolenie mieszkaniowe"]
    by_region = client.get("/pl/events/?region=mazowieckie").context["occurrences_page"]
    assert [o.event.title for o in by_region.object_list] == ["Szkolenie mieszkaniowe"]


@pytest.mark.django_db
def test_an_unknown_filter_value_is_explained_in_the_readers_language(
    client, calendar, events_index_uk
):
    response = client.get("/uk/events/?type=party&theme=nothing")
    assert response.status_code == 200
    errors = response.context["filters"].errors
    assert set(errors) == {"type", "theme"}
    assert "party" in errors["type"] and "Немає" in errors["type"]
    # Nothing is filtered by a value that does not exist.
    assert len(response.context["occurrences_page"].object_list) == 8


@pytest.mark.django_db
def test_the_listing_shows_translations_and_falls_back_to_polish(client, calendar, events_index_uk):
    uk = Locale.objects.get(language_code="uk")
    training_uk = calendar["training"].copy_for_translation(uk)
    training_uk.title = "Житлове навчання"
    training_uk.save_revision().publish()
    titles = [
        o.event.title for o in client.get("/uk/events/").context["occurrences_page"].object_list
    ]
    assert "Житлове навчання" in titles and "Szkolenie mieszkaniowe" not in titles
    assert "Webinarium o pracy" in titles  # not translated: shown in Polish


@pytest.mark.django_db
def test_listing_and_month_view_ask_a_fixed_number_of_queries(client, events_index):
    def queries(path):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    def add(count):
        for _ in range(count):
            event = EventPageFactory(parent=events_index, start=in_days(2), end=in_days(2, 19))
            event.themes.set([term(Theme, "housing")])
            event.save()

    add(2)
    month = in_days(2).strftime("/pl/events/%Y/%m/")
    client.get("/pl/events/")  # the first request fills per-process caches (sites, locales)
    few = (queries("/pl/events/"), queries(month), queries("/pl/events/feed.ics"))
    add(10)
    assert (queries("/pl/events/"), queries(month), queries("/pl/events/feed.ics")) == few


@pytest.mark.django_db
def test_month_view_is_a_table_of_weeks_with_each_date(client, calendar):
    day = in_days(3)
    response = client.get(day.strftime("/pl/events/%Y/%m/"))
    assert response.status_code == 200
    weeks = response.context["weeks"]
    cells = {cell["date"]: cell for week in weeks for cell in week}
    assert all(len(week) == 7 for week in weeks)
    assert weeks[0][0]["date"].weekday() == 0  # Monday first
    assert [o.event.title for o in cells[day.date()]["occurrences"]] == ["Szkolenie mieszkaniowe"]
    html = response.content.decode()
    assert "<caption>" in html and '<th scope="col">' in html
    assert 'rel="prev"' in html and 'rel="next"' in html


@pytest.mark.django_db
def test_a_day_of_several_days_event_is_on_each_day(client, events_index):
    start = datetime.datetime(2027, 3, 30, 9, tzinfo=WARSAW)
    EventPageFactory(
        parent=events_index,
        title="Konferencja",
        start=start,
        end=start + datetime.timedelta(days=2),
    )
    cells = {
        cell["date"]: cell
        for week in client.get("/pl/events/2027/03/").context["weeks"]
        for cell in week
    }
    assert [o.event.title for o in cells[datetime.date(2027, 3, 31)]["occurrences"]] == [
        "Konferencja"
    ]
    april = client.get("/pl/events/2027/04/").context["weeks"]
    days = {cell["date"]: cell for week in april for cell in week}
    assert [o.event.title for o in days[datetime.date(2027, 4, 1)]["occurrences"]] == [
        "Konferencja"
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/pl/events/2026/13/", "/pl/events/0/05/", "/pl/events/2026/0/", "/pl/events/rok/05/"]
)
def test_month_view_refuses_months_that_do_not_exist(client, events_index, path):
    assert client.get(path).status_code == 404


def parse(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


@pytest.mark.django_db
def test_the_feed_holds_every_event_with_its_rule_and_exceptions(client, calendar):
    feed = parse(client.get("/pl/events/feed.ics"))
    events = {str(e["SUMMARY"]): e for e in feed.walk("VEVENT")}
    assert set(events) == {
        "Spotkanie tygodniowe",
        "Szkolenie mieszkaniowe",
        "Webinarium o pracy",
        "Dawne spotkanie",
    }
    weekly = events["Spotkanie tygodniowe"]
    assert weekly["RRULE"]["FREQ"] == ["WEEKLY"] and weekly["RRULE"]["COUNT"] == [6]
    assert weekly["EXDATE"]
    assert feed.walk("VTIMEZONE")[0]["TZID"] == "Europe/Warsaw"


@pytest.mark.django_db
def test_a_filtered_feed_and_a_bad_filter(client, calendar):
    feed = parse(client.get("/pl/events/feed.ics?type=webinar"))
    assert [str(e["SUMMARY"]) for e in feed.walk("VEVENT")] == ["Webinarium o pracy"]
    bad = client.get("/uk/events/feed.ics?format=circus")
    assert bad.status_code == 400
    assert "circus" in bad.content.decode()


@pytest.mark.django_db
def test_a_working_groups_feed(client, calendar, homes):
    index = WorkingGroupIndexPageFactory(parent=homes["pl"])
    group = WorkingGroupPageFactory(parent=index, title="Edukacja", slug="edukacja")
    calendar["webinar"].working_group = group
    calendar["webinar"].save_revision().publish()
    feed = parse(client.get("/pl/events/working-groups/edukacja/feed.ics"))
    assert [str(e["SUMMARY"]) for e in feed.walk("VEVENT")] == ["Webinarium o pracy"]
    assert client.get("/pl/events/working-groups/nie-ma/feed.ics").status_code == 404
    page = client.get("/pl/working-groups/edukacja/")
    assert "Webinarium o pracy" in page.content.decode()


@pytest.mark.django_db
def test_one_event_as_icalendar(client, calendar):
    response = client.get("/pl/events/szkolenie/event.ics")
    feed = parse(response)
    (event,) = feed.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Szkolenie mieszkaniowe"
    assert str(event["UID"]).startswith(str(calendar["training"].translation_key))
    assert client.get("/pl/events/nie-ma/event.ics").status_code == 404
    assert client.get("/uk/events/szkolenie/event.ics").status_code == 404


@pytest.mark.django_db
def test_unpublished_and_private_events_stay_out(client, calendar):
    calendar["webinar"].unpublish()
    assert client.get("/pl/events/webinarium/event.ics").status_code == 404
    feed = parse(client.get("/pl/events/feed.ics"))
    assert "Webinarium o pracy" not in [str(e["SUMMARY"]) for e in feed.walk("VEVENT")]
    titles = [
        o.event.title for o in client.get("/pl/events/").context["occurrences_page"].object_list
    ]
    assert "Webinarium o pracy" not in titles


@pytest.mark.django_db
def test_an_event_page_shows_time_zone_repeats_dates_and_calendar_links(client, calendar):
    response = client.get("/pl/events/co-tydzien/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "CET" in html or "CEST" in html
    assert "Co tydzień" in response.context["repeat_description"]
    dates = response.context["dates"]
    assert len(dates) == 6 and dates[1].is_cancelled
    assert "/pl/events/co-tydzien/event.ics" in html and "webcal://" in html


@pytest.fixture
def online_event(events_index):
    return EventPageFactory(
        parent=events_index,
        slug="online",
        start=in_days(6),
        end=in_days(6, 19),
        event_format="online",
        registration="open",
        online_url="https://meet.example.org/tajne",
    )


@pytest.mark.django_db
def test_the_online_link_is_for_members_and_registered_participants(
    client, online_event, django_user_model
):
    link = "https://meet.example.org/tajne"
    assert link not in client.get("/pl/events/online/").content.decode()
    visitor = django_user_model.objects.create_user(username="ktos", password="x")
    client.force_login(visitor)
    assert link not in client.get("/pl/events/online/").content.decode()
    EventRegistration.objects.create(
        event=online_event,
        occurrence_date=online_event.local_start.date(),
        name="Ktoś",
        email="ktos@example.org",
        user=visitor,
        language="pl",
        status="confirmed",
        consent_given_at=timezone.now(),
    )
    assert link in client.get("/pl/events/online/").content.decode()
    member = django_user_model.objects.create_user(username="czlonek", password="x")
    member.groups.add(Group.objects.get(name="Members"))
    client.force_login(member)
    html = client.get("/pl/events/online/").content.decode()
    assert link in html
    # Registration is offered on the page.
    assert "/pl/events/online/register/" in html


@pytest.mark.django_db
def test_an_event_page_lists_approved_organisers_only(client, calendar):
    approved = OrganisationFactory(name="Fundacja Jawna", status=Status.APPROVED)
    pending = OrganisationFactory(name="Fundacja Czekająca", status=Status.PENDING)
    calendar["training"].organisers.set([approved, pending])
    calendar["training"].save_revision().publish()
    html = client.get("/pl/events/szkolenie/").content.decode()
    assert "Fundacja Jawna" in html and "Fundacja Czekająca" not in html


@pytest.mark.django_db
def test_the_home_page_lists_the_next_events(client, calendar):
    html = client.get("/pl/").content.decode()
    assert "Spotkanie tygodniowe" in html and "Szkolenie mieszkaniowe" in html
    assert "Dawne spotkanie" not in html


@pytest.mark.django_db
def test_an_organisations_profile_lists_its_coming_events(client, calendar):
    organisation = OrganisationFactory(name="Fundacja Jawna", status=Status.APPROVED)
    calendar["webinar"].organisers.set([organisation])
    calendar["webinar"].save_revision().publish()
    html = client.get(organisation.get_absolute_url()).content.decode()
    assert "Webinarium o pracy" in html


def test_no_calendar_page_in_a_language_means_404(client, homes):
    assert not EventIndexPage.objects.exists()
    assert client.get("/pl/events/2026/12/").status_code == 404


@pytest.mark.django_db
def test_the_api_lists_occurrences_in_a_window(client, calendar):
    first = in_days(0).date()
    data = client.get(f"/api/events/?from={first}&to={first + datetime.timedelta(days=3)}").json()
    titles = [row["title"] for row in data["results"]]
    # Days 1 (the weekly meeting) and 3 (the training); day 8 is outside the window.
    assert titles == ["Spotkanie tygodniowe", "Szkolenie mieszkaniowe"]
    training = data["results"][1]
    assert training["type"] == "training" and training["time_zone"] == "Europe/Warsaw"
    assert training["region"]["slug"] == "mazowieckie"
    assert "online_url" not in training
    whole = client.get("/api/events/?lang=en").json()
    assert whole["count"] == 7  # six weekly dates and the training and webinar, minus day 36
    assert [row["cancelled"] for row in whole["results"]].count(True) == 1
    typed = client.get("/api/events/?type=webinar").json()
    assert [row["title"] for row in typed["results"]] == ["Webinarium o pracy"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        ("from=2026-13-01", "YYYY-MM-DD"),
        ("from=yesterday", "yesterday"),
        ("from=2027-02-01&to=2027-01-01", "to”"),
        ("from=2026-01-01&to=2028-01-01", "366"),
        ("theme=nothing", "nothing"),
        ("page=0", "page"),
        ("lang=xx", "xx"),
    ],
)
def test_the_api_refuses_bad_parameters_with_a_message(client, calendar, query, fragment):
    response = client.get(f"/api/events/?{query}")
    assert response.status_code == 400
    assert fragment in response.json()["error"]


@pytest.mark.django_db
def test_the_api_answers_in_the_language_asked(client, calendar):
    response = client.get("/api/events/?lang=uk&from=nonsense")
    assert response.status_code == 400
    assert "YYYY-MM-DD" in response.json()["error"] and "дат" in response.json()["error"]


@pytest.mark.django_db
def test_an_event_page_describes_itself_for_search_engines(client, calendar):
    html = client.get("/pl/events/szkolenie/").content.decode()
    (found,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(found)
    assert data["@type"] == "Event" and data["name"] == "Szkolenie mieszkaniowe"
    assert data["startDate"] == calendar["training"].start.astimezone(WARSAW).isoformat()
    assert data["eventStatus"] == "https://schema.org/EventScheduled"


@pytest.mark.django_db
def test_a_title_cannot_break_out_of_the_structured_data(client, calendar):
    calendar["training"].title = "</script><script>alert(1)</script>"
    calendar["training"].save_revision().publish()
    html = client.get("/pl/events/szkolenie/").content.decode()
    assert "<script>alert(1)" not in html


@pytest.mark.django_db
def test_the_language_switcher_keeps_the_month(client, calendar, events_index_uk):
    html = client.get("/pl/events/2027/01/").content.decode()
    assert 'href="/uk/events/2027/01/"' in html
