"""The library in the admin: document views, the downloads report; recording downloads."""

from urllib.parse import urlsplit

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.documents.models import document_served
from wagtail.models import Page

from cms.i18n import in_reader_language
from library.admin_views import (
    DownloadsReportView,
    LibraryDocumentCreateView,
    LibraryDocumentEditView,
    LibraryDocumentMultipleAddView,
    can_view_downloads,
)
from library.models import LibraryItemPage
from library.models.documents import Download
from library.models.pages import serve_members_only_teaser
from library.submissions import account_submissions

hooks.register("before_serve_page", serve_members_only_teaser)
hooks.register("account_sections", account_submissions)


# order=-1: in front of Wagtail's own document URLs, which these views extend (see
# library/admin_views.py for why they replace them).
@hooks.register("register_admin_urls", order=-1)
def register_document_views():
    return [
        path("documents/add/", LibraryDocumentCreateView.as_view()),
        path("documents/edit/<int:document_id>/", LibraryDocumentEditView.as_view()),
        path("documents/multiple/add/", LibraryDocumentMultipleAddView.as_view()),
    ]


@hooks.register("register_admin_urls")
def register_downloads_report_url():
    return [
        path(
            "reports/downloads/",
            DownloadsReportView.as_view(),
            name="library_downloads_report",
        )
    ]


class DownloadsReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_downloads(request.user)


@hooks.register("register_reports_menu_item")
def register_downloads_report_menu_item():
    return DownloadsReportMenuItem(
        _("Downloads"),
        reverse("library_downloads_report"),
        name="downloads",
        icon_name="download",
        order=1000,
    )


def download_locale(request):
    """The language of the site the visitor downloaded from.

    ``?lang=`` when it is one of the site's languages, else the language prefix of the page
    in the Referer header (every public URL has one), else the default language.
    """
    language = request.GET.get("lang", "")
    codes = {code for code, _name in settings.LANGUAGES}
    if language in codes:
        return language
    referer_path = urlsplit(request.headers.get("referer", "")).path
    return get_language_from_path(referer_path) or settings.LANGUAGE_CODE


def download_page_id(request):
    """The page id in ``?item=`` (the library item linking to the file), if it is one."""
    try:
        page_id = int(request.GET.get("item", ""))
    except ValueError:
        return None
    return Page.objects.filter(pk=page_id).values_list("pk", flat=True).first()


def record_download(sender, instance, request, **kwargs):
    """Count a download; Wagtail sends ``document_served`` only after its privacy checks.

    HEAD requests (link checkers) are not downloads; a conditional GET answered "304 Not
    Modified" is (the visitor opened the file again). No IP address, no user agent.
    """
    if request.method != "GET":
        return
    Download.objects.create(
        document=instance,
        page_id=download_page_id(request),
        user=request.user if request.user.is_authenticated else None,
        locale=download_locale(request),
    )


# Connected when Wagtail loads the hooks, which the serve view does (before_serve_document)
# before it sends the signal.
document_served.connect(record_download, dispatch_uid="library_record_download")


RELATED_MATERIALS_SHOWN = 10


def related_materials(request, items, heading):
    """The newest of ``items`` (library items of any language) in the reader's language, as
    a section of another app's page; ``None`` when there are none."""
    items = sorted(
        in_reader_language(items.live().order_by()),
        key=lambda item: (item.publication_date, item.pk),
        reverse=True,
    )[:RELATED_MATERIALS_SHOWN]
    if not items:
        return None
    return render_to_string(
        "library/includes/related_materials.html",
        {"items": items, "heading": heading},
        request=request,
    )


@hooks.register("organisation_profile_sections")
def organisation_materials(request, organisation):
    return related_materials(
        request,
        LibraryItemPage.objects.filter(publisher_organisation=organisation),
        _("Materials in the library"),
    )


@hooks.register("working_group_sections")
def working_group_documents(request, page):
    # Items point at the group's page in one language; its translations are the same group.
    return related_materials(
        request,
        LibraryItemPage.objects.filter(working_group__translation_key=page.translation_key),
        _("Documents of the group"),
    )
