"""The support board's own pages: a listing with its matches, posting and editing a need or
an offer, and proposing cooperation.

Members of the Forum linked to an approved organisation post and answer listings; visitors
read them. Anonymous visitors who try to post are sent to log in; logged-in people who may
not post get 403. A listing of an organisation that is not approved does not exist (404).
"""

import datetime

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import CreateView, UpdateView
from wagtail.models import Locale

from cms.i18n import with_local_terms
from directory.emails import send_in_language
from directory.matching import best_matches
from directory.models import CooperationProposal, Status, SupportIndexPage, SupportListing
from directory.models.board import posting_organisations
from directory.support_forms import ProposeCooperationForm, SupportListingForm

PROPOSALS_PER_HOUR = 5


def support_board():
    """The board's page in the reader's language, if there is one."""
    return SupportIndexPage.objects.live().filter(locale=Locale.get_active()).first()


def public_listing(pk):
    """A listing of an approved organisation, with what its page shows; else 404."""
    listings = SupportListing.objects.filter(organisation__status=Status.APPROVED)
    listing = get_object_or_404(
        listings.select_related("organisation").prefetch_related("themes", "regions"), pk=pk
    )
    return with_local_terms([listing], "themes", "regions")[0]


def is_open(listing):
    return not listing.is_closed and not is_expired(listing)


def is_expired(listing):
    return listing.valid_until is not None and listing.valid_until < timezone.localdate()


class MemberRequiredMixin(LoginRequiredMixin):
    """Logged-in members linked to an approved organisation; anonymous visitors log in,
    anybody else gets 403."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.organisations = posting_organisations(request.user)
        if not self.organisations:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def render_listing(request, pk, form=None, status=200):
    """The listing's page; ``form`` is a proposal that came back with errors."""
    listing = public_listing(pk)
    organisations = posting_organisations(request.user)
    own = listing.organisation in organisations
    listing_is_open = is_open(listing)
    context = {
        "listing": listing,
        "board": support_board(),
        "is_open": listing_is_open,
        "is_expired": is_expired(listing),
        "matches": best_matches(listing) if listing_is_open else [],
        "can_edit": own,
        "can_propose": listing_is_open and bool(organisations) and not own,
        "form": form or ProposeCooperationForm(organisations=organisations),
        "login_url": login_url(request),
    }
    return TemplateResponse(request, "directory/support_listing.html", context, status=status)


def login_url(request):
    """The login page, coming back to where the visitor is."""
    query = QueryDict(mutable=True)
    query["next"] = request.get_full_path()
    return f"{reverse('account_login')}?{query.urlencode(safe='/')}"


class ListingView(View):
    """A need or an offer, its best matches and, for other members, «Propose cooperation»."""

    def get(self, request, pk):
        return render_listing(request, pk)


class ListingFormMixin(MemberRequiredMixin):
    model = SupportListing
    form_class = SupportListingForm
    template_name = "directory/support_listing_form.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "organisations": self.organisations}

    def get_context_data(self, **kwargs):
        return super().get_context_data(board=support_board(), **kwargs)

    def get_success_url(self):
        return self.object.get_absolute_url()


class NewListingView(ListingFormMixin, CreateView):
    """A member posts a need or an offer of their organisation."""

    def form_valid(self, form):
        form.instance.author = self.request.user
        response = super().form_valid(form)
        messages.success(self.request, _("Your listing is on the board."))
        return response


class EditListingView(ListingFormMixin, UpdateView):
    """A member edits, closes or reopens a listing of their own organisation."""

    def get_object(self, queryset=None):
        listing = SupportListing.objects.filter(pk=self.kwargs["pk"]).first()
        if listing is None:
            raise Http404
        if listing.organisation not in self.organisations:
            raise PermissionDenied  # someone else's listing
        return listing

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action in ("close", "reopen"):
            self.object = self.get_object()
            return self.close_or_reopen(action)
        return super().post(request, *args, **kwargs)

    def close_or_reopen(self, action):
        listing = self.object
        listing.is_closed = action == "close"
        listing.save(update_fields=["is_closed", "updated_at"])
        if action == "close":
            messages.success(self.request, _("The listing is closed."))
        elif is_expired(listing):
            messages.warning(
                self.request,
                _("The listing is reopened, but its date has passed: set a new date to show it."),
            )
            return HttpResponseRedirect(reverse("support_edit", kwargs={"pk": listing.pk}))
        else:
            messages.success(self.request, _("The listing is open again."))
        return HttpResponseRedirect(listing.get_absolute_url())

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your changes are saved."))
        return response


class ProposeCooperationView(MemberRequiredMixin, View):
    """A member proposes cooperation to the organisation behind a listing: the proposal is
    kept, then both organisations get an introduction by e-mail, each in its language."""

    http_method_names = ["post"]

    def post(self, request, pk):
        listing = public_listing(pk)
        if listing.organisation in self.organisations:
            raise PermissionDenied  # one does not propose to oneself
        if not is_open(listing):
            messages.error(request, _("This listing is closed: it takes no more proposals."))
            return HttpResponseRedirect(listing.get_absolute_url())
        form = ProposeCooperationForm(request.POST, organisations=self.organisations)
        if self.sent_in_the_last_hour() >= PROPOSALS_PER_HOUR:
            form.add_error(
                None,
                _("You have sent %(limit)d proposals in the last hour. Please try again later.")
                % {"limit": PROPOSALS_PER_HOUR},
            )
            return render_listing(request, pk, form=form, status=429)
        if not form.is_valid():
            return render_listing(request, pk, form=form, status=400)
        proposal = CooperationProposal.objects.create(
            listing=listing,
            from_organisation=form.proposing_organisation(),
            sender=request.user,
            message=form.cleaned_data["message"],
        )
        if introduce(request, proposal):
            messages.success(
                request,
                _("Your proposal is sent: both organisations have received an introduction."),
            )
        else:
            messages.warning(
                request,
                _(
                    "Your proposal is saved, but the e-mail could not be sent. The Forum team "
                    "will pass it on; you may also write to the organisation directly."
                ),
            )
        return HttpResponseRedirect(listing.get_absolute_url())

    def sent_in_the_last_hour(self):
        since = timezone.now() - datetime.timedelta(hours=1)
        return CooperationProposal.objects.filter(
            sender=self.request.user, created_at__gte=since
        ).count()


def introduce(request, proposal):
    """E-mail the listing's organisation and the proposer's organisation, each at its
    contact address and in its language, with the other's public profile. Replies go to
    the proposer; neither learns the other's private contact. ``True`` if both went."""
    listing, proposer = proposal.listing, proposal.from_organisation
    context = {
        "proposal": proposal,
        "listing": listing,
        "base_url": request.build_absolute_uri("/").rstrip("/"),
        "sender_email": proposal.sender.email,
    }
    reply_to = [proposal.sender.email] if proposal.sender.email else None
    sent = [
        send_in_language(
            [organisation.contact_email],
            organisation.contact_language,
            template,
            {**context, "recipient": organisation, "other": other},
            reply_to=reply_to,
        )
        for organisation, other, template in (
            (listing.organisation, proposer, "cooperation_proposal_received"),
            (proposer, listing.organisation, "cooperation_proposal_sent"),
        )
    ]
    return all(sent)


def account_listings(request):
    """The member's organisations' needs and offers on their account page (hook
    ``account_sections``); nothing for accounts that post for no organisation."""
    organisations = posting_organisations(request.user)
    if not organisations:
        return ""
    listings = list(
        SupportListing.objects.filter(organisation__in=organisations).select_related("organisation")
    )
    for listing in listings:
        listing.is_open_now = is_open(listing)
    return render_to_string(
        "directory/account_listings.html",
        {"listings": listings, "several": len(organisations) > 1},
        request=request,
    )
