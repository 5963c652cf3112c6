"""Who receives the newsletter, in which language, about what, and since when they agreed.

One row per address: the e-mail is normalised (trimmed, lower case) and unique, so signing up
again updates the row instead of adding one. An address is mailed only once its owner has
confirmed it (double opt-in); rows never confirmed are purged after
``NEWSLETTER_UNCONFIRMED_DAYS`` days (``newsletter.tasks.purge_unconfirmed``).
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.fields import ChoiceListField
from cms.models import Theme


def normalise_email(address):
    """The form of an address that is stored and compared: trimmed and in lower case.

    Lower-casing the local part is not strictly right by RFC 5321, but every mail provider
    our readers use treats it case-insensitively, and two rows for one inbox are worse."""
    return (address or "").strip().lower()


class ContentKind(models.TextChoices):
    NEWS = "news", _("News")
    EVENTS = "events", _("Upcoming events")
    LIBRARY = "library", _("New in the library")
    SUPPORT = "support", _("Needs and offers of support")


class SubscriberStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for confirmation")
    CONFIRMED = "confirmed", _("Subscribed")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")


class Subscriber(models.Model):
    """An address that asked for the newsletter, with its language, its topics (kinds of
    content and themes) and the consent it gave: what was agreed to, and when."""

    email = models.EmailField(
        _("e-mail"),
        unique=True,
        max_length=254,
        help_text=_("Stored in lower case, so that one inbox has one subscription."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the newsletter is sent in."),
    )
    kinds = ChoiceListField(
        _("kinds of content"),
        max_length=100,
        choices=ContentKind.choices,
        blank=True,
        help_text=_("What the subscriber wants to hear about: news, events, the library …"),
    )
    themes = models.ManyToManyField(
        Theme,
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
        help_text=_("Source-language themes the subscriber follows; none means every theme."),
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=SubscriberStatus.choices,
        default=SubscriberStatus.PENDING,
        db_index=True,
        help_text=_("Only confirmed subscribers are ever mailed."),
    )
    token = models.UUIDField(
        _("token"),
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("What the signed links in the subscriber's mails name, instead of the id."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The member who subscribed from their account page, if any."),
    )
    created_at = models.DateTimeField(
        _("signed up at"),
        default=timezone.now,
        editable=False,
        help_text=_("When the address was first given."),
    )
    confirmed_at = models.DateTimeField(
        _("confirmed at"),
        null=True,
        blank=True,
        help_text=_("When the owner of the address last confirmed the subscription."),
    )
    unsubscribed_at = models.DateTimeField(
        _("unsubscribed at"),
        null=True,
        blank=True,
        help_text=_("When the subscriber unsubscribed."),
    )
    consent_given_at = models.DateTimeField(
        _("consent given at"),
        null=True,
        blank=True,
        help_text=_("When the subscriber agreed to receive the newsletter (on confirming)."),
    )
    consent_version = models.CharField(
        _("consent text version"),
        max_length=20,
        blank=True,
        help_text=_("Which version of the consent text the subscriber agreed to."),
    )

    class Meta:
        ordering = ["email"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        permissions = [("export_subscriber", _("Can see the newsletter report and export it"))]

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.status == SubscriberStatus.CONFIRMED
