"""Shared vocabularies that every section tags its content with.

Themes, regions and target groups are translatable snippets: one row per locale, tied
together by ``translation_key``. Their slugs are the same in every locale, so a filter such
as ``?theme=housing`` means the same thing on /pl/, /uk/ and /en/.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A named term in one locale; subclasses add what is particular to their vocabulary."""

    name = models.CharField(_("name"), max_length=120, help_text=_("Shown to visitors."))
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in filter links; keep it the same in every language."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("sort order"), default=0, help_text=_("Lower numbers come first in lists.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Theme(TaxonomyTerm):
    """A field of aid (education, housing, legal aid …) that organisations and content cover."""

    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences on what the theme covers.")
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale")
        ]


class Region(TaxonomyTerm):
    """Where aid happens: a voivodeship, the whole country, online, or Ukraine itself."""

    class Kind(models.TextChoices):
        VOIVODESHIP = "voivodeship", _("Voivodeship")
        NATIONWIDE = "nationwide", _("Nationwide")
        ONLINE = "online", _("Online")
        ABROAD = "abroad", _("Abroad")

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.VOIVODESHIP,
        help_text=_(
            "Voivodeships make up the coverage map; nationwide, online and abroad are listed "
            "beside it."
        ),
    )
    teryt_code = models.CharField(
        _("TERYT code"),
        max_length=2,
        blank=True,
        help_text=_("Two-digit code of the voivodeship in the official TERYT register."),
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("kind"), FieldPanel("teryt_code")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_region_slug_per_locale")
        ]


class TargetGroup(TaxonomyTerm):
    """People that aid is meant for (children, older people, people with disabilities …)."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_target_group_slug_per_locale"
            )
        ]
