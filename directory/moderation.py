"""Directory moderators decide on registrations in the Wagtail admin: approve, reject (with a
reason), archive.

Each decision changes the status, is a Wagtail log entry on the organisation (its history
page shows it) and e-mails the applicant in their language of correspondence. Approval also
invites the contact person to a member account (``directory.registration.invite_contact``).
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from directory.emails import send_in_language
from directory.models import Organisation, Status
from directory.registration import invite_contact

CHANGE_ORGANISATION = "directory.change_organisation"

# action -> (log action type, status it sets, statuses it may start from)
DECISIONS = {
    "approve": (
        "directory.organisation.approve",
        Status.APPROVED,
        {Status.PENDING, Status.REJECTED, Status.ARCHIVED},
    ),
    "reject": ("directory.organisation.reject", Status.REJECTED, {Status.PENDING}),
    "archive": ("directory.organisation.archive", Status.ARCHIVED, {Status.APPROVED}),
}
LOG_ACTIONS = [
    ("directory.organisation.approve", _("Approve organisation"), _("Organisation approved")),
    ("directory.organisation.reject", _("Reject organisation"), _("Organisation rejected")),
    ("directory.organisation.archive", _("Archive organisation"), _("Organisation archived")),
]


def can_moderate(user):
    return user.is_active and user.has_perm(CHANGE_ORGANISATION)


def available_decisions(organisation):
    """The decisions that make sense for the organisation's current status, in order."""
    return [name for name, (_a, _s, start) in DECISIONS.items() if organisation.status in start]


@transaction.atomic
def decide(organisation, decision, user, reason=""):
    """Record ``decision`` on ``organisation`` by ``user``; returns the invitation path
    when it was an approval (the caller makes it absolute)."""
    action, status, _start = DECISIONS[decision]
    organisation.status = status
    organisation.decided_at = timezone.now()
    organisation.rejection_reason = reason if decision == "reject" else ""
    organisation.save(update_fields=["status", "decided_at", "rejection_reason", "updated_at"])
    log(instance=organisation, action=action, user=user, data={"reason": reason})
    if decision == "approve":
        _user, path = invite_contact(organisation)
        return path
    return None


class DecisionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent to the applicant, in the e-mail with the decision."),
    )

    def __init__(self, *args, reason_required=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = reason_required
        self.fields["reason"].error_messages["required"] = _(
            "Say why the registration is rejected: the applicant reads it."
        )


class DecisionView(WagtailAdminTemplateMixin, FormView):
    """Confirm a decision on one organisation (a reason is required to reject)."""

    decision = None  # "approve", "reject" or "archive"
    form_class = DecisionForm
    template_name = "directory/admin/decision.html"
    header_icon = "group"
    titles = {
        "approve": _("Approve the organisation"),
        "reject": _("Reject the registration"),
        "archive": _("Archive the organisation"),
    }

    def dispatch(self, request, pk):
        if not can_moderate(request.user):
            raise PermissionDenied
        self.organisation = get_object_or_404(Organisation, pk=pk)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return self.titles[self.decision]

    def get_page_subtitle(self):
        return self.organisation.name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.index_url, "label": gettext("Organisations")},
            {"url": self.edit_url, "label": self.organisation.name},
            {"url": "", "label": self.get_page_title()},
        ]

    @property
    def index_url(self):
        return reverse("wagtailsnippets_directory_organisation:list")

    @property
    def edit_url(self):
        return reverse("wagtailsnippets_directory_organisation:edit", args=[self.organisation.pk])

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "reason_required": self.decision == "reject"}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            organisation=self.organisation,
            decision=self.decision,
            allowed=self.decision in available_decisions(self.organisation),
            cancel_url=self.edit_url,
            **kwargs,
        )

    def form_valid(self, form):
        if self.decision not in available_decisions(self.organisation):
            messages.error(
                self.request,
                gettext(
                    "This decision does not apply to an organisation whose status is “%(status)s”."
                )
                % {"status": self.organisation.get_status_display()},
            )
            return redirect(self.edit_url)
        reason = form.cleaned_data["reason"]
        path = decide(self.organisation, self.decision, self.request.user, reason)
        organisation = self.organisation
        with translation.override(organisation.contact_language):
            profile_path = organisation.get_absolute_url()
        context = {
            "organisation": organisation,
            "reason": reason,
            "invitation_url": self.request.build_absolute_uri(path) if path else "",
            "profile_url": self.request.build_absolute_uri(profile_path),
        }
        sent = send_in_language(
            [organisation.contact_email],
            organisation.contact_language,
            f"organisation_{self.decision}",
            context,
        )
        messages.success(self.request, self.success_message())
        if not sent:
            messages.warning(
                self.request,
                gettext("The decision is saved, but the e-mail to %(email)s could not be sent.")
                % {"email": organisation.contact_email},
            )
        return redirect(self.index_url)

    def success_message(self):
        name = self.organisation.name
        return {
            "approve": gettext("“%(name)s” approved; its contact person is invited."),
            "reject": gettext("“%(name)s” rejected; the applicant is told why."),
            "archive": gettext("“%(name)s” archived; it is no longer public."),
        }[self.decision] % {"name": name}
