"""The newsletter in the Wagtail admin, for Editors: compose a digest, preview it, send a
test to oneself, send it; and the report of subscribers and deliveries with the CSV export
for the data controller.

Each view checks its own permission (from migration 0002, given to Editors): composing takes
``add_digest``, previewing and testing ``change_digest``, sending ``send_digest`` and the
report ``export_subscriber``; superusers have them all.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.spreadsheets import csv_download
from newsletter import sending, tasks
from newsletter.digests import compose, fill_in
from newsletter.models import (
    ContentKind,
    Delivery,
    DeliveryStatus,
    Digest,
    DigestStatus,
    Subscriber,
    SubscriberStatus,
)

COMPOSE = "newsletter.add_digest"
EDIT = "newsletter.change_digest"
SEND = "newsletter.send_digest"
REPORT = "newsletter.export_subscriber"
FAILURES_SHOWN = 50


def can(user, permission):
    return user.is_active and user.has_perm(permission)


def require(user, permission):
    if not can(user, permission):
        raise PermissionDenied


def edit_url(digest):
    return reverse("wagtailsnippets_newsletter_digest:edit", args=[digest.pk])


def send_url(digest):
    return reverse("newsletter_digest_send", args=[digest.pk])


class DigestAdminForm(WagtailAdminModelForm):
    """A digest is edited until it is sent; items added by kind and id are filled in."""

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and not self.instance.is_draft:
            raise forms.ValidationError(
                gettext_lazy("This digest has been sent and can no longer be changed.")
            )
        return cleaned

    def save(self, commit=True):
        digest = super().save(commit=commit)
        if commit:
            fill_in(digest)
        return digest


class ComposeForm(forms.Form):
    language = forms.ChoiceField(
        label=gettext_lazy("Language"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
        help_text=gettext_lazy("The digest goes to the subscribers who read this language."),
    )


class ComposeView(WagtailAdminTemplateMixin, FormView):
    """Start a digest in one language from what was published since the previous one."""

    form_class = ComposeForm
    template_name = "newsletter/admin/compose.html"
    page_title = gettext_lazy("Compose a digest")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        require(request.user, COMPOSE)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        digest = compose(form.cleaned_data["language"], self.request.user)
        messages.success(
            self.request,
            _("The digest holds what is new since %(since)s; reorder, drop or add items.")
            % {"since": digest.since.strftime("%d.%m.%Y %H:%M")},
        )
        return redirect(edit_url(digest))


class DigestSendView(WagtailAdminTemplateMixin, TemplateView):
    """The digest as subscribers will read it (HTML and plain text), how many will receive
    it, a test to oneself and the button that sends it."""

    template_name = "newsletter/admin/send.html"
    header_icon = "mail"

    def dispatch(self, request, pk):
        require(request.user, EDIT)
        self.digest = get_object_or_404(Digest, pk=pk)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Preview and send")

    def get_page_subtitle(self):
        return self.digest.subject

    def get_context_data(self, **kwargs):
        rendered = sending.preview(self.digest)
        deliveries = Delivery.objects.filter(digest=self.digest)
        return super().get_context_data(
            digest=self.digest,
            text=rendered.text,
            html_url=reverse("newsletter_digest_preview_html", args=[self.digest.pk]),
            edit_url=edit_url(self.digest),
            subscribers=Subscriber.objects.filter(
                status=SubscriberStatus.CONFIRMED, language=self.digest.language
            ).count(),
            can_send=can(self.request.user, SEND),
            counts=dict(deliveries.values_list("status").annotate(n=Count("pk")).order_by()),
            statuses=DeliveryStatus.choices,
            **kwargs,
        )

    def post(self, request, pk):
        action = request.POST.get("action")
        if action == "test":
            if not request.user.email:
                messages.error(request, _("Your account has no e-mail address to send a test to."))
            elif sending.send_test(self.digest, request.user.email):
                messages.success(
                    request, _("A test was sent to %(email)s.") % {"email": request.user.email}
                )
            else:
                messages.error(request, _("The mail server refused the test; try again later."))
        elif action == "send":
            require(request.user, SEND)
            if not self.digest.items.exists():
                messages.error(request, _("The digest has no items; add some before sending."))
            elif tasks.start_sending(self.digest):
                messages.success(request, _("The digest is being sent."))
            else:
                messages.warning(request, _("This digest has already been sent."))
        return redirect(send_url(self.digest))


def preview_html(request, pk):
    """The HTML mail alone, shown in the preview's frame."""
    require(request.user, EDIT)
    digest = get_object_or_404(Digest, pk=pk)
    response = HttpResponse(sending.preview(digest).html)
    response["X-Frame-Options"] = "SAMEORIGIN"
    return response


class NewsletterReportView(WagtailAdminTemplateMixin, TemplateView):
    """Subscribers per language and per topic, digests sent and delivery failures."""

    template_name = "newsletter/admin/report.html"
    page_title = gettext_lazy("Newsletter report")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        require(request.user, REPORT)
        if request.GET.get("format") == "csv":
            return subscribers_csv()
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        confirmed = Subscriber.objects.filter(status=SubscriberStatus.CONFIRMED)
        by_language = dict(confirmed.values_list("language").annotate(n=Count("pk")).order_by())
        by_kind = confirmed.aggregate(
            **{kind: Count("pk", filter=Q(kinds__contains=f",{kind},")) for kind in ContentKind}
        )
        themes = (
            Subscriber.themes.through.objects.filter(subscriber__status=SubscriberStatus.CONFIRMED)
            .values("theme__name")
            .annotate(n=Count("pk"))
            .order_by("theme__name")
        )
        digests = Digest.objects.exclude(status=DigestStatus.DRAFT).annotate(
            sent=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.SENT)),
            failed=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.FAILED)),
        )
        failures = (
            Delivery.objects.filter(status=DeliveryStatus.FAILED)
            .select_related("digest", "subscriber")
            .order_by("-claimed_at")[:FAILURES_SHOWN]
        )
        return super().get_context_data(
            languages=[(name, by_language.get(code, 0)) for code, name in settings.LANGUAGES],
            kinds=[(ContentKind(kind).label, by_kind[kind]) for kind in ContentKind],
            themes=themes,
            no_theme=confirmed.filter(themes__isnull=True).count(),
            pending=Subscriber.objects.filter(status=SubscriberStatus.PENDING).count(),
            unsubscribed=Subscriber.objects.filter(status=SubscriberStatus.UNSUBSCRIBED).count(),
            total=confirmed.count(),
            digests=digests,
            failures=failures,
            csv_url=reverse("newsletter_report") + "?format=csv",
            **kwargs,
        )


def moment(value):
    return value.isoformat(timespec="seconds") if value else ""


def subscribers_csv():
    """Every subscriber, with what they agreed to and when: for the data controller."""
    rows = Subscriber.objects.order_by("pk").prefetch_related("themes")
    return csv_download(
        "newsletter-subscribers",
        [
            _("E-mail"),
            _("Status"),
            _("Language"),
            _("Kinds of content"),
            _("Themes"),
            _("Signed up at"),
            _("Confirmed at"),
            _("Consent given at"),
            _("Consent text version"),
            _("Unsubscribed at"),
        ],
        (
            [
                s.email,
                s.status,
                s.language,
                " ".join(s.kinds),
                " ".join(sorted(t.slug for t in s.themes.all())),
                moment(s.created_at),
                moment(s.confirmed_at),
                moment(s.consent_given_at),
                s.consent_version,
                moment(s.unsubscribed_at),
            ]
            for s in rows.iterator(chunk_size=2000)
        ),
    )
