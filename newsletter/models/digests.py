"""Digests: what Editors send to subscribers, and a record of every mail sent.

A digest is written for one language. Its items are chosen for it from what was published
since the previous digest (``newsletter.digests.compose``) and copied into the digest as they
read in its language (title, summary, link, date, theme slugs): the Editor reorders, drops
and adds items, and what is previewed is exactly what is sent, even if a page changes later.

Each recipient has one ``Delivery`` row per digest (unique), claimed atomically before its
mail goes (``newsletter.sending``), so that a crash or a second worker never mails anyone
the same digest twice.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from .subscribers import ContentKind, Subscriber


class DigestStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")


class Digest(ClusterableModel):
    """One issue of the newsletter in one language: an intro and an ordered list of items."""

    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Sent to the subscribers who read the newsletter in this language."),
    )
    subject = models.CharField(
        _("subject"),
        max_length=150,
        help_text=_("The subject line of the mail, in the digest's language."),
    )
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A few words above the items, in the digest's language (plain text)."),
    )
    since = models.DateTimeField(
        _("items since"),
        help_text=_("The digest was composed of what was published after this moment."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=DigestStatus.choices,
        default=DigestStatus.DRAFT,
        help_text=_("A digest can be edited until it is sent."),
    )
    created_at = models.DateTimeField(
        _("created at"), default=timezone.now, editable=False, help_text=_("When it was composed.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("composed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text=_("The Editor who composed it."),
    )
    queued_at = models.DateTimeField(
        _("sending started at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When an Editor sent it; the next digest starts from here."),
    )
    sent_at = models.DateTimeField(
        _("sent at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the last mail of it went out."),
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("digest")
        verbose_name_plural = _("digests")
        permissions = [("send_digest", _("Can send a digest to subscribers"))]

    def __str__(self):
        return self.subject

    @property
    def is_draft(self):
        return self.status == DigestStatus.DRAFT


class DigestItem(Orderable):
    """One entry of a digest: a news item, an event, a library item or a need or offer,
    copied as it reads in the digest's language. An Editor may add one by kind and id
    (the title and the rest are then filled in on saving) or edit the words shown."""

    digest = ParentalKey(
        Digest,
        verbose_name=_("digest"),
        on_delete=models.CASCADE,
        related_name="items",
        help_text=_("The digest the item belongs to."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=ContentKind.choices,
        help_text=_("What it is; subscribers receive only the kinds they chose."),
    )
    object_id = models.PositiveIntegerField(
        _("id"),
        help_text=_(
            "The id of the page (news, event, library item) or of the need or offer, as in "
            "the admin's address of its edit page."
        ),
    )
    title = models.CharField(
        _("title"),
        max_length=255,
        blank=True,
        help_text=_("Filled in from the item when left empty."),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("A sentence or two under the title; filled in when the title is empty."),
    )
    when = models.CharField(
        _("date"),
        max_length=100,
        blank=True,
        help_text=_("The date shown with the item (an event's next date), in the language."),
    )
    url = models.URLField(
        _("link"),
        max_length=500,
        blank=True,
        help_text=_("Where the item is read on the site; filled in when the title is empty."),
    )
    theme_slugs = models.CharField(
        _("themes"),
        max_length=500,
        blank=True,
        help_text=_(
            "Slugs of the item's themes, separated by commas; subscribers who follow "
            "themes receive it when one of theirs is here. Empty: for every theme."
        ),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("digest item")
        verbose_name_plural = _("digest items")

    def __str__(self):
        return self.title

    @cached_property
    def themes(self):
        return {slug.strip() for slug in self.theme_slugs.split(",") if slug.strip()}


class DeliveryStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    CLAIMED = "claimed", _("Claimed by a worker")
    SENDING = "sending", _("Interrupted while sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    SKIPPED = "skipped", _("Nothing to send")


class Delivery(models.Model):
    """One subscriber's mail of one digest: queued, sent or failed (with the server's error).

    ``claimed``: a worker took it and will send it; ``sending``: the mail was being handed
    to the server when the worker died, so it may have gone and is never sent again."""

    digest = models.ForeignKey(
        Digest,
        verbose_name=_("digest"),
        on_delete=models.CASCADE,
        related_name="deliveries",
        help_text=_("The digest sent."),
    )
    subscriber = models.ForeignKey(
        Subscriber,
        verbose_name=_("subscriber"),
        on_delete=models.CASCADE,
        related_name="deliveries",
        help_text=_("Who it is sent to."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=DeliveryStatus.choices,
        default=DeliveryStatus.QUEUED,
        help_text=_("Where the mail is on its way."),
    )
    attempts = models.PositiveSmallIntegerField(
        _("attempts"), default=0, help_text=_("How many times sending it was tried.")
    )
    error = models.TextField(
        _("error"), blank=True, help_text=_("What the mail server answered when it failed.")
    )
    claimed_at = models.DateTimeField(
        _("claimed at"),
        null=True,
        blank=True,
        help_text=_("When a worker last took it for sending."),
    )
    sent_at = models.DateTimeField(
        _("sent at"), null=True, blank=True, help_text=_("When the mail server took it.")
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["digest", "subscriber"], name="one_delivery_per_digest_and_subscriber"
            )
        ]
        indexes = [models.Index(fields=["digest", "status"], name="delivery_digest_status")]

    def __str__(self):
        return f"{self.digest} → {self.subscriber}"
