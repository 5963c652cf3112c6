"""Registering for an occurrence: who may, what is stored, the e-mail with its calendar
attachment and the signed link, and the refusals that store nothing."""

# The fixtures are imported from registration_fixtures, and test arguments name them.
# ruff: noqa: F811

import datetime
import re

import icalendar
import pytest
from django.core import mail
from django.template.loader import render_to_string
from django.test import RequestFactory

from event_calendar import registrations
from event_calendar.factories import EventPageFactory
from event_calendar.models import EventRegistration
from event_calendar.registrations import registration_context, signed_token
from event_calendar.tests.registration_fixtures import (  # noqa: F401 (fixtures)
    editor,
    form_data,
    in_days,
    member,
    members_event,
    open_event,
    outsider,
    weekly_event,
)
from home.factories import translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(events_index, open_event):
    translate_page(events_index, "en", title="Events")
    return translate_page(open_event, "en", title="Workshop", slug="workshop")


def register_url(slug, language="en", date=None):
    url = f"/{language}/events/{slug}/register/"
    return f"{url}?date={date.isoformat()}" if date else url


def manage_link(message):
    return re.search(r"https?://\S+/events/registrations/\S+/", message.body).group(0)


def test_the_form_shows_the_places_left(client, english):
    response = client.get(register_url("workshop"))
    assert response.status_code == 200
    assert "2 places left." in response.content.decode()


def test_registering_in_english_stores_it_on_the_polish_page_and_mails_the_ics(
    client,
    english,
    open_event,
):
    response = client.post(register_url("workshop"), form_data())
    registration = EventRegistration.objects.get()
    assert registration.event_id == open_event.pk  # the source page, not the English one
    assert registration.status == "confirmed"
    assert registration.language == "en"
    assert registration.consent_version
    assert registration.consent_given_at is not None
    assert response.status_code == 302
    assert response["Location"] == f"/en/events/registrations/{signed_token(registration)}/"
    [message] = mail.outbox
    assert message.to == ["anna@example.org"]
    assert message.subject == "Registration confirmed: Workshop"
    assert "/en/events/registrations/" in message.body
    [(filename, content, mimetype)] = message.attachments
    assert (filename, mimetype) == ("event.ics", "text/calendar")
    [vevent] = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Workshop"
    assert vevent.decoded("DTSTART") == open_event.start


def test_a_registration_in_ukrainian_gets_its_mail_in_ukrainian(client, events_index, open_event):
    translate_page(events_index, "uk", title="Події")
    translate_page(open_event, "uk", title="Семінар", slug="seminar")
    client.post(register_url("seminar", "uk"), form_data())
    assert EventRegistration.objects.get().language == "uk"
    assert "Семінар" in mail.outbox[0].subject
    assert "/uk/events/registrations/" in mail.outbox[0].body


def test_the_confirmation_has_the_forums_frame_and_an_html_part_in_the_registrants_language(
    client, events_index, open_event, postal_address
):
    translate_page(events_index, "uk", title="Події")
    translate_page(open_event, "uk", title="Семінар & зустріч", slug="seminar")
    client.post(register_url("seminar", "uk"), form_data())
    [message] = mail.outbox
    words, footer = message.body.split("\n--\n")
    assert "Ваше місце на заході «Семінар & зустріч» підтверджено." in words  # not escaped
    assert postal_address in footer
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="uk">' in html
    assert "Вітаємо" in html
    assert "Семінар &amp; зустріч" in html
    assert "ul. Przykładowa 1<br>00-001 Warszawa" in html
    [(filename, _content, mimetype)] = message.attachments
    assert (filename, mimetype) == ("event.ics", "text/calendar")


def test_one_occurrence_of_a_regular_meeting_comes_with_its_recurrence_id(
    client,
    weekly_event,
):
    third = weekly_event.local_start.date() + datetime.timedelta(days=14)
    response = client.post(register_url("spotkania", "pl", third), form_data())
    assert response.status_code == 302
    assert EventRegistration.objects.get().occurrence_date == third
    [vevent] = icalendar.Calendar.from_ical(mail.outbox[0].attachments[0][1]).walk("VEVENT")
    assert vevent.decoded("RECURRENCE-ID").date() == third
    assert vevent.decoded("DTSTART") == weekly_event.start + datetime.timedelta(days=14)
    assert "RRULE" not in vevent


def test_an_event_without_registration_has_no_form(client, events_index):
    EventPageFactory(parent=events_index, slug="bez", start=in_days(3), end=in_days(3, 19))
    assert client.get(register_url("bez", "pl")).status_code == 404


@pytest.mark.parametrize("date", ["2026-13-01", "nonsense", "1999-01-01"])
def test_a_date_that_names_no_occurrence_is_not_found(client, weekly_event, date):
    assert client.get(f"/pl/events/spotkania/register/?date={date}").status_code == 404


def test_a_regular_meeting_needs_the_date(client, weekly_event):
    assert client.get(register_url("spotkania", "pl")).status_code == 404


def test_members_only_sends_anonymous_visitors_to_log_in(client, members_event):
    response = client.get(register_url("dla-czlonkow", "pl"))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_members_only_refuses_accounts_that_are_not_members(
    client,
    members_event,
    outsider,
):
    client.force_login(outsider)
    assert client.get(register_url("dla-czlonkow", "pl")).status_code == 403
    assert client.post(register_url("dla-czlonkow", "pl"), form_data()).status_code == 403
    assert not EventRegistration.objects.exists()


def test_a_member_finds_their_details_filled_in_and_registers(
    client,
    members_event,
    member,
):
    client.force_login(member)
    page = client.get(register_url("dla-czlonkow", "pl")).content.decode()
    assert 'value="Olena Shevchenko"' in page
    assert 'value="olena@example.org"' in page
    client.post(register_url("dla-czlonkow", "pl"), form_data(email="olena@example.org"))
    assert EventRegistration.objects.get().user == member


def test_registration_after_the_deadline_is_refused(client, english, open_event):
    open_event.registration_deadline = in_days(-1)
    open_event.save_revision().publish()
    page = client.get(register_url("workshop")).content.decode()
    assert "Registration for this meeting has closed." in page
    response = client.post(register_url("workshop"), form_data())
    assert response.status_code == 400
    assert "Registration for this meeting has closed." in response.content.decode()
    assert not EventRegistration.objects.exists()
    assert not mail.outbox


def test_a_cancelled_occurrence_takes_no_registration(client, weekly_event):
    second = weekly_event.local_start.date() + datetime.timedelta(days=7)
    response = client.post(register_url("spotkania", "pl", second), form_data())
    assert response.status_code == 400
    assert not EventRegistration.objects.exists()


def test_the_same_email_cannot_register_twice_for_one_occurrence(client, english):
    client.post(register_url("workshop"), form_data())
    response = client.post(register_url("workshop"), form_data(email="ANNA@example.org"))
    assert response.status_code == 400
    assert "This e-mail address is already registered for this meeting." in (
        response.content.decode()
    )
    assert EventRegistration.objects.count() == 1


def test_without_consent_nothing_is_stored(client, english):
    data = form_data()
    del data["consent"]
    response = client.post(register_url("workshop"), data)
    assert response.status_code == 400
    assert "We need your consent to register you." in response.content.decode()
    assert not EventRegistration.objects.exists()


def test_a_failed_email_keeps_the_registration_and_says_so(client, english, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    response = client.post(register_url("workshop"), form_data(), follow=True)
    assert EventRegistration.objects.get().status == "confirmed"
    assert "we could not send the e-mail" in response.content.decode()


def test_the_signed_link_shows_the_online_link_to_a_confirmed_participant(client, english):
    client.post(register_url("workshop"), form_data())
    response = client.get(manage_link(mail.outbox[0]))
    assert response.status_code == 200
    assert "https://meet.example.org/warsztaty" in response.content.decode()


@pytest.mark.parametrize("token", ["forged", "abc:def:ghi"])
def test_a_forged_or_tampered_link_is_not_found(client, english, token):
    client.post(register_url("workshop"), form_data())
    assert client.get(f"/en/events/registrations/{token}/").status_code == 404
    tampered = manage_link(mail.outbox[0]).rstrip("/")[:-2] + "xx/"
    assert client.get(tampered).status_code == 404
    assert client.post(tampered).status_code == 404
    assert EventRegistration.objects.get().status == "confirmed"


def test_posting_to_the_signed_link_cancels(client, english):
    client.post(register_url("workshop"), form_data())
    link = manage_link(mail.outbox[0])
    response = client.post(link, follow=True)
    assert "Your registration is cancelled." in response.content.decode()
    assert EventRegistration.objects.get().status == "cancelled"
    assert "https://meet.example.org" not in response.content.decode()


def test_the_event_page_section_lists_dates_places_and_links(weekly_event):
    request = RequestFactory().get("/pl/events/spotkania/")
    context = registration_context(request, weekly_event)
    items = context["registration"]["occurrences"]
    # The second week is cancelled: not offered.
    assert [item["occurrence"].original_date for item in items] == [
        weekly_event.local_start.date() + datetime.timedelta(days=days) for days in (0, 14, 21, 28)
    ]
    assert items[0]["state"] == "open"
    assert items[0]["places_left"] == 1
    html = render_to_string("event_calendar/includes/registration.html", context)
    assert f'href="{items[1]["url"]}"' in html


def test_the_event_page_section_is_empty_without_registration(events_index):
    event = EventPageFactory(parent=events_index)
    context = registration_context(RequestFactory().get("/"), event)
    assert context == {"registration": None}
    assert render_to_string("event_calendar/includes/registration.html", context).strip() == ""


def test_the_section_counts_in_constant_queries(
    weekly_event,
    django_assert_max_num_queries,
):
    request = RequestFactory().get("/")
    with django_assert_max_num_queries(3):
        registration_context(request, weekly_event)


def test_a_past_occurrence_is_closed_even_before_the_deadline(events_index):
    start = in_days(-7)
    event = EventPageFactory(
        parent=events_index,
        start=start,
        end=start + datetime.timedelta(hours=1),
        repeat="weekly",
        repeat_count=5,
        registration="open",
        registration_deadline=in_days(30),
    )
    with pytest.raises(registrations.RegistrationRefused):
        registrations.register(event, start.date(), form_data(), "pl")
    assert not EventRegistration.objects.exists()
