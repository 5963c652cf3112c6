"""Organisers see and export registrations in the admin; members see their own on their
account page. Permissions from both sides."""

# The fixtures are imported from registration_fixtures, and test arguments name them.
# ruff: noqa: F811

import pytest
from django.utils import timezone

from event_calendar import registrations
from event_calendar.models import EventRegistration
from event_calendar.tests.registration_fixtures import (  # noqa: F401 (fixtures)
    editor,
    form_data,
    member,
    open_event,
    outsider,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def registered(open_event, member):
    day = open_event.local_start.date()
    data = form_data("olena@example.org", accessibility_needs="Tłumacz PJM", name="Олена")
    registrations.register(open_event, day, data, "uk", member)
    registrations.register(open_event, day, form_data("jan@example.org", name="Jan"), "pl")
    return open_event


def url(event, suffix=""):
    return f"/admin/events/{event.pk}/registrations/{suffix}"


def test_an_editor_sees_the_registrations_of_an_event(client, registered, editor):
    client.force_login(editor)
    response = client.get(url(registered))
    assert response.status_code == 200
    assert "Олена" in response.content.decode()
    assert "jan@example.org" in response.content.decode()


def test_an_editor_downloads_them_as_csv(client, registered, editor):
    client.force_login(editor)
    date = registered.local_start.date().isoformat()
    response = client.get(url(registered, f"?format=csv&date={date}"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert f"registrations-{registered.slug}-" in response["Content-Disposition"]
    lines = response.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 3  # header and two registrations
    assert "Олена,olena@example.org" in lines[1]
    assert "Tłumacz PJM" in lines[1]


def test_an_unknown_date_lists_nobody(client, registered, editor):
    client.force_login(editor)
    response = client.get(url(registered, "?format=csv&date=1999-01-01"))
    assert len(response.content.decode("utf-8-sig").splitlines()) == 1


def test_a_member_cannot_see_the_registrations(client, registered, member):
    client.force_login(member)
    response = client.get(url(registered, "?format=csv"))
    assert response.status_code in (302, 403)
    assert b"jan@example.org" not in response.content


def test_an_anonymous_visitor_is_sent_to_log_in(client, registered):
    response = client.get(url(registered, "?format=csv"))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_event_page_in_the_admin_links_to_its_registrations(client, registered, editor):
    client.force_login(editor)
    response = client.get(f"/admin/pages/{registered.pk}/edit/")
    assert url(registered) in response.content.decode()


def test_a_member_sees_their_coming_registrations_on_their_account(client, registered, member):
    client.force_login(member)
    page = client.get("/en/account/").content.decode()
    assert "My registrations" in page
    assert registered.title in page
    assert "/en/events/registrations/" in page


def test_the_account_section_hides_other_peoples_and_past_registrations(
    client,
    registered,
    outsider,
):
    EventRegistration.objects.filter(email="jan@example.org").update(user=outsider)
    EventRegistration.objects.filter(email="jan@example.org").update(
        occurrence_date=timezone.localdate().replace(year=2020)
    )
    client.force_login(outsider)
    page = client.get("/en/account/").content.decode()
    assert registered.title not in page
