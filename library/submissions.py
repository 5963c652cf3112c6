"""Members submit materials to the library: ``/{lang}/library/submit/``.

A submission becomes a draft library item owned by the member, in the language they
submitted in, and goes straight into the «Library review» workflow; nothing is public until
a Library reviewer approves it. The member's language is remembered as their Wagtail
preferred language, so the workflow's e-mails (a rejection's comment) reach them in it.
"""

from django import forms
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.models import Locale, WorkflowState
from wagtail.users.models import UserProfile

from cms.i18n import in_reader_language
from cms.models import Theme
from cms.params import IdChoicesField
from directory.models import Organisation
from library.models import (
    Access,
    LibraryIndexPage,
    LibraryItemPage,
    Licence,
    MaterialLanguage,
    ResourceType,
)
from library.models.pages import is_member
from library.validation import validate_upload


class SubmissionForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=255)
    summary = forms.CharField(
        label=_("Summary"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Two or three sentences: what the material is and who it is for."),
    )
    resource_type = forms.ChoiceField(label=_("Type of material"), choices=ResourceType.choices)
    themes = IdChoicesField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages of the material"),
        choices=MaterialLanguage.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    organisation = forms.ModelChoiceField(
        label=_("Your organisation"),
        queryset=Organisation.objects.none(),
        help_text=_("The material is attributed to it and appears on its profile."),
    )
    publisher_name = forms.CharField(
        label=_("Another publisher"),
        max_length=200,
        required=False,
        help_text=_("Only if someone else published the material, e.g. a ministry."),
    )
    publication_date = forms.DateField(
        label=_("Publication date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("PDF, office document, text or image."),
    )
    external_url = forms.URLField(
        label=_("Or a link"),
        required=False,
        assume_scheme="https",
        help_text=_("Where the material is online, if you do not upload a file."),
    )
    licence = forms.ChoiceField(label=_("Licence"), choices=Licence.choices)
    access = forms.ChoiceField(label=_("Who may read it"), choices=Access.choices)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # A member submits on behalf of their organisation; an account that no
        # organisation has claimed (yet) gives the publisher by name.
        organisations = user.organisations.public()
        if organisations.exists():
            self.fields["organisation"].queryset = organisations
            self.fields["organisation"].initial = organisations.first()
        else:
            del self.fields["organisation"]
        self.fields["themes"].queryset = Theme.objects.filter(
            pk__in=[theme.pk for theme in in_reader_language(Theme.objects.all())]
        )

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded:
            validate_upload(uploaded)
        return uploaded

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("file") and not cleaned.get("external_url"):
            raise forms.ValidationError(_("Upload a file or give a link to the material."))
        return cleaned

    @transaction.atomic
    def save(self, user, index):
        """The draft item under ``index``, owned by ``user``, submitted for review."""
        data = self.cleaned_data
        document = None
        if data["file"]:
            document = get_document_model().objects.create(
                title=data["title"], file=data["file"], uploaded_by_user=user
            )
        item = LibraryItemPage(
            title=data["title"],
            slug=find_available_slug(index, slugify(data["title"]) or "material"),
            summary=data["summary"],
            resource_type=data["resource_type"],
            languages=data["languages"],
            publisher_organisation=data.get("organisation"),
            publisher_name=data["publisher_name"],
            publication_date=data["publication_date"],
            document=document,
            external_url=data["external_url"],
            licence=data["licence"],
            access=data["access"],
            owner=user,
            live=False,
        )
        index.add_child(instance=item)
        item.themes.set(data["themes"])
        item.save_revision(user=user)
        item.get_workflow().start(item, user)
        return item


def remember_language(user):
    """Workflow e-mails speak the recipient's Wagtail preferred language: make it theirs."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = translation.get_language()
    profile.save(update_fields=["preferred_language"])


class SubmitMaterialView(LoginRequiredMixin, FormView):
    """The submission form, for logged-in members of the Forum only."""

    form_class = SubmissionForm
    template_name = "library/submit.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not is_member(request.user):
            raise PermissionDenied
        self.index = LibraryIndexPage.objects.live().filter(locale=Locale.get_active()).first()
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        return super().get_context_data(library=self.index, **kwargs)

    def form_valid(self, form):
        if self.index is None:
            form.add_error(None, _("The library is not open in this language yet."))
            return self.form_invalid(form)
        form.save(self.request.user, self.index)
        remember_language(self.request.user)
        return redirect(f"{reverse('account')}#submissions")


STATE_LABELS = {
    WorkflowState.STATUS_IN_PROGRESS: _("In review"),
    WorkflowState.STATUS_NEEDS_CHANGES: _("Returned with comments"),
    WorkflowState.STATUS_APPROVED: _("Approved"),
    WorkflowState.STATUS_CANCELLED: _("Withdrawn"),
}


def submissions_of(user):
    """The member's library items, newest first, each with ``state`` to show (two queries)."""
    items = list(LibraryItemPage.objects.filter(owner=user).order_by("-first_published_at", "-pk"))
    latest = {}
    for state in WorkflowState.objects.filter(
        base_content_type__model="page", object_id__in=[str(item.pk) for item in items]
    ).order_by("created_at"):
        latest[state.object_id] = state.status
    for item in items:
        status = latest.get(str(item.pk))
        item.state = _("Published") if item.live else STATE_LABELS.get(status, _("Draft"))
    return items


def account_submissions(request):
    """The member's submissions on their account page (hook ``account_sections``)."""
    return render_to_string(
        "library/account_submissions.html",
        {"submissions": submissions_of(request.user)},
        request=request,
    )
