"""The directory's sections in the page tree, so that editors write their introductions in
each language and place them in the menu.

The organisation directory (``/{lang}/organizations/``) and the support board
(``/{lang}/support/``) are pages whose listings come from ``Organisation`` and
``SupportListing`` rows; the registration form, the coverage map, profiles and listings'
own pages are Django views under the same paths (``directory/urls.py``). Working groups are
ordinary translatable pages.
"""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from cms.i18n import reader_terms, with_local_terms
from cms.models import SECTION_TRANSLATABLE_FIELDS, BasePage, Region, Theme
from directory.filters import (
    DirectoryFilters,
    Vocabularies,
    facets,
    search_or_notice,
    with_reader_details,
)

from . import board
from .organisations import Organisation, Status
from .support import SupportListing


class SectionPage(BasePage):
    """A section whose list is not made of its child pages: an introduction and a body."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the filters and the list.")
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("more about the section"),
        blank=True,
        help_text=_("Shown below the list."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = [
        *SECTION_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True


class OrganisationIndexPage(SectionPage):
    """The directory of approved organisations (``/{lang}/organizations/``), with the filters
    of ``directory/filters.py`` and their counts. A GET form: it works without JavaScript."""

    page_size = 24

    class Meta:
        verbose_name = _("organisation directory page")
        verbose_name_plural = _("organisation directory pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        vocabularies = Vocabularies.load()
        filters = DirectoryFilters.from_params(request.GET, vocabularies)
        text_match = search_or_notice(filters)
        organisations = Organisation.objects.public()
        listing = (
            filters.apply(organisations, text_match)
            .order_by("name", "pk")
            .prefetch_related("themes", "regions", "target_groups")
        )
        organisations_page = Paginator(listing, self.page_size).get_page(request.GET.get("page"))
        organisations_page.object_list = with_reader_details(
            list(organisations_page.object_list), vocabularies
        )
        context.update(
            filters=filters,
            facets=facets(organisations, filters, text_match, vocabularies),
            organisations_page=organisations_page,
            # Filters and pages are views of the one directory: search engines index that.
            canonical_url=request.build_absolute_uri(self.get_url(request)),
        )
        return context


class SupportIndexPage(SectionPage):
    """The board of open needs and offers of support between organisations."""

    page_size = 20

    class Meta:
        verbose_name = _("support board page")
        verbose_name_plural = _("support board pages")

    def get_context(self, request, *args, **kwargs):
        """Open listings, filtered and counted; a fixed number of queries per page."""
        context = super().get_context(request, *args, **kwargs)
        themes, regions = reader_terms(Theme), reader_terms(Region)
        filters = board.BoardFilters.from_params(request.GET, themes, regions)
        listings = SupportListing.objects.open()
        shown = (
            filters.apply(listings)
            .select_related("organisation")
            .prefetch_related("themes", "regions")
        )
        listings_page = Paginator(shown, self.page_size).get_page(request.GET.get("page"))
        listings_page.object_list = with_local_terms(listings_page.object_list, "themes", "regions")
        context.update(
            filters=filters,
            facets=board.facets(listings, filters, themes, regions),
            listings_page=listings_page,
            can_post=bool(board.posting_organisations(request.user)),
        )
        return context


class WorkingGroupIndexPage(SectionPage):
    """The thematic working groups the Forum runs, most of them with UNHCR."""

    subpage_types = ["directory.WorkingGroupPage"]

    class Meta:
        verbose_name = _("working groups page")
        verbose_name_plural = _("working groups pages")

    def groups(self):
        return WorkingGroupPage.objects.child_of(self).live().order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["groups"] = self.groups().select_related(
            "lead_organisation", "co_lead_organisation"
        )
        return context


class WorkingGroupPage(BasePage):
    """A thematic working group: its mandate, who leads it and who takes part.

    Its meetings and documents come from the events and the library, which point at the
    group; they appear here without an editor copying them.
    """

    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences shown on the list of groups.")
    )
    mandate = RichTextField(
        _("mandate"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What the group is for, what it decides and how often it meets."),
    )
    lead_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("lead organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation that leads the group, e.g. UNHCR."),
    )
    co_lead_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("co-lead organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation that leads the group together with the lead."),
    )
    member_organisations = ParentalManyToManyField(
        Organisation,
        verbose_name=_("member organisations"),
        blank=True,
        related_name="working_groups",
        help_text=_("Organisations that take part in the group."),
    )
    contact_name = models.CharField(
        _("contact person"),
        max_length=200,
        blank=True,
        help_text=_("Who to write to about the group; shown publicly."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("Shown publicly on the group's page.")
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("more about the group"),
        blank=True,
        help_text=_("Anything else: how to join, terms of reference, past outcomes."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("mandate"),
        MultiFieldPanel(
            [
                FieldPanel("lead_organisation"),
                FieldPanel("co_lead_organisation"),
                FieldPanel("member_organisations"),
            ],
            heading=_("Organisations"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("mandate"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("mandate"),
        TranslatableField("body"),
        SynchronizedField("lead_organisation"),
        SynchronizedField("co_lead_organisation"),
        SynchronizedField("member_organisations"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
    ]
    parent_page_types = ["directory.WorkingGroupIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("working group page")
        verbose_name_plural = _("working group pages")

    @property
    def teaser(self):
        return self.summary

    def public_lead(self):
        """The lead organisation if it is approved: others are not public."""
        lead = self.lead_organisation
        return lead if lead is not None and lead.is_public else None

    def public_co_lead(self):
        co_lead = self.co_lead_organisation
        return co_lead if co_lead is not None and co_lead.is_public else None

    def get_context(self, request, *args, **kwargs):
        """The group's approved members, and the sections other apps add (hook
        ``working_group_sections``: a function of the request and the page returning safe
        HTML, as ``render_to_string`` gives, or None), such as the group's meetings and
        documents, so that the directory need not know those apps."""
        context = super().get_context(request, *args, **kwargs)
        sections = [section(request, self) for section in hooks.get_hooks("working_group_sections")]
        context.update(
            members=self.member_organisations.filter(status=Status.APPROVED).order_by("name"),
            sections=[html for html in sections if html],
        )
        return context
