"""Background work of the calendar: reminders a day before, and erasing old personal data.

Both run as django-tasks (``manage.py db_worker``) and as management commands for cron
(``send_event_reminders``, ``purge_event_registrations``).
"""

import datetime
import logging

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from event_calendar.emails import send_registration_email
from event_calendar.models import EventRegistration, RegistrationStatus

logger = logging.getLogger(__name__)

REMINDER_AHEAD = datetime.timedelta(hours=24)


def send_reminders(now=None):
    """Remind every confirmed registrant of an occurrence starting within 24 hours; returns
    how many reminders were sent.

    Each registration is claimed with a conditional UPDATE (``reminder_sent_at`` still empty)
    before its e-mail goes, so two runs at once, or one after the other, never remind anyone
    twice: only the run whose UPDATE changed the row sends.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    # Candidates by date (a moved occurrence may lie a day or so off its original date);
    # the exact start decides below.
    candidates = (
        EventRegistration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            reminder_sent_at__isnull=True,
            occurrence_date__range=(
                today - datetime.timedelta(days=7),
                today + datetime.timedelta(days=2),
            ),
        )
        .select_related("event")
        .order_by("pk")
    )
    occurrences = {}
    sent = 0
    for registration in candidates:
        key = (registration.event_id, registration.occurrence_date)
        if key not in occurrences:
            occurrences[key] = registration.event.occurrence_on(registration.occurrence_date)
        occurrence = occurrences[key]
        if occurrence is None or occurrence.is_cancelled or registration.event.is_cancelled:
            continue
        if not now < occurrence.start <= now + REMINDER_AHEAD:
            continue
        claimed = EventRegistration.objects.filter(
            pk=registration.pk,
            reminder_sent_at__isnull=True,
            status=RegistrationStatus.CONFIRMED,
        ).update(reminder_sent_at=now)
        if not claimed:
            continue
        if send_registration_email(registration, "reminder"):
            sent += 1
        else:  # the mail server refused it: released for the next run to try again
            EventRegistration.objects.filter(pk=registration.pk).update(reminder_sent_at=None)
    return sent


def purge_registrations(now=None):
    """Delete the registrations of occurrences that ended more than
    ``EVENT_REGISTRATION_RETENTION_DAYS`` days ago; returns how many.

    Deleted rather than anonymised: a row holds little besides the person (a name, an
    e-mail, an organisation, health-related needs), and the Forum does not report
    attendance from it; deleting leaves nothing to re-identify.
    """
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.EVENT_REGISTRATION_RETENTION_DAYS)
    # Occurrence dates well before the cutoff have surely ended; those near it are checked
    # one by one (a moved or multi-day occurrence ends later than its date).
    cutoff_date = timezone.localdate(cutoff)
    old = Q(occurrence_date__lt=cutoff_date - datetime.timedelta(days=7))
    near = EventRegistration.objects.filter(
        occurrence_date__gte=cutoff_date - datetime.timedelta(days=7),
        occurrence_date__lte=cutoff_date,
    ).select_related("event")
    ended = []
    for registration in near:
        occurrence = registration.event.occurrence_on(registration.occurrence_date)
        if occurrence is None or occurrence.end < cutoff:
            ended.append(registration.pk)
    deleted, _ = EventRegistration.objects.filter(old | Q(pk__in=ended)).delete()
    if deleted:
        logger.info("Deleted %s event registrations past their retention", deleted)
    return deleted


@task()
def send_event_reminders():
    return send_reminders()


@task()
def purge_event_registrations():
    return purge_registrations()
