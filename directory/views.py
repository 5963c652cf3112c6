"""Public views of the directory outside its section page: an organisation's profile and
the coverage map.

Both read approved organisations only (``Organisation.objects.public()``) and never the
contact person's fields.

Other apps add sections to a profile without the directory importing them: a function
registered as the Wagtail hook ``organisation_profile_sections`` takes ``(request,
organisation)`` and returns safe HTML (``render_to_string``) or ``None``; the library and
the events register theirs (``<app>/wagtail_hooks.py``).
"""

from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.models import Locale

from cms.i18n import prefer_current_language
from cms.spreadsheets import csv_download
from directory.coverage import build_coverage
from directory.filters import TERM_FILTERS
from directory.models import (
    Organisation,
    OrganisationIndexPage,
    StaffLanguage,
    SupportListing,
    WorkingGroupPage,
)

PROFILE_SECTIONS_HOOK = "organisation_profile_sections"


def directory_url(request):
    """The directory section in the reader's language, else the path the contract fixes."""
    page = OrganisationIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    return page.get_url(request) if page else f"/{translation.get_language()}/organizations/"


def local_terms(organisation):
    """The organisation's themes, regions and target groups in the reader's language, in
    their editors' order: one query per vocabulary, over the prefetched Polish terms."""
    local = {}
    for model, relation in TERM_FILTERS.values():
        chosen = list(getattr(organisation, relation).all())
        terms = prefer_current_language(chosen, model.objects.all()) if chosen else []
        local[relation] = sorted(terms, key=lambda term: (term.sort_order, term.name))
    return local


class OrganisationProfileView(TemplateView):
    """``/{lang}/organizations/<slug>/``: an approved organisation's public profile; 404 for
    every other status, so a pending registration cannot be guessed from its address."""

    template_name = "directory/organisation_profile.html"

    def get_organisation(self):
        return get_object_or_404(
            Organisation.objects.public()
            .select_related("logo")
            .prefetch_related("themes", "regions", "target_groups", "descriptions"),
            slug=self.kwargs["slug"],
        )

    def working_groups(self, organisation):
        """Live working groups in the reader's language it leads, co-leads or belongs to,
        each with the organisation's role in it."""
        groups = (
            WorkingGroupPage.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .filter(
                Q(lead_organisation=organisation)
                | Q(co_lead_organisation=organisation)
                | Q(member_organisations=organisation)
            )
            .distinct()
            .order_by("title")
        )
        roles = []
        for group in groups:
            if group.lead_organisation_id == organisation.pk:
                role = gettext("Leads the group")
            elif group.co_lead_organisation_id == organisation.pk:
                role = gettext("Co-leads the group")
            else:
                role = gettext("Member of the group")
            roles.append((group, role))
        return roles

    def sections(self, organisation):
        """HTML that other apps add to a profile (the library's materials, events …) through
        the hook, so the directory does not import them; each hook returns HTML or None."""
        sections = hooks.get_hooks(PROFILE_SECTIONS_HOOK)
        rendered = (section(self.request, organisation) for section in sections)
        return [html for html in rendered if html]

    def get_context_data(self, **kwargs):
        organisation = self.get_organisation()
        current = translation.get_language()
        translated = next(
            (d for d in organisation.descriptions.all() if d.language == current), None
        )
        if translated is not None or organisation.description_language == current:
            description = translated.text if translated else organisation.description
            description_lang = ""
        else:
            description = organisation.description
            description_lang = organisation.description_language
        labels = dict(StaffLanguage.choices)
        listings = (
            SupportListing.objects.open()
            .filter(organisation=organisation)
            .order_by("kind", "-created_at", "-pk")
        )
        return super().get_context_data(
            organisation=organisation,
            terms=local_terms(organisation),
            description=description,
            description_lang=description_lang,
            language_names=[labels[c] for c in organisation.staff_languages if c in labels],
            working_groups=self.working_groups(organisation),
            listings=list(listings),
            sections=self.sections(organisation),
            directory_url=directory_url(self.request),
            canonical_url=self.request.build_absolute_uri(organisation.get_absolute_url()),
            **kwargs,
        )


class CoverageView(TemplateView):
    """``/{lang}/organizations/coverage/``: the themes-by-regions matrix, as a page or, with
    ``?format=csv``, as a spreadsheet."""

    template_name = "directory/coverage.html"
    formats = ("", "html", "csv")

    def get(self, request, *args, **kwargs):
        requested = request.GET.get("format", "")
        if requested not in self.formats:
            context = self.get_context_data(
                error=gettext(
                    "There is no format “%(value)s”: leave it out for this page, or ask for "
                    "format=csv for a spreadsheet."
                )
                % {"value": requested[:20]}
            )
            return self.render_to_response(context, status=400)
        if requested == "csv":
            return self.csv(build_coverage())
        return self.render_to_response(self.get_context_data())

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            coverage=build_coverage(),
            directory_url=directory_url(self.request),
            canonical_url=self.request.build_absolute_uri(self.request.path),
            **kwargs,
        )

    def csv(self, coverage):
        header = [
            gettext("theme (slug)"),
            gettext("theme"),
            gettext("region (slug)"),
            gettext("region"),
            gettext("kind of region"),
            gettext("organisations"),
            gettext("open needs"),
            gettext("mark"),
        ]
        rows = [
            [
                cell.theme.slug,
                cell.theme.name,
                row.region.slug,
                row.region.name,
                row.region.get_kind_display(),
                cell.organisations,
                cell.open_needs,
                str(cell.mark_label),
            ]
            for row in coverage.rows
            for cell in row.cells
        ]
        return csv_download("coverage", header, rows)
