"""Admin views of the library: document pages that warn about duplicates, the downloads report.

Wagtail 8's document views run no ``after_create``/``after_edit`` hooks (snippets do), so
the add, edit and multiple-upload views are subclassed here and registered in front of
Wagtail's own at the same URLs (``library/wagtail_hooks.py``). They add only what the library
needs: a warning with a link when the file is already in the library, and the state of the
text extraction on the edit page.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import BaseListingView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.documents.views import documents, multiple

from cms.spreadsheets import csv_download
from library.models.documents import Download

VIEW_DOWNLOADS = "library.view_download"


def warn_about_duplicates(request, document):
    """A warning, with a link, when the document's file is already in the library."""
    first = document.duplicates().first()
    if first is not None:
        messages.warning(
            request,
            _(
                "This file is identical to “%(title)s”, uploaded earlier. It was saved, "
                "but consider linking to the existing document instead of keeping two copies."
            )
            % {"title": first.title},
            buttons=[
                messages.button(
                    reverse("wagtaildocs:edit", args=[first.pk]), _("Open the first document")
                )
            ],
        )


class LibraryDocumentCreateView(documents.CreateView):
    """Wagtail's single-document upload, warning about a duplicate file after saving."""

    def run_after_hook(self):
        warn_about_duplicates(self.request, self.object)
        return super().run_after_hook()


class LibraryDocumentEditView(documents.EditView):
    """Wagtail's document edit page, with the text extraction state and any duplicates."""

    template_name = "library/admin/document_edit.html"

    def run_after_hook(self):
        if "file" in self.form.changed_data:
            warn_about_duplicates(self.request, self.object)
        return super().run_after_hook()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["duplicates"] = list(self.object.duplicates()[:10])
        return context


class LibraryDocumentMultipleAddView(multiple.AddView):
    """Wagtail's multiple uploader; each uploaded file's form says when it is a duplicate."""

    edit_form_template_name = "library/admin/multiple_edit_form.html"

    def get_edit_object_form_context_data(self):
        context = super().get_edit_object_form_context_data()
        context["first_duplicate"] = self.object.duplicates().first()
        return context


def can_view_downloads(user):
    """Superusers, and whoever was given ``library.view_download`` (Editors)."""
    return user.is_active and user.has_perm(VIEW_DOWNLOADS)


class MonthColumn(Column):
    """A month as the reader's language writes it ("listopad 2026", "листопад 2026")."""

    def get_value(self, instance):
        return date_format(super().get_value(instance), "YEAR_MONTH_FORMAT")


class DownloadsReportView(BaseListingView):
    """Downloads per file, library item and month, newest month first; ``?format=csv``.

    One aggregate query (``TruncMonth`` + ``values`` + ``Count``) and its count: the number
    of queries does not grow with the downloads.
    """

    template_name = "library/admin/downloads_report.html"
    page_title = gettext_lazy("Downloads")
    header_icon = "download"
    index_url_name = "library_downloads_report"
    paginate_by = 50
    # The pagination counts rows of the report, not downloads.
    verbose_name = gettext_lazy("row")
    verbose_name_plural = gettext_lazy("rows")
    columns = [
        MonthColumn("month", label=gettext_lazy("Month")),
        TitleColumn(
            "document__title",
            label=gettext_lazy("Document"),
            get_url=lambda row: reverse("wagtaildocs:edit", args=[row["document_id"]]),
        ),
        Column("page__title", label=gettext_lazy("Library item")),
        Column("downloads", label=gettext_lazy("Downloads")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not can_view_downloads(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def is_csv(self):
        return self.request.GET.get("format") == "csv"

    def get_queryset(self):
        return (
            Download.objects.annotate(month=TruncMonth("created_at"))
            .values("month", "document_id", "document__title", "page_id", "page__title")
            .annotate(downloads=Count("id"))
            .order_by("-month", "-downloads", "document__title", "page_id")
        )

    def get(self, request, *args, **kwargs):
        if self.is_csv:
            return self.csv_response(self.get_queryset())
        return super().get(request, *args, **kwargs)

    def get_header_buttons(self):
        return [
            HeaderButton(
                _("Download CSV"),
                url=f"{reverse(self.index_url_name)}?format=csv",
                icon_name="download",
            )
        ]

    def csv_response(self, rows):
        """All rows as a CSV download (see cms.spreadsheets)."""
        header = [
            _("Month"),
            _("Document ID"),
            _("Document"),
            _("Library item ID"),
            _("Library item"),
            _("Downloads"),
        ]
        return csv_download(
            "downloads",
            header,
            (
                [
                    f"{row['month']:%Y-%m}",
                    row["document_id"],
                    row["document__title"],
                    row["page_id"] or "",
                    row["page__title"] or "",
                    row["downloads"],
                ]
                for row in rows
            ),
        )
