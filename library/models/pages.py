"""The knowledge library's pages: the section, with its filters and feed, and one page per
material.

Members-only materials use Wagtail's own privacy: the page carries a view restriction for the
Members group and its file sits in the «Members only» collection, which has the same
restriction, so ``/documents/…`` refuses the file to everyone else. ``LibraryItemPage``
keeps both in step with its ``access`` field (see ``apply_access``).
"""

import datetime
import logging
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.http import QueryDict
from django.shortcuts import resolve_url
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    PageManager,
    PageViewRestriction,
)
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from cms.facets import FacetOption
from cms.fields import ChoiceListField
from cms.i18n import reader_terms, with_local_terms
from cms.models import SECTION_TRANSLATABLE_FIELDS, BasePage, Region, TargetGroup, Theme
from cms.params import text
from cms.searching import DEGRADED_NOTICE, search, with_fallback
from library.feeds import LibraryFeed

logger = logging.getLogger(__name__)

MEMBERS_GROUP = "Members"  # cms/migrations/0003_groups_and_permissions
MEMBERS_ONLY_COLLECTION = "Members only"
MAX_QUERY_LENGTH = 200
SEARCH_LIMIT = 1000  # the text search looks at this many best matches


class ResourceType(models.TextChoices):
    GUIDE = "guide", _("Guide")
    REPORT = "report", _("Report")
    TOOLKIT = "toolkit", _("Toolkit")
    TEMPLATE = "template", _("Template")
    TRAINING_MATERIAL = "training-material", _("Training material")
    LEGAL_ANALYSIS = "legal-analysis", _("Legal analysis")
    PRESENTATION = "presentation", _("Presentation")
    INFOGRAPHIC = "infographic", _("Infographic")
    VIDEO_LINK = "video-link", _("Video or link")
    DATASET = "dataset", _("Dataset")


class MaterialLanguage(models.TextChoices):
    POLISH = "pl", _("Polish")
    UKRAINIAN = "uk", _("Ukrainian")
    ENGLISH = "en", _("English")
    RUSSIAN = "ru", _("Russian")
    OTHER = "other", _("Other language")


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", _("CC BY 4.0 (attribution)")
    CC_BY_SA = "cc-by-sa-4.0", _("CC BY-SA 4.0 (attribution, share alike)")
    CC_BY_NC = "cc-by-nc-4.0", _("CC BY-NC 4.0 (attribution, non-commercial)")
    CC0 = "cc0", _("CC0 (public domain)")
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")
    OTHER = "other", _("Other licence")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}


class Access(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("Members only")


class Sort(models.TextChoices):
    NEWEST = "newest", _("Newest first")
    TITLE = "title", _("Title, A to Z")
    DOWNLOADS = "downloads", _("Most downloaded")


SORT_ORDER = {
    Sort.NEWEST: ["-publication_date", "-pk"],
    Sort.TITLE: ["title", "pk"],
    Sort.DOWNLOADS: ["-download_count", "-publication_date", "-pk"],
}


def members_group():
    return Group.objects.get_or_create(name=MEMBERS_GROUP)[0]


def members_only_collection():
    """The «Members only» collection with its view restriction for Members; made on first use
    and safe to call again."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=MEMBERS_ONLY_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=MEMBERS_ONLY_COLLECTION)
    restriction, _created = CollectionViewRestriction.objects.get_or_create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([members_group()])
    return collection


def is_member(user):
    """Whether ``user`` may open members-only materials, as Wagtail's privacy decides it."""
    return user.is_superuser or user.groups.filter(name=MEMBERS_GROUP).exists()


def login_url(request):
    """The login page, coming back to where the visitor is."""
    query = QueryDict(mutable=True)
    query["next"] = request.get_full_path()
    return f"{resolve_url(settings.LOGIN_URL)}?{query.urlencode(safe='/')}"


@dataclass
class LibraryFilters:
    """What a reader asked the library for, checked. Unknown values are dropped and noted in
    ``notices``, so a mistyped link still shows the library instead of an error."""

    theme: Theme | None = None
    resource_type: str = ""
    language: str = ""
    year: int | None = None
    query: str = ""
    sort: str = Sort.NEWEST
    notices: list = field(default_factory=list)

    @classmethod
    def from_params(cls, params, themes):
        """Read ``params`` (``request.GET``); ``themes`` are the terms a reader may pick."""
        filters = cls()
        theme = params.get("theme", "")
        if theme:
            filters.theme = next((term for term in themes if term.slug == theme), None)
            if filters.theme is None:
                filters.notices.append(gettext("There is no such theme; showing every theme."))
        resource_type = params.get("type", "")
        if resource_type in ResourceType.values:
            filters.resource_type = resource_type
        elif resource_type:
            filters.notices.append(
                gettext("There is no such type of material; showing every type.")
            )
        language = params.get("language", "")
        if language in MaterialLanguage.values:
            filters.language = language
        elif language:
            filters.notices.append(
                gettext("There is no such language; showing materials in every language.")
            )
        year = params.get("year", "")
        if year.isascii() and year.isdigit() and len(year) == 4:
            filters.year = int(year)
        elif year:
            filters.notices.append(
                gettext("A year is four digits, such as 2025; showing every year.")
            )
        query = text(params, "q").strip()
        if len(query) > MAX_QUERY_LENGTH:
            filters.notices.append(
                gettext("The search text is too long: use at most %(limit)d characters.")
                % {"limit": MAX_QUERY_LENGTH}
            )
        else:
            filters.query = query
        sort = params.get("sort", "")
        if sort in Sort.values:
            filters.sort = sort
        elif sort:
            filters.notices.append(gettext("There is no such order; showing the newest first."))
        return filters

    @property
    def active(self):
        return bool(self.theme or self.resource_type or self.language or self.year or self.query)

    def apply(self, items, text_match=None, skip=""):
        """``items`` narrowed by every filter but ``skip`` (a facet counts its options with
        the other filters only); ``text_match`` is the condition that answers ``query``."""
        if self.theme and skip != "theme":
            tagged = LibraryItemPage.themes.through.objects.filter(
                theme__translation_key=self.theme.translation_key
            )
            items = items.filter(pk__in=tagged.values("libraryitempage_id"))
        if self.resource_type and skip != "type":
            items = items.filter(resource_type=self.resource_type)
        if self.language and skip != "language":
            items = items.filter(languages__contains=f",{self.language},")
        if self.year and skip != "year":
            items = items.filter(publication_date__year=self.year)
        if text_match is not None:
            items = items.filter(text_match)
        return items


def count_by(items, expression):
    """How many of ``items`` have each value of ``expression``: one GROUP BY query."""
    grouped = items.order_by().annotate(key=expression).values("key")
    return dict(grouped.annotate(count=Count("pk", distinct=True)).values_list("key", "count"))


def facets(items, filters, text_match, themes):
    """The options of every filter, each with how many items it would show given the other
    active filters: four aggregate queries, whatever the number of items or options."""
    by_theme = count_by(
        filters.apply(items, text_match, skip="theme"), models.F("themes__translation_key")
    )
    by_type = count_by(filters.apply(items, text_match, skip="type"), models.F("resource_type"))
    by_year = count_by(
        filters.apply(items, text_match, skip="year"), ExtractYear("publication_date")
    )
    by_language = filters.apply(items, text_match, skip="language").aggregate(
        **{
            code: Count("pk", filter=Q(languages__contains=f",{code},"))
            for code in MaterialLanguage.values
        }
    )
    years = {year for year in by_year if year}
    if filters.year:
        years.add(filters.year)  # shown even when nothing matches, so the reader sees it
    return {
        "theme": [
            FacetOption(
                theme.slug,
                theme.name,
                by_theme.get(theme.translation_key, 0),
                theme == filters.theme,
            )
            for theme in themes
        ],
        "type": [
            FacetOption(value, label, by_type.get(value, 0), value == filters.resource_type)
            for value, label in ResourceType.choices
        ],
        "language": [
            FacetOption(value, label, by_language[value], value == filters.language)
            for value, label in MaterialLanguage.choices
        ],
        "year": [
            FacetOption(str(year), str(year), by_year.get(year, 0), year == filters.year)
            for year in sorted(years, reverse=True)
        ],
    }


class LibraryIndexPage(RoutablePageMixin, BasePage):
    """The library section (``/{lang}/library/``): materials to filter, search and sort, and
    their RSS feed. The listing shows members-only items too, locked, so that visitors know
    what membership opens."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the filters and the materials.")
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("about the library"),
        blank=True,
        help_text=_("How to use the library, who may submit materials; shown below the list."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    api_fields = [APIField("intro"), APIField("body")]
    translatable_fields = [
        *SECTION_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["library.LibraryItemPage"]
    max_count_per_parent = 1
    page_size = 20
    feed_size = 20

    class Meta:
        verbose_name = _("library index page")
        verbose_name_plural = _("library index pages")

    def items(self):
        """The section's published materials, members-only ones included."""
        return LibraryItemPage.objects.child_of(self).live()

    def text_match(self, query, user):
        """The condition that finds ``query`` in the section's materials, and whether the
        database answered in place of the search engine (down for a while).

        Members search everything the search index holds. Other visitors find members-only
        materials by their title and summary only: what those materials hold must not
        answer a search by someone who may not read it.
        """
        searched = self.items() if is_member(user) else self.items().filter(access=Access.PUBLIC)
        pks, degraded = with_fallback(
            lambda backend: [hit.pk for hit in search(backend, query, searched)[:SEARCH_LIMIT]]
        )
        match = Q(pk__in=pks)
        if not is_member(user):
            teaser_match = Q(title__icontains=query) | Q(summary__icontains=query)
            match |= Q(access=Access.MEMBERS) & teaser_match
        return match, degraded

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        themes = reader_terms(Theme)
        filters = LibraryFilters.from_params(request.GET, themes)
        text_match = None
        if filters.query:
            try:
                text_match, degraded = self.text_match(filters.query, request.user)
                if degraded:
                    filters.notices.append(str(DEGRADED_NOTICE))
            except Exception:
                # An engine that is down must not turn the library into a server error.
                logger.exception("Library search failed for %r", filters.query)
                filters.notices.append(
                    gettext("Search is not available right now. Please try again later.")
                )
        listing = filters.apply(self.items(), text_match)
        if filters.sort == Sort.DOWNLOADS:
            # Downloads of the item's file, wherever the link to it was (Download in
            # documents.py); a translation with a file of its own counts its own.
            listing = listing.annotate(download_count=Count("document__downloads"))
        listing = listing.order_by(*SORT_ORDER[filters.sort]).prefetch_related("themes", "regions")
        items_page = Paginator(listing, self.page_size).get_page(request.GET.get("page"))
        items_page.object_list = with_local_terms(items_page.object_list, "themes", "regions")
        context.update(
            filters=filters,
            facets=facets(self.items(), filters, text_match, themes),
            sort_choices=Sort.choices,
            items_page=items_page,
        )
        return context

    @path("feed/")
    def feed(self, request):
        return LibraryFeed(self)(request)


class LibraryItemPageQuerySet(PageQuerySet):
    def for_listing(self):
        """Published materials, newest first, with what a card shows fetched up front."""
        return (
            self.live().order_by("-publication_date", "-pk").prefetch_related("themes", "regions")
        )


class LibraryItemPage(BasePage):
    """One material of the library: a guide, report, template … as a file and/or a link,
    described so that readers can judge it before they open it.

    Translatable through wagtail-localize with its automatic fields: texts are translated;
    the file, the link and the cover image are synchronised from the source but a
    translation may override them (a Ukrainian version of a guide is its own file).
    """

    summary = models.TextField(
        _("summary"),
        help_text=_(
            "Two or three sentences shown in lists and feeds, and to visitors who may not "
            "open a members-only material."
        ),
    )
    description = RichTextField(
        _("description"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "What the material covers, who it is for and how to use it. Members-only "
            "materials show it to members only."
        ),
    )
    resource_type = models.CharField(
        _("type of material"),
        max_length=32,
        choices=ResourceType.choices,
        default=ResourceType.GUIDE,
        help_text=_("Readers filter the library by type."),
    )
    themes = ParentalManyToManyField(
        Theme,
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
        help_text=_("What the material is about; readers filter by theme."),
    )
    target_groups = ParentalManyToManyField(
        TargetGroup,
        verbose_name=_("target groups"),
        blank=True,
        related_name="+",
        help_text=_("The people whose support the material is about."),
    )
    regions = ParentalManyToManyField(
        Region,
        verbose_name=_("regions"),
        blank=True,
        related_name="+",
        help_text=_("Where the material applies; leave empty when it applies everywhere."),
    )
    languages = ChoiceListField(
        _("languages of the material"),
        max_length=40,
        choices=MaterialLanguage.choices,
        default=list,
        help_text=_(
            "The languages the material itself is written in, which may differ from the "
            "language of this page."
        ),
    )
    publisher_organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("publisher organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="library_items",
        help_text=_(
            "The organisation in the directory that published the material; the material "
            "appears on its profile."
        ),
    )
    publisher_name = models.CharField(
        _("publisher (other)"),
        max_length=200,
        blank=True,
        help_text=_("A publisher that is not in the directory, e.g. a ministry or a university."),
    )
    working_group = models.ForeignKey(
        "directory.WorkingGroupPage",
        verbose_name=_("working group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The working group whose document this is; it is listed on the group's page."),
    )
    publication_date = models.DateField(
        _("publication date"),
        db_index=True,  # the library and the home page sort by it
        default=datetime.date.today,
        help_text=_("When the material was published; the library sorts and filters by it."),
    )
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The material as a file. A translation may carry a file of its own, in its language."
        ),
    )
    external_url = models.URLField(
        _("link"),
        max_length=500,
        blank=True,
        help_text=_(
            "Where the material lives online (a video, a publisher's page). Needed when "
            "there is no file."
        ),
    )
    cover_image = models.ForeignKey(
        "cms.CustomImage",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The material's cover, shown on its page; it is decorative."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=32,
        choices=Licence.choices,
        default=Licence.ALL_RIGHTS_RESERVED,
        help_text=_("What others may do with the material."),
    )
    access = models.CharField(
        _("access"),
        max_length=16,
        choices=Access.choices,
        default=Access.PUBLIC,
        help_text=_(
            "Members-only materials show their title and summary to everyone; their "
            "description and file only to logged-in members."
        ),
    )

    objects = PageManager.from_queryset(LibraryItemPageQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("external_url")],
            heading=_("The material"),
            help_text=_("A file, a link, or both."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("resource_type"),
                FieldPanel("languages"),
                FieldPanel("publisher_organisation"),
                FieldPanel("publisher_name"),
                FieldPanel("working_group"),
                FieldPanel("publication_date"),
                FieldPanel("licence"),
                FieldPanel("access"),
                FieldPanel("cover_image"),
            ],
            heading=_("About the material"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Themes, target groups and regions"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("description"),
        index.SearchField("publisher_name"),
        # Members-only: search.query lets only members find a material by this text.
        index.SearchField("document_text"),
        index.FilterField("access"),
        index.FilterField("resource_type"),
        index.FilterField("publication_date"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("description"),
        APIField("resource_type"),
        APIField("languages", serializer=serializers.ListField(child=serializers.CharField())),
        APIField("publisher"),
        APIField("publication_date"),
        APIField("document"),
        APIField("external_url"),
        APIField("cover_image"),
        APIField("licence"),
        APIField("access"),
        # Terms by slug, which is the same in every language (cms/models/taxonomy.py).
        *[
            APIField(
                name,
                serializer=serializers.SlugRelatedField(
                    many=True, read_only=True, slug_field="slug"
                ),
            )
            for name in ("themes", "target_groups", "regions")
        ],
    ]
    # The languages are a list of fixed codes, not text to translate (see ChoiceListField).
    override_translatable_fields = [SynchronizedField("languages", overridable=False)]

    parent_page_types = ["library.LibraryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("library item")
        verbose_name_plural = _("library items")

    def clean(self):
        super().clean()
        if not self.document_id and not self.external_url:
            message = gettext("Add the material as a file or as a link: one of them is needed.")
            raise ValidationError({"document": message, "external_url": message})

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # Drafts save only Wagtail's bookkeeping fields; the page's own columns (access,
        # document) hold what is live, so privacy follows what visitors are served.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"access", "document"} & set(update_fields):
            self.apply_access()
        return result

    @property
    def teaser(self):
        return self.summary

    @property
    def document_text(self):
        """The text of the material's file, for search."""
        return self.document.extracted_text if self.document_id else ""

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().select_related("document")

    @property
    def is_members_only(self):
        return self.access == Access.MEMBERS

    @property
    def language_names(self):
        labels = dict(MaterialLanguage.choices)
        return [labels[code] for code in self.languages if code in labels]

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    @property
    def publisher(self):
        """The publisher's name: the directory organisation while it is public, else the
        name typed in."""
        organisation = self.publisher_organisation
        if organisation is not None and organisation.is_public:
            return organisation.name
        return self.publisher_name

    @property
    def publisher_profile_url(self):
        organisation = self.publisher_organisation
        return organisation.get_absolute_url() if organisation and organisation.is_public else ""

    @property
    def published_at(self):
        """The publication date as a moment in the site's time zone, for feeds."""
        return timezone.make_aware(
            datetime.datetime.combine(self.publication_date, datetime.time(9))
        )

    def apply_access(self):
        """Make Wagtail's privacy say what ``access`` says; safe to call again.

        Members-only: one page view restriction for the Members group (superusers pass every
        restriction; editors work in the admin, where previews need none), and the file in
        the «Members only» collection. Public: no restriction on the page, and the file
        leaves that collection unless another members-only item still offers it.
        Translations follow: ``access`` is a synchronised field, so each one saves its own.
        """
        restrictions = list(self.view_restrictions.all())
        if self.is_members_only:
            kept = next(
                (r for r in restrictions if r.restriction_type == PageViewRestriction.GROUPS),
                None,
            )
            if kept is None:
                kept = PageViewRestriction(page=self, restriction_type=PageViewRestriction.GROUPS)
                kept.save()
            kept.groups.set([members_group()])
            restrictions = [r for r in restrictions if r.pk != kept.pk]
        for restriction in restrictions:
            restriction.delete()
        if self.document is not None:
            self.place_document()

    def place_document(self):
        """Move the file into or out of the «Members only» collection, as ``access`` says."""
        collection = members_only_collection()
        document = self.document
        if self.is_members_only and document.collection_id != collection.pk:
            document.collection = collection
            document.save(update_fields=["collection"])
        elif not self.is_members_only and document.collection_id == collection.pk:
            still_restricted = (
                LibraryItemPage.objects.filter(document=document, access=Access.MEMBERS)
                .exclude(pk=self.pk)
                .exists()
            )
            if not still_restricted:
                document.collection = Collection.get_first_root_node()
                document.save(update_fields=["collection"])

    def is_locked_for(self, request):
        """Whether Wagtail's privacy keeps this page from ``request``'s visitor (a shared
        password is left to Wagtail's own form)."""
        return any(
            restriction.restriction_type != PageViewRestriction.PASSWORD
            and not restriction.accept_request(request)
            for restriction in self.get_view_restrictions()
        )

    def serve_teaser(self, request):
        """The title and summary with a lock and a way to log in, never the description or
        the file. 200 for anonymous visitors (a teaser they may read and share); 403 for a
        logged-in account that is not a member's, which logging in again will not change."""
        context = self.get_context(request)
        context.update(locked=True, login_url=login_url(request))
        status = 403 if request.user.is_authenticated else 200
        response = TemplateResponse(request, self.get_template(request), context, status=status)
        add_never_cache_headers(response)
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        with_local_terms([self], "themes", "target_groups", "regions")
        context["library_url"] = self.get_parent().get_url(request)
        return context


def serve_members_only_teaser(page, request, serve_args, serve_kwargs):
    """A members-only item shows its teaser where Wagtail's privacy would redirect to login.

    Registered as the ``before_serve_page`` hook in ``library/wagtail_hooks.py``.
    """
    if isinstance(page, LibraryItemPage) and page.is_locked_for(request):
        return page.serve_teaser(request)
    return None
