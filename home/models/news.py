import datetime

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from cms.blocks import BaseStreamBlock
from cms.i18n import prefer_current_language
from cms.models import SECTION_TRANSLATABLE_FIELDS, BasePage, Theme
from cms.privacy import public
from home.feeds import NewsFeed


class NewsPageQuerySet(PageQuerySet):
    def for_listing(self):
        """Published news, newest first, with what a card shows fetched up front."""
        return public(self.live()).order_by("-date", "-pk").prefetch_related("themes")


def with_local_themes(news_pages):
    """Give each news page ``local_themes``: its themes in the reader's language.

    Themes are translatable snippets; a page translated from Polish may still point at the
    Polish terms, so the display swaps them for the reader's language in one query.
    """
    news_pages = list(news_pages)
    chosen = [theme for news in news_pages for theme in news.themes.all()]
    local = {t.translation_key: t for t in prefer_current_language(chosen, Theme.objects.all())}
    for news in news_pages:
        news.local_themes = [local[t.translation_key] for t in news.themes.all()]
    return news_pages


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news section (``/{lang}/news/``): a paginated listing and its RSS feed."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("Shown above the list."))

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]
    translatable_fields = [*SECTION_TRANSLATABLE_FIELDS, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1
    page_size = 10
    feed_size = 20

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def news(self):
        return NewsPage.objects.child_of(self).for_listing()

    def themes(self):
        """The themes used by this section's news, in the reader's language, for the filter."""
        used = Theme.objects.filter(
            pk__in=NewsPage.themes.through.objects.filter(
                newspage__in=NewsPage.objects.child_of(self).live()
            ).values("theme_id")
        )
        return prefer_current_language(
            list(used.order_by("sort_order", "name")), Theme.objects.all()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = self.news()
        themes = self.themes()
        theme_slug = request.GET.get("theme", "")
        selected = next((t for t in themes if t.slug == theme_slug), None)
        if selected:
            news = news.filter(themes__translation_key=selected.translation_key)
        context.update(
            themes=themes, selected_theme=selected, unknown_theme=theme_slug and not selected
        )
        paginator = Paginator(news, self.page_size)
        page = paginator.get_page(request.GET.get("page"))
        page.object_list = with_local_themes(page.object_list)
        context["news_page"] = page
        return context

    @path("feed/")
    def feed(self, request):
        return NewsFeed(self)(request)


class NewsPage(BasePage):
    """A dated news item with a lead for cards and feeds, and a body of shared blocks."""

    date = models.DateField(
        _("date"),
        default=datetime.date.today,
        help_text=_("Shown on the item and used to order news."),
    )
    lead = models.TextField(
        _("lead"), help_text=_("One or two sentences shown in lists, feeds and under the title.")
    )
    body = StreamField(
        BaseStreamBlock(), verbose_name=_("body"), blank=True, help_text=_("The story.")
    )
    themes = ParentalManyToManyField(
        Theme,
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
        help_text=_("What the news is about; readers filter by theme."),
    )

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [APIField("date"), APIField("lead"), APIField("body")]

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @property
    def teaser(self):
        return self.lead

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = with_local_themes([self])[0].local_themes
        return context

    @property
    def published_at(self):
        """The news date as a moment in the site's time zone, for feeds."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time(9)))
