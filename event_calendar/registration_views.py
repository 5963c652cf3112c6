"""Registering for an occurrence (``/{lang}/events/<slug>/register/?date=YYYY-MM-DD``) and the
registrant's own page reached by the signed link in their e-mails
(``/{lang}/events/registrations/<signed_token>/``), where they see the online link and cancel.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views import View
from wagtail.models import Locale

from cms.params import parse_date
from cms.privacy import public
from event_calendar import registrations
from event_calendar.emails import send_registration_email
from event_calendar.forms import RegistrationForm
from event_calendar.models import EventPage, EventRegistration, RegistrationStatus
from event_calendar.models.pages import Registration
from event_calendar.registrations import signed_token, token_from
from library.models.pages import is_member


class RegisterView(View):
    template_name = "event_calendar/register.html"

    def dispatch(self, request, slug):
        self.page = get_object_or_404(
            public(EventPage.objects.live()), slug=slug, locale=Locale.get_active()
        )
        if self.page.registration == Registration.NONE:
            raise Http404
        if self.page.registration == Registration.MEMBERS:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not is_member(request.user):
                raise PermissionDenied
        self.source = registrations.source_page(self.page)
        self.occurrence = self.find_occurrence(request.GET.get("date"))
        return super().dispatch(request, slug)

    def find_occurrence(self, value):
        """The occurrence named by ``?date=``; a single event's only one when absent."""
        if not value:
            if self.source.is_recurring:
                raise Http404
            return self.source.occurrence_on(self.source.local_start.date())
        day = parse_date(value)
        if day is None:
            raise Http404
        occurrence = self.source.occurrence_on(day)
        if occurrence is None:
            raise Http404
        return occurrence

    def render_form(self, form, status=200):
        state = registrations.occurrence_states(self.source, [self.occurrence])[0]
        context = {
            "page": self.page,
            "form": form,
            "occurrence": self.occurrence,
            "state": state,
            "closed_reason": registrations.refusal(self.source, self.occurrence),
        }
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, slug):
        return self.render_form(RegistrationForm(user=request.user))

    def post(self, request, slug):
        form = RegistrationForm(request.POST, user=request.user)
        if not form.is_valid():
            return self.render_form(form, status=400)
        try:
            registration = registrations.register(
                self.page,
                self.occurrence.original_date,
                form.cleaned_data,
                translation.get_language(),
                request.user,
            )
        except registrations.RegistrationRefused as refused:
            form.add_error(None, refused.message)
            return self.render_form(form, status=400)
        confirmed = registration.status == RegistrationStatus.CONFIRMED
        template = "confirmed" if confirmed else "waitlisted"
        if send_registration_email(registration, template):
            if template == "confirmed":
                messages.success(request, _("You are registered. We have sent you a confirmation."))
            else:
                messages.success(
                    request,
                    _("All places are taken: you are on the waiting list. We have e-mailed you."),
                )
        else:
            messages.warning(
                request,
                _(
                    "You are registered, but we could not send the e-mail. "
                    "Keep the link to this page to see or cancel your registration."
                ),
            )
        return redirect("event_registration", signed_token=signed_token(registration))


class ManageRegistrationView(View):
    """The registrant's page: the registration, the online link when confirmed, cancel."""

    template_name = "event_calendar/manage_registration.html"

    def dispatch(self, request, signed_token):
        try:
            token = token_from(signed_token)
        except signing.BadSignature:
            raise Http404 from None
        self.registration = get_object_or_404(
            EventRegistration.objects.select_related("event"), token=token
        )
        return super().dispatch(request, signed_token)

    def get(self, request, signed_token):
        registration = self.registration
        event = registrations.translation_of(registration.event, translation.get_language())
        occurrence = registration.event.occurrence_on(registration.occurrence_date)
        return render(
            request,
            self.template_name,
            {
                "registration": registration,
                "event": event,
                "occurrence": occurrence,
                "show_online_link": registration.status == RegistrationStatus.CONFIRMED
                and bool(registration.event.online_url),
                "online_url": registration.event.online_url,
            },
        )

    def post(self, request, signed_token):
        promoted = registrations.cancel(self.registration)
        if promoted is not None:
            send_registration_email(promoted, "promoted")
        messages.success(request, _("Your registration is cancelled."))
        return redirect("event_registration", signed_token=signed_token)
