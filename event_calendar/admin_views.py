"""Registrations in the Wagtail admin: organisers see who registered for each occurrence of
an event and download them as CSV. Whoever may edit the event's page may see them."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from cms.spreadsheets import csv_download
from event_calendar.models import EventPage, EventRegistration
from event_calendar.registrations import source_page


def can_see_registrations(user, page):
    return page.permissions_for_user(user).can_edit()


def registrations_view(request, page_id):
    """The registrations of the event (any of its translations), by occurrence;
    ``?date=YYYY-MM-DD`` narrows to one occurrence, ``?format=csv`` downloads them."""
    page = get_object_or_404(EventPage, pk=page_id)
    if not can_see_registrations(request.user, page):
        raise PermissionDenied
    event = source_page(page)
    rows = EventRegistration.objects.filter(event=event).order_by(
        "occurrence_date", "created_at", "pk"
    )
    dates = list(rows.values_list("occurrence_date", flat=True).distinct())
    chosen = request.GET.get("date", "")
    if chosen:
        known = chosen in {day.isoformat() for day in dates}
        rows = rows.filter(occurrence_date=chosen) if known else rows.none()
    if request.GET.get("format") == "csv":
        return csv_download(
            f"registrations-{event.slug}",
            [
                _("Date of the occurrence"),
                _("Status"),
                _("Name"),
                _("E-mail"),
                _("Organisation"),
                _("Accessibility needs"),
                _("Language"),
                _("Registered at"),
            ],
            [
                [
                    r.occurrence_date.isoformat(),
                    r.get_status_display(),
                    r.name,
                    r.email,
                    r.organisation_name,
                    r.accessibility_needs,
                    r.language,
                    r.created_at.isoformat(timespec="minutes"),
                ]
                for r in rows
            ],
        )
    return TemplateResponse(
        request,
        "event_calendar/admin/registrations.html",
        {"page": page, "event": event, "registrations": rows, "dates": dates, "chosen": chosen},
    )
