"""The forms members fill in on the support board: a need or an offer, and a proposal of
cooperation.

Themes and regions are offered in the reader's language but stored as the Polish source
terms, as every directory row is (``directory.models.organisations.source_terms``), so that
filters and matching compare like with like.
"""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.i18n import reader_term_choices
from cms.models import Region, Theme
from cms.params import IdChoicesField
from directory.models import ListingKind, Organisation, SupportCategory, SupportListing

MESSAGE_MAX_LENGTH = 3000


def as_source_terms(model, terms):
    """The source-language (Polish) terms with the same meaning as ``terms``."""
    return list(
        model.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE,
            translation_key__in=[term.translation_key for term in terms],
        )
    )


class TermChoiceField(IdChoicesField):
    def label_from_instance(self, obj):
        return obj.name


class SupportListingForm(forms.ModelForm):
    """A need or an offer, as its organisation's member writes it."""

    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=None,
        empty_label=None,
        help_text=_("Which of your organisations needs or offers this."),
    )
    themes = TermChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose at least one."),
        error_messages={"required": _("Choose at least one theme.")},
    )
    regions = TermChoiceField(
        label=_("Regions"),
        queryset=Region.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Where the support is needed or can be given; at least one."),
        error_messages={"required": _("Choose at least one region.")},
    )

    class Meta:
        model = SupportListing
        fields = ["organisation", "kind", "category", "title", "description", "themes"]
        fields += ["regions", "valid_until"]
        labels = {
            "kind": _("Need or offer"),
            "category": _("Kind of support"),
            "title": _("Title"),
            "description": _("Description"),
            "valid_until": _("Valid until"),
        }
        help_texts = {
            "title": _("One line that says what is needed or offered."),
            "description": _("Details: how much, when, for whom, on what terms."),
            "valid_until": _("Optional. After this day the listing closes by itself."),
        }
        widgets = {
            "kind": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 6}),
            "valid_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = ListingKind.choices
        self.fields["category"].choices = SupportCategory.choices
        self.fields["organisation"].queryset = Organisation.objects.filter(
            pk__in=[organisation.pk for organisation in organisations]
        )
        if len(organisations) == 1:
            # Nothing to choose: the member's only organisation posts.
            del self.fields["organisation"]
            if not self.instance.pk:
                self.instance.organisation = organisations[0]
        self.fields["themes"].queryset = reader_term_choices(Theme)
        self.fields["regions"].queryset = reader_term_choices(Region)
        if self.instance.pk:
            for name in ("themes", "regions"):
                self.initial[name] = self.choices_for(name, getattr(self.instance, name).all())

    def choices_for(self, name, terms):
        """The choices of field ``name`` that stand for ``terms`` (Polish) in the reader's
        language."""
        keys = {term.translation_key for term in terms}
        return [term.pk for term in self.fields[name].queryset if term.translation_key in keys]

    def clean_valid_until(self):
        valid_until = self.cleaned_data.get("valid_until")
        if valid_until and valid_until < timezone.localdate():
            raise forms.ValidationError(_("The date has passed: choose today or a later day."))
        return valid_until

    def save(self, commit=True):
        listing = super().save(commit=False)
        if commit:
            listing.save()
            listing.themes.set(as_source_terms(Theme, self.cleaned_data["themes"]))
            listing.regions.set(as_source_terms(Region, self.cleaned_data["regions"]))
        return listing


class ProposeCooperationForm(forms.Form):
    """A member's short introduction to the organisation behind a listing, on behalf of one
    of their approved organisations: chosen when they have several, else their only one."""

    organisation = forms.ModelChoiceField(
        label=_("On behalf of"),
        queryset=None,
        empty_label=None,
        help_text=_("Which of your organisations proposes the cooperation."),
        error_messages={"invalid_choice": _("Choose one of your organisations.")},
    )
    message = forms.CharField(
        label=_("Your message"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Say who you are and what you propose. Both organisations receive it by e-mail, "
            "and replies come to your e-mail address."
        ),
        error_messages={"required": _("Write a few words about what you propose.")},
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisations = organisations
        if len(organisations) > 1:
            self.fields["organisation"].queryset = Organisation.objects.filter(
                pk__in=[organisation.pk for organisation in organisations]
            )
        else:
            del self.fields["organisation"]

    def proposing_organisation(self):
        """The organisation the proposal comes from (after ``is_valid()``)."""
        return self.cleaned_data.get("organisation") or self.organisations[0]
