"""The site's document model, with what the library knows of each file, and its downloads."""

import hashlib
from functools import partial

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from library.tasks import extract_document_text
from library.validation import detect_content_type


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")
    NOT_APPLICABLE = "not_applicable", _("Not applicable")


class LibraryDocument(AbstractDocument):
    """Every file of the site (``WAGTAILDOCS_DOCUMENT_MODEL``), with its text and checksum.

    Uploads pass ``library.validation`` in the document form. Saving a new file sets its
    SHA-256 and its type from the content, and enqueues the extraction of its text
    (``library.tasks``) when the transaction commits, so that uploading stays fast and the
    text is searchable through Wagtail search. ``content_type`` replaces Wagtail's guess from
    the file name: the serve view sends the type found in the content.
    """

    extracted_text = models.TextField(
        blank=True,
        editable=False,
        verbose_name=_("extracted text"),
        help_text=_("The text of the file, extracted in the background so that search finds it."),
    )
    page_count = models.PositiveIntegerField(
        null=True,
        blank=True,
        editable=False,
        verbose_name=_("number of pages"),
        help_text=_("Pages of a PDF; empty for files without pages."),
    )
    content_type = models.CharField(
        max_length=255,
        blank=True,
        editable=False,
        verbose_name=_("content type"),
        help_text=_("The MIME type found in the file's content, sent when it is downloaded."),
    )
    sha256 = models.CharField(
        max_length=64,
        blank=True,
        editable=False,
        db_index=True,
        verbose_name=_("SHA-256"),
        help_text=_("Checksum of the file; two documents with the same one hold the same file."),
    )
    extraction_status = models.CharField(
        max_length=20,
        choices=ExtractionStatus.choices,
        default=ExtractionStatus.PENDING,
        editable=False,
        verbose_name=_("text extraction"),
        help_text=_("Whether the text of the file has been extracted for search."),
    )
    extraction_error = models.TextField(
        blank=True,
        editable=False,
        verbose_name=_("text extraction error"),
        help_text=_("Why the text could not be extracted, when it could not."),
    )

    admin_form_fields = Document.admin_form_fields

    search_fields = [*AbstractDocument.search_fields, index.SearchField("extracted_text")]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]

    def save(self, *args, **kwargs):
        # Documents made in code (seed data, factories) never pass Wagtail's forms, which
        # set the file's metadata; the admin's forms and uploaders already have.
        if self.file and not self.sha256:
            self._set_document_file_metadata()
        file_is_new = getattr(self, "_file_is_new", False)
        self._file_is_new = False
        super().save(*args, **kwargs)
        if file_is_new:
            transaction.on_commit(partial(extract_document_text.enqueue, self.pk))

    def _set_document_file_metadata(self):
        """Wagtail's size and SHA-1, and the library's SHA-256, type and pending extraction.

        Wagtail's document forms and uploaders call this whenever a file is uploaded or
        replaced; the next ``save()`` enqueues the extraction of the new file's text.
        """
        super()._set_document_file_metadata()
        with self.open_file() as file:
            digest = hashlib.sha256()
            for chunk in file.chunks():
                digest.update(chunk)
            self.sha256 = digest.hexdigest()
            self.content_type = detect_content_type(file, self.filename)
        self.extracted_text = ""
        self.page_count = None
        self.extraction_status = ExtractionStatus.PENDING
        self.extraction_error = ""
        self._file_is_new = True

    def extraction_succeeded(self, extracted):
        """Store the result of ``library.extraction.extract`` (None: a file without text)."""
        if extracted is None:
            self.extracted_text, self.page_count = "", None
            self.extraction_status = ExtractionStatus.NOT_APPLICABLE
        else:
            self.extracted_text, self.page_count = extracted.text, extracted.page_count
            self.extraction_status = ExtractionStatus.DONE
        self.extraction_error = ""
        self._save_extraction()

    def extraction_failed(self, error):
        """Record why the text could not be extracted; the file itself stays as it is."""
        self.extracted_text, self.page_count = "", None
        self.extraction_status = ExtractionStatus.FAILED
        self.extraction_error = error
        self._save_extraction()

    def _save_extraction(self):
        self.save(
            update_fields=[
                "extracted_text",
                "page_count",
                "extraction_status",
                "extraction_error",
            ]
        )
        # The materials that carry this file are found by its text (LibraryItemPage).
        for page in apps.get_model("library", "LibraryItemPage").objects.filter(document=self):
            index.insert_or_update_object(page)

    def duplicates(self):
        """Other documents holding the same file, the first uploaded first."""
        if not self.sha256:
            return LibraryDocument.objects.none()
        return (
            LibraryDocument.objects.filter(sha256=self.sha256)
            .exclude(pk=self.pk)
            .order_by("created_at", "pk")
        )


class Download(models.Model):
    """One download of a file, for the downloads report; never who the visitor was.

    Recorded only when the file is actually sent, after Wagtail's privacy checks passed.
    No IP address and no user agent are stored: the Forum needs counts per item and month,
    and which files members use, not a record of who downloaded what from where. ``user``
    is kept for logged-in members only (and cleared when the account goes).
    """

    document = models.ForeignKey(
        LibraryDocument,
        on_delete=models.CASCADE,
        related_name="downloads",
        verbose_name=_("document"),
        help_text=_("The file that was downloaded."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("library item"),
        help_text=_("The page the file was downloaded from, when the link said so."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("member"),
        help_text=_("The logged-in member who downloaded it; empty for anonymous visitors."),
    )
    locale = models.CharField(
        max_length=8,
        verbose_name=_("language"),
        help_text=_("The language of the site the visitor downloaded the file from."),
    )
    created_at = models.DateTimeField(
        auto_now_add=True,
        db_index=True,
        verbose_name=_("downloaded at"),
        help_text=_("When the file was sent."),
    )

    class Meta:
        verbose_name = _("download")
        verbose_name_plural = _("downloads")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.document} ({self.created_at:%Y-%m-%d %H:%M})"
