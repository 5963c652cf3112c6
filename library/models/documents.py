from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document


class LibraryDocument(AbstractDocument):
    """The site's document model, declared from the start so the library can extend it.

    Swapping ``WAGTAILDOCS_DOCUMENT_MODEL`` after documents exist needs a data migration;
    declaring it now keeps that door open (the library issue adds extracted text, checksums).
    """

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]
