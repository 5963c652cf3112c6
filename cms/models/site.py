"""What the site frame shows on every page: contact details and the Forum's partners."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import TranslatableMixin


@register_setting(icon="mail")
class ContactSettings(BaseGenericSetting):
    """The Forum's contact details, shown in the footer of every page."""

    email = models.EmailField(_("e-mail"), blank=True, help_text=_("Public contact address."))
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("With the country code, e.g. +48.")
    )
    postal_address = models.TextField(
        _("postal address"), blank=True, help_text=_("As it should appear on letters.")
    )

    panels = [FieldPanel("email"), FieldPanel("phone"), FieldPanel("postal_address")]

    class Meta:
        verbose_name = _("contact details")


class Partner(TranslatableMixin, models.Model):
    """An organisation that co-created or supports the Forum.

    Listed on the About page (the partners block) and in the footer of every page, from this
    one list so that the two never disagree.
    """

    name = models.CharField(_("name"), max_length=200, help_text=_("Full name of the partner."))
    role = models.CharField(
        _("role"),
        max_length=200,
        blank=True,
        help_text=_("What the partner does for the Forum, e.g. co-founder or advisory team."),
    )
    url = models.URLField(_("website"), blank=True, help_text=_("The partner's own website."))
    sort_order = models.PositiveSmallIntegerField(
        _("sort order"), default=0, help_text=_("Lower numbers come first.")
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("url"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name
