"""The forms organisations fill in on the public site: registration and profile editing.

Themes, regions and target groups are offered in the reader's language but an organisation
is always tagged with the source-language (Polish) terms, matched by ``translation_key``.
"""

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.template.defaultfilters import filesizeformat
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField

from cms.i18n import prefer_current_language, reader_term_choices
from cms.models import Region, TargetGroup, Theme
from cms.params import IdChoicesField
from directory.models import Organisation, OrganisationDescription, OrganisationKind
from directory.models.organisations import source_terms
from directory.validators import normalise_number

# The consent text shown on the form, and its version stored with each registration. Change
# the version whenever the text changes, so that what each applicant agreed to is known.
CONSENT_VERSION = "2026-11"
CONSENT_TEXT = _(
    "I agree that Forum “Razem” processes the data in this form to review the registration, "
    "to publish the organisation's public profile once approved, and to write to the contact "
    "person about it. The contact person's details are never published. The consent can be "
    "withdrawn at any time by writing to the Forum."
)

EARLIEST_YEAR_FOUNDED = 1800
# A logo is shown small: 2 MB is plenty, and keeps the media folder small.
LOGO_MAX_UPLOAD_BYTES = 2 * 1024 * 1024
# Kinds that may have no registry number: an informal group is registered nowhere, and
# "other" covers forms (a parish, a foreign body) that the four registers do not hold.
KINDS_WITHOUT_NUMBER = {OrganisationKind.INFORMAL_GROUP, OrganisationKind.OTHER}
NUMBER_FIELDS = ("krs", "nip", "regon", "edrpou")
TAXONOMY = {"themes": Theme, "regions": Region, "target_groups": TargetGroup}
# How the form is laid out: a legend and the fields under it (those the form has).
FIELDSETS = [
    (
        _("The organisation"),
        ["name", "short_name", "kind", *NUMBER_FIELDS, "year_founded"],
    ),
    (
        _("What it does and where"),
        [
            "themes",
            "regions",
            "target_groups",
            "staff_languages",
            "description",
            "description_language",
        ],
    ),
    (_("Public contact details"), ["website", "email", "phone", "address", "city"]),
    (
        _("Contact person (never published)"),
        ["contact_name", "contact_email", "contact_phone", "contact_language"],
    ),
]


def as_source_terms(model, terms):
    """The source-language terms that ``terms`` (in any language) translate."""
    keys = [term.translation_key for term in terms]
    return model.objects.filter(translation_key__in=keys, **source_terms())


class OrganisationProfileForm(forms.ModelForm):
    """The public profile and the contact person: what a member may edit and an applicant
    gives. Status, slug, registry numbers and the Forum member flag are the Forum's."""

    themes = IdChoicesField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("What the organisation does; choose at least one."),
        error_messages={"required": _("Choose at least one theme.")},
    )
    regions = IdChoicesField(
        label=_("Regions"),
        queryset=Region.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Where the organisation works; choose at least one."),
        error_messages={"required": _("Choose at least one region.")},
    )
    target_groups = IdChoicesField(
        label=_("Target groups"),
        queryset=TargetGroup.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Whom the organisation supports."),
    )
    website = forms.URLField(
        label=_("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        help_text=_("The organisation's site."),
    )
    year_founded = forms.IntegerField(
        label=_("Year founded"),
        required=False,
        help_text=_("The year it started its work."),
    )

    class Meta:
        model = Organisation
        fields = [
            "name",
            "short_name",
            "kind",
            "website",
            "email",
            "phone",
            "address",
            "city",
            "regions",
            "themes",
            "target_groups",
            "staff_languages",
            "description",
            "description_language",
            "year_founded",
            "contact_name",
            "contact_email",
            "contact_phone",
            "contact_language",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, model in TAXONOMY.items():
            self.fields[name].queryset = reader_term_choices(model)
            if self.instance.pk:
                # The organisation's source terms, shown as the reader's-language choices.
                current = list(getattr(self.instance, name).all())
                self.initial[name] = [
                    term.pk for term in prefer_current_language(current, model.objects)
                ]
        year = self.fields["year_founded"]
        year.min_value, year.max_value = EARLIEST_YEAR_FOUNDED, timezone.localdate().year
        year.validators += [
            MinValueValidator(year.min_value),
            MaxValueValidator(year.max_value),
        ]
        year.widget.attrs.update(min=year.min_value, max=year.max_value)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["contact_phone"].widget.attrs["autocomplete"] = "tel"

    @property
    def fieldsets(self):
        """``(legend, bound fields)`` pairs in the order the page shows them."""
        return [
            (legend, [self[name] for name in names if name in self.fields])
            for legend, names in FIELDSETS
        ]

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        others = Organisation.objects.filter(name__iexact=name)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(
                _(
                    "An organisation with this name is already registered. If it is yours, "
                    "write to the Forum instead of registering it again."
                ),
                code="duplicate",
            )
        return name

    def save_with_terms(self):
        """Save the organisation, its fields and its source-language terms."""
        organisation = self.save(commit=False)
        for name, model in TAXONOMY.items():
            getattr(organisation, name).set(as_source_terms(model, self.cleaned_data[name]))
        # ClusterableModel.save() writes the in-memory ParentalManyToMany values too.
        organisation.save()
        return organisation


class RegistrationForm(OrganisationProfileForm):
    """An organisation registers itself: its profile, registry numbers and the consent."""

    # Longer than the stored numbers: people type them with spaces and dashes.
    krs = forms.CharField(
        label=_("KRS number"),
        max_length=20,
        required=False,
        help_text=_("Polish National Court Register, 10 digits."),
    )
    nip = forms.CharField(
        label=_("NIP number"),
        max_length=20,
        required=False,
        help_text=_("Polish tax identification number, 10 digits."),
    )
    regon = forms.CharField(
        label=_("REGON number"),
        max_length=20,
        required=False,
        help_text=_("Polish statistical number, 9 or 14 digits."),
    )
    edrpou = forms.CharField(
        label=_("EDRPOU code"),
        max_length=20,
        required=False,
        help_text=_("Ukrainian registry code, 8 digits."),
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Without this consent we cannot process the registration.")},
    )
    # A honeypot: hidden from people by the stylesheet and from screen readers, so only
    # robots that fill in every field fill it in.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta(OrganisationProfileForm.Meta):
        fields = [
            *OrganisationProfileForm.Meta.fields[:3],
            *NUMBER_FIELDS,
            *OrganisationProfileForm.Meta.fields[3:],
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = translation.get_language()
        if language in dict(settings.LANGUAGES):
            self.fields["contact_language"].initial = language
            self.fields["description_language"].initial = language

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix("homepage")))

    def _clean_number(self, name, label):
        number = normalise_number(self.cleaned_data.get(name))
        if number and Organisation.objects.filter(**{name: number}).exists():
            raise forms.ValidationError(
                _(
                    "An organisation with this %(number)s is already registered. If it is "
                    "yours, write to the Forum instead of registering it again."
                )
                % {"number": label},
                code="duplicate",
            )
        return number

    def clean_krs(self):
        return self._clean_number("krs", "KRS")

    def clean_nip(self):
        return self._clean_number("nip", "NIP")

    def clean_regon(self):
        return normalise_number(self.cleaned_data.get("regon"))

    def clean_edrpou(self):
        return self._clean_number("edrpou", "EDRPOU")

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        given = [name for name in NUMBER_FIELDS if cleaned.get(name)]
        failed = [name for name in NUMBER_FIELDS if name in self.errors]
        if kind and kind not in KINDS_WITHOUT_NUMBER and not given and not failed:
            raise forms.ValidationError(
                _(
                    "Give at least one registry number (KRS, NIP, REGON or EDRPOU). Only "
                    "informal groups and other kinds of organisation may register without one."
                ),
                code="number_required",
            )
        return cleaned


class LogoField(WagtailImageField):
    """An uploaded logo, checked as Wagtail checks images (the type is read from the content,
    not the name; no more pixels than Wagtail allows), with a logo's own size limit.

    Build it when the form is built, not at import: its help text and messages are
    formatted in the reader's language."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.max_upload_size = LOGO_MAX_UPLOAD_BYTES
        self.max_upload_size_text = filesizeformat(LOGO_MAX_UPLOAD_BYTES)
        self.help_text = _(
            "An image file (%(formats)s) of at most %(size)s. It replaces the current logo."
        ) % {"formats": self.supported_formats_text, "size": self.max_upload_size_text}


class DescriptionTranslationForm(forms.Form):
    """The organisation's description in one more language; left empty, it is removed."""

    language = forms.ChoiceField(choices=settings.LANGUAGES, widget=forms.HiddenInput)
    text = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = self["language"].value() or ""
        self.fields["text"].label = dict(settings.LANGUAGES).get(language, language)
        self.fields["text"].widget.attrs["lang"] = language


class BaseDescriptionTranslationFormSet(forms.BaseFormSet):
    def clean(self):
        languages = [form.cleaned_data.get("language") for form in self.forms]
        languages = [language for language in languages if language]  # not the invalid ones
        if len(languages) != len(set(languages)):
            raise forms.ValidationError(
                _("Give each language's description once."), code="duplicate"
            )


DescriptionTranslationFormSet = forms.formset_factory(
    DescriptionTranslationForm,
    formset=BaseDescriptionTranslationFormSet,
    extra=0,
    max_num=len(settings.LANGUAGES),
    validate_max=True,
)


class OrganisationEditForm(OrganisationProfileForm):
    """What a member edits: the profile, the logo (uploaded here, kept as a Wagtail image)
    and the description's translations, one per language other than its own."""

    remove_logo = forms.BooleanField(label=_("Remove the current logo"), required=False)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["logo_file"] = LogoField(label=_("Logo"), required=False)
        if not self.instance.logo_id:
            del self.fields["remove_logo"]
        existing = {d.language: d.text for d in self.instance.descriptions.all()}
        self.translations = DescriptionTranslationFormSet(
            self.data if self.is_bound else None,
            prefix="descriptions",
            initial=[
                {"language": code, "text": existing.get(code, "")}
                for code, _name in settings.LANGUAGES
                if code != self.instance.description_language
            ],
        )

    def is_valid(self):
        return all([super().is_valid(), self.translations.is_valid()])

    def save_with_terms(self):
        organisation = self.instance
        upload = self.cleaned_data.get("logo_file")
        if upload:
            # The old image stays in the library: earlier revisions point at it, so a
            # moderator's revert brings it back.
            organisation.logo = get_image_model().objects.create(
                title=organisation.name, file=upload, uploaded_by_user=self.user
            )
        elif self.cleaned_data.get("remove_logo"):
            organisation.logo = None
        organisation.descriptions = self.translated_descriptions()
        return super().save_with_terms()

    def translated_descriptions(self):
        """The translations after the edit: each row sent sets or (empty) removes its
        language; one in the description's own language is dropped, as it would repeat it."""
        descriptions = {d.language: d for d in self.instance.descriptions.all()}
        for row in filter(None, self.translations.cleaned_data):  # {}: an empty extra row
            language, text = row["language"], row["text"].strip()
            if text:
                description = descriptions.get(language) or OrganisationDescription(
                    language=language
                )
                description.text = text
                descriptions[language] = description
            else:
                descriptions.pop(language, None)
        descriptions.pop(self.cleaned_data["description_language"], None)
        return list(descriptions.values())
