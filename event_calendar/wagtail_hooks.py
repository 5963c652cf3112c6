"""The calendar in the admin (registrations, CSV) and on other apps' pages: the account,
working groups' pages and organisations' profiles."""

from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import widgets as wagtailadmin_widgets

from event_calendar import listing
from event_calendar.admin_views import can_see_registrations, registrations_view
from event_calendar.models import EventPage
from event_calendar.registrations import account_registrations

hooks.register("account_sections", account_registrations)


@hooks.register("register_admin_urls")
def register_registrations_url():
    return [
        path(
            "events/<int:page_id>/registrations/",
            registrations_view,
            name="event_calendar_registrations",
        )
    ]


@hooks.register("register_page_header_buttons")
def registrations_header_button(page, user, view_name, next_url=None):
    if page.specific_class is EventPage and can_see_registrations(user, page):
        yield wagtailadmin_widgets.Button(
            _("Registrations"),
            reverse("event_calendar_registrations", args=[page.pk]),
            icon_name="group",
            priority=60,
        )


SECTION_EVENTS_SHOWN = 5


def upcoming_section(request, events, heading, feed_url=None):
    """The next dates of ``events`` as a section of another app's page; None when none."""
    occurrences = listing.upcoming(events, SECTION_EVENTS_SHOWN)
    if not occurrences:
        return None
    return render_to_string(
        "event_calendar/includes/upcoming_section.html",
        {"occurrences": occurrences, "heading": heading, "feed_url": feed_url},
        request=request,
    )


@hooks.register("working_group_sections")
def working_group_meetings(request, page):
    # Events point at the group's page in one language; its translations are the same group.
    events = listing.published_events().filter(working_group__translation_key=page.translation_key)
    feed = reverse("events_working_group_feed", kwargs={"slug": page.slug})
    return upcoming_section(request, events, _("Coming meetings"), feed)


@hooks.register("organisation_profile_sections")
def organisation_events(request, organisation):
    events = listing.published_events().filter(organisers=organisation)
    return upcoming_section(request, events, _("Coming events"))
