"""Background work of the library: the text of uploaded files (django-tasks, as Wagtail's own).

The document model enqueues ``extract_document_text`` when a transaction that created a
document or replaced its file commits. The task loads the document through
``get_document_model()`` so that this module does not import the models that import it.
"""

import logging

from django_tasks import task
from wagtail.documents import get_document_model

from library.extraction import extract

logger = logging.getLogger(__name__)

MAX_ERROR_CHARS = 1000


@task()
def extract_document_text(document_id):
    """Store a document's text and page count; on any failure, store the error instead.

    Never raises: a file that no reader understands must not lose the upload or break the
    editor's work, it is only not searchable by its content. The error is shown on the
    document's edit page in the admin.
    """
    document_model = get_document_model()
    document = document_model.objects.filter(pk=document_id).first()
    if document is None:  # deleted before the task ran
        return
    try:
        with document.open_file() as file:
            extracted = extract(file)
    except Exception as error:  # the readers raise anything at all on a damaged file
        logger.warning("Text extraction failed for document %s: %r", document_id, error)
        document.extraction_failed(f"{type(error).__name__}: {error}"[:MAX_ERROR_CHARS])
    else:
        document.extraction_succeeded(extracted)
