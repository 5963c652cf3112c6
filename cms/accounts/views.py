from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.views.generic import TemplateView
from wagtail import hooks

from cms.accounts.forms import PasswordResetForm


class AccountView(LoginRequiredMixin, TemplateView):
    """The member's own page: who they are and what they have done on the site."""

    template_name = "account/account.html"

    def get_context_data(self, **kwargs):
        # Sections register what a member sees here (hook "account_sections": a function of
        # the request returning HTML), so this page needs no knowledge of them.
        sections = [section(self.request) for section in hooks.get_hooks("account_sections")]
        return super().get_context_data(sections=sections, **kwargs)


class LoginView(auth_views.LoginView):
    template_name = "account/login.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    template_name = "account/logged_out.html"


class PasswordResetView(auth_views.PasswordResetView):
    """Sends the reset link in the language the visitor asked in (the active language)."""

    form_class = PasswordResetForm
    template_name = "account/password_reset_form.html"
    success_url = reverse_lazy("account_password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "account/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "account/password_reset_confirm.html"
    success_url = reverse_lazy("account_password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "account/password_reset_complete.html"
