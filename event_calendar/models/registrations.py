"""People registered for an occurrence of an event.

A registration points at the event's page in the source language (Polish) whatever page the
visitor registered on, so that the places of an occurrence are shared by every language.
The personal data is kept only as long as the Forum needs it: it is erased a set number of
days after the occurrence (``EVENT_REGISTRATION_RETENTION_DAYS``).
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .pages import EventPage


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class EventRegistration(models.Model):
    """One person's place (or place on the waiting list) at one occurrence of an event."""

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
        help_text=_("The event's page in the source language."),
    )
    occurrence_date = models.DateField(
        _("date of the occurrence"),
        help_text=_("Which occurrence: the date it was planned for."),
    )
    name = models.CharField(_("name"), max_length=200, help_text=_("The participant's name."))
    email = models.EmailField(_("e-mail"), help_text=_("Where the confirmation is sent."))
    organisation_name = models.CharField(
        _("organisation"),
        max_length=255,
        blank=True,
        help_text=_("The organisation the participant comes from."),
    )
    accessibility_needs = models.TextField(
        _("accessibility needs"),
        blank=True,
        help_text=_("Interpretation, step-free access, captions, …"),
    )
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
        help_text=_("The language e-mails to the participant are written in."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
        help_text=_("The member's account, when a member registered."),
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
        help_text=_("Confirmed, waiting for a place, or cancelled."),
    )
    token = models.UUIDField(
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Part of the signed cancellation link."),
    )
    consent_given_at = models.DateTimeField(
        _("consent given at"), help_text=_("When the participant agreed to the data processing.")
    )
    consent_version = models.CharField(
        _("consent text version"), max_length=20, help_text=_("Which consent text they saw.")
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now, editable=False)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True, editable=False)
    reminder_sent_at = models.DateTimeField(
        _("reminder sent at"), null=True, blank=True, editable=False
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "occurrence_date", "email"],
                condition=~Q(status="cancelled"),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name}: {self.event} ({self.occurrence_date})"
