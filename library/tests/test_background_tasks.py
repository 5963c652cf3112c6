"""The text extraction as it runs in production: stored as a task in the database by the
upload, run later by ``manage.py db_worker`` (the suite otherwise runs tasks immediately)."""

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from library.models import LibraryDocument
from library.models.documents import ExtractionStatus

EXTRACTION_TASK = "library.tasks.extract_document_text"

# The worker commits and checks its connections as in production, which a test wrapped in a
# transaction cannot allow: these tests commit, and put the migrations' data back afterwards.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


def run_worker():
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)


def test_an_upload_is_saved_at_once_and_its_text_extracted_by_the_worker(
    database_tasks, admin_client, upload, guide_pdf
):
    response = upload(admin_client, "guide.pdf", guide_pdf)

    assert response.status_code == 200
    document = LibraryDocument.objects.get()
    assert document.extraction_status == ExtractionStatus.PENDING
    assert document.extracted_text == ""
    task = DBTaskResult.objects.get(task_path=EXTRACTION_TASK)
    assert task.args_kwargs == {"args": [document.pk], "kwargs": {}}

    run_worker()

    document.refresh_from_db()
    assert document.extraction_status == ExtractionStatus.DONE
    assert "Lublinie" in document.extracted_text
    assert DBTaskResult.objects.get(pk=task.pk).status == "SUCCESSFUL"


def test_a_file_no_reader_understands_fails_its_extraction_and_keeps_the_upload(
    database_tasks, admin_client, upload
):
    upload(admin_client, "broken.pdf", b"%PDF-1.7\n this is not a PDF body")
    document = LibraryDocument.objects.get()

    run_worker()

    document.refresh_from_db()
    assert document.extraction_status == ExtractionStatus.FAILED
    assert document.extraction_error
    assert document.file.storage.exists(document.file.name)
