"""The forms of members' accounts on the public site."""

from django.contrib.auth import forms as auth_forms
from django.utils import translation

from cms import mail


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's password reset, its mail rendered by ``cms.mail`` like every other mail: in
    the language the visitor asked in, with the Forum's footer and an HTML part."""

    mail_template = "account/emails/password_reset"

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        # Django's ``site_name`` is the request's host (there is no Sites framework here): it
        # would replace the Forum's name in the footer.
        context = {key: value for key, value in context.items() if key != "site_name"}
        mail.send(self.mail_template, context, translation.get_language(), [to_email])
