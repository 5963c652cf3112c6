"""Registration for an occurrence of an event: places, the waiting list, cancellation.

Places are counted per occurrence on the event's page in the source language, so the Polish,
Ukrainian and English pages share them. Every change that counts places (registering,
cancelling and promoting from the waiting list) runs in one transaction that first locks the
source page's row (``select_for_update``): two visitors asking for the last place are served
one after the other, and exactly one of them gets it.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from event_calendar.models import EventPage, EventRegistration, RegistrationStatus
from event_calendar.models.pages import Registration
from event_calendar.recurrence import local_zone

CONSENT_VERSION = "2026-11"
TOKEN_SALT = "event_calendar.registration"  # noqa: S105 (a salt, not a secret)
UPCOMING_SHOWN = 4  # occurrences offered on the event page
LOOKAHEAD_DAYS = 366


class RegistrationRefused(Exception):
    """Why a registration cannot be taken; ``message`` is shown to the visitor."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def signed_token(registration):
    """What the registrant's link carries: their registration's token, signed."""
    return signing.dumps(str(registration.token), salt=TOKEN_SALT)


def token_from(signed):
    """The registration token in a signed link; raises ``signing.BadSignature`` if forged."""
    return signing.loads(signed, salt=TOKEN_SALT)


def source_page(page):
    """The event's page in the source language (the page itself when it has none)."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    source = (
        EventPage.objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .select_related("locale")
        .first()
    )
    return source or page


def translation_of(event, language):
    """The event's page in ``language`` when it has one, else ``event``."""
    if event.locale.language_code == language:
        return event
    translated = (
        EventPage.objects.filter(
            translation_key=event.translation_key, locale__language_code=language
        )
        .select_related("locale")
        .first()
    )
    return translated or event


def closes_at(event, occurrence):
    return event.registration_closes_at(occurrence)


def refusal(event, occurrence, now=None):
    """Why no one can register for ``occurrence`` now, or None when registration is open."""
    now = now or timezone.now()
    if event.is_cancelled or occurrence.is_cancelled:
        return _("This meeting is cancelled.")
    # A deadline names no occurrence: a regular meeting's past ones close at their start.
    if now >= min(closes_at(event, occurrence), occurrence.start):
        return _("Registration for this meeting has closed.")
    return None


def confirmed_count(event, occurrence_date):
    return EventRegistration.objects.filter(
        event=event, occurrence_date=occurrence_date, status=RegistrationStatus.CONFIRMED
    ).count()


def register(page, occurrence_date, data, language, user=None):
    """Register ``data`` (the form's cleaned data) for the occurrence of ``page`` due on
    ``occurrence_date``: confirmed while places last, then on the waiting list.

    Raises ``RegistrationRefused`` (nothing stored) when the occurrence is cancelled, closed
    or the e-mail is already registered for it.
    """
    source = source_page(page)
    with transaction.atomic():
        # The lock that serialises everyone counting this event's places.
        event = EventPage.objects.select_for_update().get(pk=source.pk)
        occurrence = event.occurrence_on(occurrence_date)
        if occurrence is None:
            raise RegistrationRefused(_("This meeting does not take place on that day."))
        reason = refusal(event, occurrence)
        if reason:
            raise RegistrationRefused(reason)
        email = data["email"].strip().lower()
        if (
            EventRegistration.objects.filter(event=event, occurrence_date=occurrence_date)
            .exclude(status=RegistrationStatus.CANCELLED)
            .filter(email__iexact=email)
            .exists()
        ):
            raise RegistrationRefused(
                _("This e-mail address is already registered for this meeting.")
            )
        full = event.capacity is not None and confirmed_count(event, occurrence_date) >= (
            event.capacity
        )
        return EventRegistration.objects.create(
            event=event,
            occurrence_date=occurrence_date,
            name=data["name"],
            email=email,
            organisation_name=data.get("organisation_name", ""),
            accessibility_needs=data.get("accessibility_needs", ""),
            language=language,
            user=user if user is not None and user.is_authenticated else None,
            status=RegistrationStatus.WAITLISTED if full else RegistrationStatus.CONFIRMED,
            consent_given_at=timezone.now(),
            consent_version=CONSENT_VERSION,
        )


def cancel(registration):
    """Cancel ``registration``; returns the waitlisted registration promoted to its place
    (or None). Both happen in one transaction under the event's lock."""
    with transaction.atomic():
        event = EventPage.objects.select_for_update().get(pk=registration.event_id)
        registration = EventRegistration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == RegistrationStatus.CANCELLED:
            return None
        was_confirmed = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        if not was_confirmed:
            return None
        if event.capacity is not None and (
            confirmed_count(event, registration.occurrence_date) >= event.capacity
        ):
            return None  # the organisers lowered the capacity meanwhile
        promoted = (
            EventRegistration.objects.filter(
                event=event,
                occurrence_date=registration.occurrence_date,
                status=RegistrationStatus.WAITLISTED,
            )
            .order_by("created_at", "pk")
            .first()
        )
        if promoted is not None:
            promoted.status = RegistrationStatus.CONFIRMED
            promoted.save(update_fields=["status"])
        return promoted


def occurrence_states(event, occurrences, now=None):
    """For each occurrence: a dict with its registration state ("open", "waitlist",
    "closed"), places left (None: no limit) and the date; one query for all counts."""
    counts = dict(
        EventRegistration.objects.filter(
            event=event,
            occurrence_date__in=[o.original_date for o in occurrences],
        )
        .values_list("occurrence_date")
        .annotate(n=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)))
    )
    states = []
    for occurrence in occurrences:
        taken = counts.get(occurrence.original_date, 0)
        left = None if event.capacity is None else max(event.capacity - taken, 0)
        if refusal(event, occurrence, now):
            state = "closed"
        elif left == 0:
            state = "waitlist"
        else:
            state = "open"
        states.append(
            {"occurrence": occurrence, "state": state, "places_left": left, "taken": taken}
        )
    return states


def register_url(page, occurrence):
    return f"{reverse('event_register', kwargs={'slug': page.slug})}?date={occurrence.key}"


def registration_context(request, page):
    """What the event page shows of registration: the next occurrences one may register
    for, each with its state, places left and link; ``{"registration": None}`` when the
    event takes no registration."""
    if page.registration == Registration.NONE:
        return {"registration": None}
    source = source_page(page)
    now = timezone.now()
    occurrences = [
        o
        for o in source.occurrences(now, now + datetime.timedelta(days=LOOKAHEAD_DAYS))
        if not o.is_cancelled
    ][:UPCOMING_SHOWN]
    states = occurrence_states(source, occurrences, now)
    for state in states:
        state["url"] = register_url(page, state["occurrence"])
    return {
        "registration": {
            "members_only": page.registration == Registration.MEMBERS,
            "occurrences": states,
            "capacity": source.capacity,
        }
    }


def occurrence_label(occurrence):
    """«Tuesday 1 December 2026, 17:00» in Warsaw time, in the active language."""
    local = occurrence.start.astimezone(local_zone())
    return date_format(local, "l j E Y, H:i")


def account_registrations(request):
    """The member's registrations for coming occurrences on their account page (hook
    ``account_sections``): two queries, the registrations and their events' translations."""
    rows = list(
        EventRegistration.objects.filter(
            user=request.user, occurrence_date__gte=timezone.localdate()
        )
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("event")
        .order_by("occurrence_date", "pk")
    )
    language = translation.get_language()
    titles = dict(
        EventPage.objects.filter(
            translation_key__in=[r.event.translation_key for r in rows],
            locale__language_code=language,
        ).values_list("translation_key", "title")
    )
    for row in rows:
        row.event_title = titles.get(row.event.translation_key, row.event.title)
        row.manage_path = reverse("event_registration", kwargs={"signed_token": signed_token(row)})
    return render_to_string(
        "event_calendar/account_registrations.html",
        {"event_registrations": rows},
        request=request,
    )
