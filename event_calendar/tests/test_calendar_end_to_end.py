"""The issue's «done when», in one story on PostgreSQL: an editor publishes a regular meeting
taking registration in the admin; a visitor finds it in the calendar feed, registers and gets
the confirmation with the .ics; the meeting fills up and the next registrant waits."""

import datetime

import icalendar
import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from event_calendar.models import EventPage, RegistrationStatus
from event_calendar.tests.registration_fixtures import form_data, in_days


def admin_datetime(value):
    return value.strftime("%Y-%m-%d %H:%M")


@pytest.mark.django_db
def test_an_editor_publishes_a_regular_meeting_and_visitors_subscribe_and_register(
    client, events_index, django_user_model
):
    editor = django_user_model.objects.create_user(username="redakcja", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    start = in_days(3)
    first_cancelled = (start + datetime.timedelta(days=14)).date()
    data = nested_form_data(
        {
            "title": "Spotkanie plenarne",
            "slug": "spotkanie-plenarne",
            "summary": "Co dwa tygodnie w Warszawie.",
            "body": rich_text("<p>Porządek obrad.</p>"),
            "event_type": "forum-meeting",
            "start": admin_datetime(start),
            "end": admin_datetime(start + datetime.timedelta(hours=2)),
            "event_format": "hybrid",
            "venue": "Sala Forum",
            "online_url": "https://meet.example.org/plenarne",
            "repeat": "weekly",
            "repeat_interval": "2",
            "repeat_count": "6",
            "registration": "open",
            "capacity": "1",
            "exceptions": inline_formset(
                [{"original_date": first_cancelled.isoformat(), "is_cancelled": "on", "note": ""}]
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(
        f"/admin/pages/add/event_calendar/eventpage/{events_index.pk}/", data, follow=True
    )
    assert response.status_code == 200
    # Wagtail-localize's synchronised tree adds aliases in the other languages.
    event = EventPage.objects.get(slug="spotkanie-plenarne", locale=events_index.locale)
    assert event.live and event.repeat_interval == 2
    client.logout()

    # A calendar app subscribes to the feed and gets the rule and the cancelled date.
    feed = icalendar.Calendar.from_ical(client.get("/pl/events/feed.ics").content)
    (vevent,) = [e for e in feed.walk("VEVENT") if str(e["SUMMARY"]) == "Spotkanie plenarne"]
    assert vevent["RRULE"]["INTERVAL"] == [2] and vevent["RRULE"]["COUNT"] == [6]
    assert [d.dt.date() for d in vevent["EXDATE"].dts] == [first_cancelled]
    page = client.get("/pl/events/spotkanie-plenarne/").content.decode()
    assert "webcal://" in page and "https://meet.example.org/plenarne" not in page

    # A visitor registers for the first date from the link on the event's page.
    register = f"/pl/events/spotkanie-plenarne/register/?date={start.date().isoformat()}"
    assert register.replace("&", "&amp;") in page or register in page
    client.post(register, form_data("anna@example.org"))
    (confirmation,) = mail.outbox
    assert confirmation.to == ["anna@example.org"]
    (attachment,) = confirmation.attachments
    assert attachment[2].startswith("text/calendar")
    (attached,) = icalendar.Calendar.from_ical(attachment[1]).walk("VEVENT")
    assert str(attached["SUMMARY"]) == "Spotkanie plenarne"

    # One place: the next registrant joins the waiting list.
    client.post(register, form_data("olena@example.org"))
    statuses = dict(event.registrations.values_list("email", "status"))
    assert statuses == {
        "anna@example.org": RegistrationStatus.CONFIRMED,
        "olena@example.org": RegistrationStatus.WAITLISTED,
    }
