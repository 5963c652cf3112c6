from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from cms.i18n import with_local_terms
from cms.models import BasePage
from event_calendar import listing as event_listing
from event_calendar.models import EventIndexPage
from home.blocks import HomeStreamBlock
from library.models import LibraryIndexPage, LibraryItemPage

from .news import NewsPage, with_local_themes


class HomePage(BasePage):
    """The front door in each language: what the Forum is, what to look at first, and
    what is new. One per locale, each the root of that language's page tree."""

    hero_title = models.CharField(
        _("hero title"), max_length=160, help_text=_("The large heading at the top of the page.")
    )
    hero_text = models.TextField(
        _("hero text"), blank=True, help_text=_("One or two sentences under the hero title.")
    )
    hero_image = models.ForeignKey(
        "cms.CustomImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A calm photograph; it is decorative, so it needs no alternative text."),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A short text under the hero that says what the Forum does."),
    )
    body = StreamField(
        HomeStreamBlock(),
        verbose_name=_("featured content"),
        blank=True,
        help_text=_("Featured pages, calls to action and text, in the order shown."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("intro"),
    ]
    api_fields = [APIField("hero_title"), APIField("hero_text"), APIField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.NewsIndexPage",
        "library.LibraryIndexPage",
        "directory.OrganisationIndexPage",
        "directory.SupportIndexPage",
        "directory.WorkingGroupIndexPage",
        "event_calendar.EventIndexPage",
    ]

    latest_news_count = 6
    latest_library_items_count = 3
    next_events_count = 4

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = with_local_themes(
            NewsPage.objects.descendant_of(self).for_listing()[: self.latest_news_count]
        )
        items = LibraryItemPage.objects.descendant_of(self).for_listing()
        context["latest_library_items"] = with_local_terms(
            items[: self.latest_library_items_count], "themes", "regions"
        )
        if context["latest_library_items"]:
            library = LibraryIndexPage.objects.child_of(self).live().first()
            context["library_url"] = library.get_url(request) if library else ""
        context["next_events"] = event_listing.upcoming(
            event_listing.published_events(), self.next_events_count
        )
        if context["next_events"]:
            calendar = EventIndexPage.objects.child_of(self).live().first()
            context["events_url"] = calendar.get_url(request) if calendar else ""
        return context


class StandardPage(BasePage):
    """A page of text and media: About, guides for visitors, working group pages."""

    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_(
            "The content of the page, in blocks: text, media, questions and answers, partners."
        ),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [APIField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
