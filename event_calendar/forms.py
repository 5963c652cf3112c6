"""The registration form: who comes, from where, what they need, and their consent."""

from django import forms
from django.utils.translation import gettext_lazy as _


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Name and surname"), max_length=200)
    email = forms.EmailField(
        label=_("E-mail"), help_text=_("We send the confirmation and the calendar entry here.")
    )
    organisation_name = forms.CharField(label=_("Organisation"), max_length=255, required=False)
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Interpretation, step-free access, captions, a quiet room…"),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that Forum „Razem” processes these data to organise the meeting. "
            "They are deleted after the meeting."
        ),
        error_messages={"required": _("We need your consent to register you.")},
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # A member does not type again what their account already knows.
        if user is not None and user.is_authenticated:
            self.fields["name"].initial = user.get_full_name()
            self.fields["email"].initial = user.email
            organisation = user.organisations.public().first()
            if organisation is not None:
                self.fields["organisation_name"].initial = organisation.name
