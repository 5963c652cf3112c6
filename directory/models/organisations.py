"""Organisations in the Forum's directory, as they register themselves and as moderators
decide on them.

An organisation is one row whatever the language: its name and registry numbers do not
change with the reader's language. It writes its description in its own language
(``description_language``) and may add translations of it (``OrganisationDescription``).
Its themes, regions and target groups point at the source-language (Polish) terms and are
shown in the reader's language by ``translation_key``.

Only approved organisations are public. Every public view, the API and the search index go
through ``Organisation.objects.public()``; the contact person's fields are private and appear
in none of them (``PUBLIC_FIELDS`` lists what may).

Edits are kept as Wagtail revisions (``RevisionMixin``), so moderators see who changed what
and can revert; decisions are Wagtail log entries.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index

from cms.fields import ChoiceListField
from cms.models import Region, TargetGroup, Theme
from directory.validators import validate_edrpou, validate_krs, validate_nip, validate_regon


class OrganisationKind(models.TextChoices):
    FOUNDATION = "foundation", _("Foundation")
    ASSOCIATION = "association", _("Association")
    INFORMAL_GROUP = "informal-group", _("Informal group")
    INTERNATIONAL = "international", _("International organisation")
    PUBLIC_INSTITUTION = "public-institution", _("Public institution")
    COMPANY = "company", _("Company")
    OTHER = "other", _("Other")


class StaffLanguage(models.TextChoices):
    POLISH = "pl", _("Polish")
    UKRAINIAN = "uk", _("Ukrainian")
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")
    BELARUSIAN = "be", _("Belarusian")
    GERMAN = "de", _("German")
    OTHER = "other", _("Other language")


class Status(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    ARCHIVED = "archived", _("Archived")


def source_terms():
    """Organisations are tagged with the source-language terms, one per translation_key."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class OrganisationQuerySet(models.QuerySet):
    def public(self):
        """What visitors, the API and search may see: approved organisations only."""
        return self.filter(status=Status.APPROVED)


class Organisation(index.Indexed, RevisionMixin, ClusterableModel):
    """An NGO, informal group, institution or company that works with refugees from Ukraine."""

    name = models.CharField(
        _("name"), max_length=255, help_text=_("The full name, as in the register.")
    )
    short_name = models.CharField(
        _("short name"),
        max_length=80,
        blank=True,
        help_text=_("An abbreviation or the name people use, e.g. PAH."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        allow_unicode=False,
        help_text=_("The address of the profile: /organizations/<slug>/."),
    )
    kind = models.CharField(
        _("kind of organisation"),
        max_length=32,
        choices=OrganisationKind.choices,
        help_text=_("The legal form; an informal group needs no registry number."),
    )
    krs = models.CharField(
        _("KRS number"),
        max_length=10,
        blank=True,
        validators=[validate_krs],
        help_text=_("Polish National Court Register, 10 digits."),
    )
    nip = models.CharField(
        _("NIP number"),
        max_length=10,
        blank=True,
        validators=[validate_nip],
        help_text=_("Polish tax identification number, 10 digits."),
    )
    regon = models.CharField(
        _("REGON number"),
        max_length=14,
        blank=True,
        validators=[validate_regon],
        help_text=_("Polish statistical number, 9 or 14 digits."),
    )
    edrpou = models.CharField(
        _("EDRPOU code"),
        max_length=8,
        blank=True,
        validators=[validate_edrpou],
        help_text=_("Ukrainian registry code, 8 digits."),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("The organisation's site."))
    email = models.EmailField(
        _("public e-mail"), blank=True, help_text=_("Shown on the profile for anyone to write to.")
    )
    phone = models.CharField(
        _("public phone"), max_length=40, blank=True, help_text=_("Shown on the profile.")
    )
    address = models.CharField(
        _("address"), max_length=255, blank=True, help_text=_("Street, number and postal code.")
    )
    city = models.CharField(
        _("city"), max_length=120, blank=True, help_text=_("Where it is based.")
    )
    regions = ParentalManyToManyField(
        Region,
        verbose_name=_("regions"),
        related_name="+",
        limit_choices_to=source_terms,
        help_text=_("Where the organisation works."),
    )
    themes = ParentalManyToManyField(
        Theme,
        verbose_name=_("themes"),
        related_name="+",
        limit_choices_to=source_terms,
        help_text=_("What the organisation does."),
    )
    target_groups = ParentalManyToManyField(
        TargetGroup,
        verbose_name=_("target groups"),
        related_name="+",
        blank=True,
        limit_choices_to=source_terms,
        help_text=_("Whom the organisation supports."),
    )
    staff_languages = ChoiceListField(
        _("languages spoken"),
        max_length=60,
        choices=StaffLanguage.choices,
        default=list,
        blank=True,
        help_text=_("Languages the staff and volunteers speak with the people they help."),
    )
    description = models.TextField(
        _("description"),
        help_text=_("What the organisation does, for whom and where, in its own words."),
    )
    description_language = models.CharField(
        _("language of the description"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the description above is written in."),
    )
    logo = models.ForeignKey(
        "cms.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on the profile and in the directory."),
    )
    year_founded = models.PositiveSmallIntegerField(
        _("year founded"), null=True, blank=True, help_text=_("The year it started its work.")
    )
    is_forum_member = models.BooleanField(
        _("Forum member"),
        default=False,
        help_text=_("Whether the organisation has joined Forum „Razem”."),
    )
    contact_name = models.CharField(
        _("contact person"),
        max_length=200,
        help_text=_("Private: seen by the Forum only, never published."),
    )
    contact_email = models.EmailField(
        _("contact person's e-mail"),
        help_text=_(
            "Private: the Forum writes here about the registration and sends the invitation."
        ),
    )
    contact_phone = models.CharField(
        _("contact person's phone"),
        max_length=40,
        blank=True,
        help_text=_("Private: seen by the Forum only."),
    )
    contact_language = models.CharField(
        _("language of correspondence"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language e-mails to the contact person are written in."),
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.PENDING,
        db_index=True,
        help_text=_("Only approved organisations are public."),
    )
    rejection_reason = models.TextField(
        _("reason for rejection"),
        blank=True,
        help_text=_("Sent to the applicant with the decision."),
    )
    consent_given_at = models.DateTimeField(
        _("consent given at"),
        null=True,
        blank=True,
        help_text=_("When the applicant agreed to the processing of the data."),
    )
    consent_version = models.CharField(
        _("consent text version"),
        max_length=20,
        blank=True,
        help_text=_("Which version of the consent text the applicant agreed to."),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member accounts"),
        blank=True,
        related_name="organisations",
        help_text=_("People who log in on behalf of the organisation."),
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    decided_at = models.DateTimeField(
        _("decided at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Approval or rejection."),
    )

    objects = OrganisationQuerySet.as_manager()

    # Only these reach visitors, the API and the search index; never the contact person.
    PUBLIC_FIELDS = (
        "name",
        "short_name",
        "slug",
        "kind",
        "krs",
        "nip",
        "regon",
        "edrpou",
        "website",
        "email",
        "phone",
        "address",
        "city",
        "staff_languages",
        "description",
        "description_language",
        "year_founded",
        "is_forum_member",
    )

    # Decided by moderators and the registration, never by a revision (with_content_json).
    MODERATION_FIELDS = (
        "status",
        "rejection_reason",
        "decided_at",
        "consent_given_at",
        "consent_version",
        "created_at",
    )

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("short_name", boost=3),
        index.SearchField("description"),
        index.SearchField("city"),
        index.FilterField("status"),
        index.FilterField("kind"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("regions", [index.SearchField("name")]),
        index.RelatedFields("descriptions", [index.SearchField("text")]),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=[name], condition=~Q(**{name: ""}), name=f"unique_organisation_{name}"
            )
            for name in ("krs", "nip", "edrpou")
        ]

    def __str__(self):
        return self.name

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().public()

    def with_content_json(self, content):
        """The organisation as a revision had it, but with today's moderation state:
        reverting a member's edit must not undo a later approval, rejection or archiving."""
        obj = super().with_content_json(content)
        for name in self.MODERATION_FIELDS:
            setattr(obj, name, getattr(self, name))
        return obj

    @property
    def is_public(self):
        return self.status == Status.APPROVED

    def get_absolute_url(self):
        return reverse("organisation_profile", kwargs={"slug": self.slug})


class OrganisationDescription(Orderable):
    """The organisation's description in another language than the one it wrote it in."""

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="descriptions")
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
        help_text=_("The language of this translation."),
    )
    text = models.TextField(_("description"), help_text=_("The description in that language."))

    class Meta(Orderable.Meta):
        verbose_name = _("translated description")
        verbose_name_plural = _("translated descriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "language"], name="one_description_per_language"
            )
        ]
