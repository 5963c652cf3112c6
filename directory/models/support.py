"""Needs and offers of support between organisations, and the introductions they lead to.

A member posts a listing on behalf of their organisation: a need ("we need interpreters in
Lublin") or an offer ("we train volunteers in legal aid"). Listings of the opposite kind are
matched by shared category, themes and regions (``directory/matching.py``). A listing closes
by hand or when its ``valid_until`` date passes.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.models import Region, Theme

from .organisations import Organisation, source_terms


class ListingKind(models.TextChoices):
    NEED = "need", _("Need")
    OFFER = "offer", _("Offer")


class SupportCategory(models.TextChoices):
    FINANCE = "finance", _("Finance")
    SKILLS = "skills", _("Skills")
    MANAGEMENT = "management", _("Management")
    KNOWLEDGE = "knowledge", _("Knowledge")
    SOLUTIONS = "solutions", _("Solutions")
    VOLUNTEERS = "volunteers", _("Volunteers")
    MATERIAL_AID = "material-aid", _("Material aid")
    PREMISES = "premises", _("Premises")
    INTERPRETING = "interpreting", _("Interpreting")


class SupportListingQuerySet(models.QuerySet):
    def open(self, today=None):
        """Listings still asking or offering: not closed, not past their date, and posted by
        an approved organisation."""
        today = today or timezone.localdate()
        return self.filter(
            is_closed=False,
            organisation__status="approved",
        ).filter(Q(valid_until__isnull=True) | Q(valid_until__gte=today))


class SupportListing(models.Model):
    """A need or an offer of support that a member organisation posts on the board."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="support_listings",
        help_text=_("The organisation that needs or offers the support."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("posted by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The member who posted it."),
    )
    kind = models.CharField(
        _("need or offer"),
        max_length=8,
        choices=ListingKind.choices,
        help_text=_("Whether the organisation needs this support or offers it."),
    )
    category = models.CharField(
        _("kind of support"),
        max_length=20,
        choices=SupportCategory.choices,
        help_text=_("What kind of support it is."),
    )
    title = models.CharField(
        _("title"), max_length=160, help_text=_("One line that says what is needed or offered.")
    )
    description = models.TextField(
        _("description"), help_text=_("Details: how much, when, for whom, on what terms.")
    )
    themes = models.ManyToManyField(
        Theme,
        verbose_name=_("themes"),
        related_name="+",
        limit_choices_to=source_terms,
        help_text=_("The fields of aid it concerns."),
    )
    regions = models.ManyToManyField(
        Region,
        verbose_name=_("regions"),
        related_name="+",
        limit_choices_to=source_terms,
        help_text=_("Where the support is needed or can be given."),
    )
    valid_until = models.DateField(
        _("valid until"),
        null=True,
        blank=True,
        help_text=_("After this day the listing closes by itself."),
    )
    is_closed = models.BooleanField(
        _("closed"), default=False, help_text=_("Closed listings are no longer matched.")
    )
    created_at = models.DateTimeField(_("posted at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = SupportListingQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("need or offer")
        verbose_name_plural = _("needs and offers")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("support_listing", kwargs={"pk": self.pk})


class CooperationProposal(models.Model):
    """An introduction between two listings' organisations, sent by a member; kept so that
    the rate limit can count them and moderators can see who proposed what."""

    listing = models.ForeignKey(
        SupportListing,
        verbose_name=_("listing"),
        on_delete=models.CASCADE,
        related_name="proposals",
        help_text=_("The listing the proposal answers."),
    )
    from_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("from organisation"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The organisation of the member who proposed."),
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The member who proposed."),
    )
    message = models.TextField(_("message"), help_text=_("What the member wrote."))
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("cooperation proposal")
        verbose_name_plural = _("cooperation proposals")

    def __str__(self):
        return f"{self.from_organisation} → {self.listing}"
