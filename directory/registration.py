"""Organisations register themselves; approved ones get member accounts and edit their profile.

``/{lang}/organizations/register/``: a public form. A registration is a pending organisation,
public only once a Directory moderator approves it (``directory/moderation.py``). It is saved
before any e-mail goes, so a mail server that refuses loses nothing.

On approval the contact person is invited (``invite_contact``): an account with that e-mail
(an existing one is reused) joins Members and the organisation, and the invitation link
(``/{lang}/account/invitation/<uidb64>/<token>/``) lets them set a password. Members then edit
the public profile, the logo and the description's translations at
``/{lang}/account/organisation/``; each edit is a revision that moderators can compare and
revert.
"""

import hashlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.views.generic import FormView, TemplateView
from wagtail.coreutils import string_to_ascii

from cms.clients import client_address
from cms.params import text
from directory.emails import send_in_language
from directory.forms import CONSENT_VERSION, OrganisationEditForm, RegistrationForm
from directory.models import Organisation

MEMBERS_GROUP = "Members"  # cms/migrations/0003_groups_and_permissions
MODERATORS_GROUP = "Directory moderators"

REGISTRATIONS_PER_HOUR = 5
RATE_LIMIT_WINDOW = 60 * 60
# Paths under /organizations/ that are views, not profiles: no organisation may take them.
RESERVED_SLUGS = {"register", "coverage"}
SLUG_MAX_LENGTH = 100


def organisation_slug(name):
    """A unique ASCII slug for ``name``: Polish and Cyrillic letters are transliterated
    (``Łódź`` → ``lodz``, ``Світло`` → ``svitlo``); a clash gets ``-2``, ``-3``…"""
    base = slugify(string_to_ascii(name))[:SLUG_MAX_LENGTH].strip("-") or "organisation"
    taken = set(Organisation.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    taken |= RESERVED_SLUGS
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def client_key(request):
    """The rate limit's cache key: a salted hash of the client's IP address, so the cache
    holds no address."""
    address = client_address(request)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()
    return f"directory:registrations:{digest}"


def over_rate_limit(request):
    return cache.get(client_key(request), 0) >= REGISTRATIONS_PER_HOUR


def count_registration(request):
    key = client_key(request)
    # add() starts the window; incr() keeps its expiry.
    cache.add(key, 0, RATE_LIMIT_WINDOW)
    try:
        cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, RATE_LIMIT_WINDOW)


def admin_edit_url(request, organisation):
    return request.build_absolute_uri(
        reverse("wagtailsnippets_directory_organisation:edit", args=[organisation.pk])
    )


def moderator_addresses():
    users = get_user_model().objects.filter(groups__name=MODERATORS_GROUP, is_active=True)
    return sorted({email for email in users.values_list("email", flat=True) if email})


class RegisterOrganisationView(FormView):
    """The registration form; a valid registration is saved as pending and acknowledged."""

    form_class = RegistrationForm
    template_name = "directory/registration_form.html"

    def post(self, request, *args, **kwargs):
        if over_rate_limit(request):
            return TemplateResponse(request, "directory/registration_limited.html", status=429)
        form = self.get_form()
        if form.is_spam:
            # Answer a robot as if it had succeeded, so that it learns nothing; save nothing.
            count_registration(request)
            return redirect("organisation_register_done")
        if form.is_valid():
            return self.form_valid(form)
        return self.form_invalid(form)

    def form_valid(self, form):
        with transaction.atomic():
            form.instance.slug = organisation_slug(form.cleaned_data["name"])
            form.instance.consent_given_at = timezone.now()
            form.instance.consent_version = CONSENT_VERSION
            organisation = form.save_with_terms()
            # The registration as sent: the first version moderators can compare edits with.
            organisation.save_revision()
        count_registration(self.request)
        context = {"organisation": organisation}
        send_in_language(
            [organisation.contact_email],
            organisation.contact_language,
            "registration_received",
            context,
        )
        moderators = moderator_addresses()
        if moderators:
            send_in_language(
                moderators,
                settings.LANGUAGE_CODE,
                "registration_new",
                {**context, "admin_url": admin_edit_url(self.request, organisation)},
            )
        return redirect("organisation_register_done")


class RegistrationDoneView(TemplateView):
    template_name = "directory/registration_done.html"


class InvitationTokenGenerator(PasswordResetTokenGenerator):
    """Invitation links: like password-reset links (void once the password is set), but
    signed with their own salt so that neither kind of link works as the other."""

    key_salt = "directory.registration.InvitationTokenGenerator"


invitation_token = InvitationTokenGenerator()


def member_account_for(organisation):
    """The account of the organisation's contact person: the existing one with that
    e-mail, or a new one without a password (the invitation sets it)."""
    User = get_user_model()
    email = organisation.contact_email
    user = User.objects.filter(email__iexact=email).order_by("pk").first()
    if user is None:
        username, number = email.lower()[:150], 1
        while User.objects.filter(username__iexact=username).exists():
            number += 1
            username = f"{email.lower()[:140]}-{number}"
        first_name, _space, last_name = organisation.contact_name.partition(" ")
        user = User(
            username=username, email=email, first_name=first_name[:150], last_name=last_name[:150]
        )
        user.set_unusable_password()
        user.save()
    return user


def invitation_path(user, language):
    with translation.override(language):
        return reverse(
            "account_invitation",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": invitation_token.make_token(user),
            },
        )


@transaction.atomic
def invite_contact(organisation):
    """The contact person's account, in Members and linked to ``organisation``; returns
    the account and the invitation's path in the contact person's language."""
    user = member_account_for(organisation)
    user.groups.add(Group.objects.get(name=MEMBERS_GROUP))
    organisation.members.add(user)
    return user, invitation_path(user, organisation.contact_language)


class AcceptInvitationView(auth_views.PasswordResetConfirmView):
    """The invited member sets a password, is logged in and lands on the account page.

    Django's password-reset confirmation does all of it (the token leaves the URL before
    the form is shown; an invalid or used link says so), with the invitation's own tokens.
    """

    template_name = "directory/account_invitation.html"
    token_generator = invitation_token
    post_reset_login = True
    post_reset_login_backend = "django.contrib.auth.backends.ModelBackend"
    success_url = reverse_lazy("account")


def member_organisations(user):
    return user.organisations.order_by("name") if user.is_authenticated else []


class EditOrganisationView(LoginRequiredMixin, FormView):
    """A member edits their organisation's public profile; each save is a logged revision.

    A member of several organisations picks one with ``?organisation=<slug>``.
    """

    form_class = OrganisationEditForm
    template_name = "directory/account_organisation.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        organisations = member_organisations(request.user)
        slug = text(request.GET, "organisation")
        chosen = organisations.filter(slug=slug) if slug else organisations
        self.organisation = chosen.first()
        if self.organisation is None:  # not a member, or not of that organisation
            raise PermissionDenied
        self.organisations = organisations
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "instance": self.organisation,
            "user": self.request.user,
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            organisation=self.organisation, organisations=self.organisations, **kwargs
        )

    def form_valid(self, form):
        with transaction.atomic():
            if self.organisation.latest_revision_id is None:
                # Organisations added without a revision (the seed, an import): keep the
                # state before the first edit, so that moderators can go back to it.
                Organisation.objects.get(pk=self.organisation.pk).save_revision()
            organisation = form.save_with_terms()
            organisation.save_revision(user=self.request.user, log_action=True)
        return redirect(f"{reverse('account')}?saved=1#organisation")


def account_organisation(request):
    """The member's organisations on their account page (hook ``account_sections``)."""
    organisations = list(member_organisations(request.user))
    if not organisations:
        return ""
    return render_to_string(
        "directory/account_section.html",
        {"organisations": organisations, "saved": "saved" in request.GET},
        request=request,
    )
