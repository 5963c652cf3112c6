"""The document form of the whole site (``WAGTAILDOCS_DOCUMENT_FORM_BASE``)."""

from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm

from library.validation import validate_upload


class LibraryDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing unsafe files (``library.validation``).

    Wagtail builds the admin's add and edit forms and the multiple uploader's forms from
    this base, so every upload in the admin passes the same checks as members' submissions.
    """

    def clean_file(self):
        file = self.cleaned_data.get("file")
        # An edit that keeps the file passes the stored file, already checked.
        if isinstance(file, UploadedFile):
            validate_upload(file)
        return file
