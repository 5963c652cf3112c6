"""The newsletter's forms: signing up (public, with a honeypot), signing up from the account
page, and changing preferences from a signed link."""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cms.i18n import reader_terms
from cms.models import Theme
from newsletter.models import ContentKind
from newsletter.validators import validate_not_disposable

CONSENT_TEXT = _(
    "I agree that Forum “Razem” stores my e-mail address, language and topics to send me "
    "its newsletter. I can unsubscribe at any time with the link in every newsletter."
)


class TopicsForm(forms.Form):
    """Language and topics: what every newsletter form asks."""

    language = forms.ChoiceField(
        label=_("Language of the newsletter"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
        help_text=_("The newsletter is sent in one language."),
        error_messages={"required": _("Choose the language of the newsletter.")},
    )
    kinds = forms.MultipleChoiceField(
        label=_("What to receive"),
        choices=ContentKind.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose at least one."),
        error_messages={"required": _("Choose at least one kind of content.")},
    )
    themes = forms.TypedMultipleChoiceField(
        label=_("Themes"),
        choices=(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only items about these themes; choose none to receive every theme."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = translation.get_language()
        if language in dict(settings.LANGUAGES):
            self.fields["language"].initial = language
        # Slugs are the same in every language; the names are the reader's.
        self.terms = {term.slug: term for term in reader_terms(Theme)}
        self.fields["themes"].choices = [(slug, t.name) for slug, t in self.terms.items()]

    def clean_themes(self):
        return [self.terms[slug] for slug in self.cleaned_data["themes"]]


class SubscribeForm(TopicsForm):
    """The public sign-up form."""

    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        validators=[validate_not_disposable],
        help_text=_("We send a link to this address; the subscription starts when you follow it."),
        error_messages={
            "required": _("Give your e-mail address."),
            "invalid": _("This does not look like an e-mail address, e.g. name@example.org."),
        },
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Without this consent we cannot send the newsletter.")},
    )
    # A honeypot: hidden from people by the stylesheet and from screen readers, so only
    # robots that fill in every field fill it in.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    field_order = ["email", "language", "kinds", "themes", "consent", "homepage"]

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix("homepage")))


class MemberSubscribeForm(TopicsForm):
    """Signing up from the account page: the account's address, already confirmed."""

    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Without this consent we cannot send the newsletter.")},
    )


class PreferencesForm(TopicsForm):
    """Language and topics, edited from the signed link in every newsletter."""
