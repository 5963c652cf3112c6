"""The public newsletter pages: sign up, confirm, preferences and unsubscribe.

``/{lang}/newsletter/`` signs up (rate limited per client, with a honeypot) and always
answers with the same page, whatever the address. The links from mails carry signed tokens;
one that was tampered with or has expired gets a page that says so in the visitor's
language (HTTP 400) and changes nothing. Unsubscribing accepts a POST without a CSRF token
(RFC 8058 one-click, sent by mail clients); a GET only shows the button.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import FormView, TemplateView

from newsletter import subscriptions
from newsletter.forms import MemberSubscribeForm, PreferencesForm, SubscribeForm
from newsletter.models import SubscriberStatus


def invalid_link(request):
    return TemplateResponse(request, "newsletter/invalid_link.html", status=400)


class SubscribeView(FormView):
    """The sign-up form; every accepted sign-up, new or not, ends on the same page."""

    form_class = SubscribeForm
    template_name = "newsletter/subscribe.html"

    def get_initial(self):
        initial = super().get_initial()
        if self.request.user.is_authenticated and self.request.user.email:
            initial["email"] = self.request.user.email
        return initial

    def post(self, request, *args, **kwargs):
        if subscriptions.over_rate_limit(request):
            return TemplateResponse(request, "newsletter/subscribe_limited.html", status=429)
        form = self.get_form()
        if form.is_spam:
            # Answer a robot as if it had succeeded, so that it learns nothing; save nothing.
            subscriptions.count_subscription(request)
            return redirect("newsletter_subscribe_done")
        if form.is_valid():
            return self.form_valid(form)
        return self.form_invalid(form)

    def form_valid(self, form):
        subscriptions.count_subscription(self.request)
        subscriptions.request_subscription(form.cleaned_data["email"], form.cleaned_data)
        return redirect("newsletter_subscribe_done")


class SubscribeDoneView(TemplateView):
    template_name = "newsletter/subscribe_done.html"


class ConfirmView(View):
    """The confirmation link: a GET shows a button (link scanners in mail servers follow
    links, and must not subscribe anyone), its POST confirms."""

    def get(self, request, token):
        try:
            subscriptions.load(
                token, subscriptions.CONFIRM_SALT, subscriptions.confirmation_max_age()
            )
        except subscriptions.InvalidLink:
            return invalid_link(request)
        return TemplateResponse(request, "newsletter/confirm.html")

    def post(self, request, token):
        try:
            subscriber = subscriptions.confirm(token)
        except subscriptions.InvalidLink:
            return invalid_link(request)
        return TemplateResponse(
            request,
            "newsletter/confirmed.html",
            {"preferences_url": subscriptions.preferences_url(subscriber)},
        )


@method_decorator(csrf_exempt, name="dispatch")
class UnsubscribeView(View):
    """One-click unsubscribing (RFC 8058): a mail client POSTs here without a CSRF token, so
    none is asked; the signed token is what proves the link came from our mail."""

    def get(self, request, token):
        try:
            subscriber = subscriptions.subscriber_from(token, subscriptions.UNSUBSCRIBE_SALT)
        except subscriptions.InvalidLink:
            return invalid_link(request)
        return TemplateResponse(
            request,
            "newsletter/unsubscribe.html",
            {"already": subscriber.status == SubscriberStatus.UNSUBSCRIBED},
        )

    def post(self, request, token):
        try:
            subscriber = subscriptions.subscriber_from(token, subscriptions.UNSUBSCRIBE_SALT)
        except subscriptions.InvalidLink:
            return invalid_link(request)
        subscriptions.unsubscribe(subscriber)
        return TemplateResponse(request, "newsletter/unsubscribed.html")


class PreferencesView(FormView):
    """Language and topics, changed without logging in: the signed link is the key."""

    form_class = PreferencesForm
    template_name = "newsletter/preferences.html"

    def dispatch(self, request, token, *args, **kwargs):
        try:
            self.subscriber = subscriptions.subscriber_from(token, subscriptions.PREFERENCES_SALT)
        except subscriptions.InvalidLink:
            return invalid_link(request)
        return super().dispatch(request, token, *args, **kwargs)

    def get_initial(self):
        return {
            "language": self.subscriber.language,
            "kinds": self.subscriber.kinds,
            "themes": list(self.subscriber.themes.values_list("slug", flat=True)),
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            subscriber=self.subscriber,
            unsubscribe_url=subscriptions.unsubscribe_url(self.subscriber),
            subscribed=self.subscriber.status == SubscriberStatus.CONFIRMED,
            **kwargs,
        )

    def form_valid(self, form):
        subscriptions.update_preferences(self.subscriber, form.cleaned_data)
        context = self.get_context_data(form=form, saved=True)
        return self.render_to_response(context)


class MemberSubscribeView(LoginRequiredMixin, FormView):
    """A member subscribes their account's address from the account page."""

    form_class = MemberSubscribeForm
    template_name = "newsletter/member_subscribe.html"

    def get(self, request, *args, **kwargs):
        return redirect("account")

    def form_valid(self, form):
        if not self.request.user.email:
            return redirect("account")
        subscriptions.subscribe_member(self.request.user, form.cleaned_data)
        messages.success(self.request, _("You are subscribed to the newsletter."))
        return redirect("account")


def account_newsletter(request):
    """The member's subscription on their account page (hook ``account_sections``): its
    language and links, or a form to subscribe the account's address."""
    subscriber = subscriptions.member_subscription(request.user)
    context = {"subscriber": None, "form": None}
    if subscriber is not None and subscriber.status == SubscriberStatus.CONFIRMED:
        context.update(
            subscriber=subscriber,
            preferences_url=subscriptions.preferences_url(subscriber),
            unsubscribe_url=subscriptions.unsubscribe_url(subscriber),
        )
    elif request.user.email:
        context["form"] = MemberSubscribeForm()
    return render_to_string("newsletter/account_section.html", context, request=request)
