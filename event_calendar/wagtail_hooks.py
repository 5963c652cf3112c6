# --- Registration (evreg): admin registrations and CSV, the account section ---------------

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import widgets as wagtailadmin_widgets

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
