from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms import localization
from cms.admin_views import (
    TranslationQueuePanel,
    TranslationStatusView,
    can_view_translation_status,
)
from cms.models import Partner, Region, TargetGroup, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "kind", "teryt_code"]
    list_filter = ["kind"]
    search_fields = ["name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    list_display = ["name", "role", "url"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    items = (ThemeViewSet, RegionViewSet, TargetGroupViewSet)


register_snippet(TaxonomyViewSetGroup)
register_snippet(PartnerViewSet)

# New content in any language is queued for translation into the others.
hooks.register("after_create_page", localization.after_create_page)
hooks.register("after_create_snippet", localization.after_create_snippet)


class TranslationStatusMenuItem(MenuItem):
    """The menu entry of the translation status, for whoever may open it."""

    def is_shown(self, request):
        return can_view_translation_status(request.user)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "translation-status/",
            TranslationStatusView.as_view(),
            name="translation_status",
        )
    ]


@hooks.register("register_admin_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status"),
        name="translation-status",
        icon_name="site",
        order=250,
    )


@hooks.register("construct_homepage_panels")
def add_translation_queue_panel(request, panels):
    """Translators (and editors) find their queue on the dashboard they log in to."""
    if can_view_translation_status(request.user):
        panels.append(TranslationQueuePanel())
