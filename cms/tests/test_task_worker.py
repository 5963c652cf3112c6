"""Every background task of the site, queued in the database and run by a real
``manage.py db_worker``, as ``make run`` and production run them.

The rest of the suite runs tasks at once, in the test's own process (the immediate backend).
Here the test process saves content with the database task backend, which only stores the
tasks; then a worker started from the checkout, in another process with the development
settings, runs what is queued (``--batch``: until the queue is empty) and exits. Each task
must end SUCCESSFUL with its effect visible from the test: a page indexed, a PDF's text
extracted, a digest and a reminder in the mail folder the worker writes to, old personal data
gone.

The worker reads the test database: on PostgreSQL the test database's name in DATABASE_URL;
on SQLite the test database is a file for this reason (the root conftest). The data must be
committed for it to see them, hence transactional tests.
"""

import datetime
import os
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction
from wagtail.search.backends import get_search_backend

from directory.factories import OrganisationFactory
from directory.models import Organisation
from event_calendar import registrations
from event_calendar.factories import EventIndexPageFactory, EventPageFactory
from event_calendar.models import EventRegistration
from event_calendar.tasks import purge_event_registrations, send_event_reminders
from home.factories import NewsIndexPageFactory, NewsPageFactory
from home.models import NewsPage
from library import sample_files
from library.factories import LibraryDocumentFactory
from newsletter.digests import compose
from newsletter.factories import SubscriberFactory
from newsletter.models import (
    Delivery,
    DeliveryStatus,
    Digest,
    DigestStatus,
    Subscriber,
    SubscriberStatus,
)
from newsletter.tasks import purge_unconfirmed_subscribers, start_sending
from search import indexing
from search.indexing import catch_up_task
from search.models import PendingIndexUpdate

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROOT = Path(__file__).resolve().parents[2]
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# Saved, never run: for content that must reach the worker some other way than its own task.
NO_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
WORKER_TIMEOUT = 240  # seconds; the worker starts Django and Wagtail, then runs the queue


def database_url():
    """The address of the database this test uses, for another process."""
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        assert not connection.is_in_memory_db(), "a worker cannot read an in-memory database"
        return f"sqlite:///{database['NAME']}"
    url = urllib.parse.urlsplit(os.environ["DATABASE_URL"])
    return url._replace(path=f"/{database['NAME']}").geturl()


class Worker:
    """``manage.py db_worker`` from the checkout, with the development settings pointed at
    the test database, the test index and a mail folder."""

    def __init__(self, folder):
        self.outbox = folder / "outbox"
        self.outbox.mkdir()
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
            "DATABASE_URL": database_url(),
            "EMAIL_URL": f"filemail:///{self.outbox}",
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        }
        prefix = settings.WAGTAILSEARCH_BACKENDS["default"].get("INDEX_PREFIX")
        if prefix:  # the engine's test indexes: "<SEARCH_INDEX>_<app>_<model>"
            self.env["SEARCH_INDEX"] = prefix.removesuffix("_")

    def run(self):
        """Run every queued task; the result of each, by task path."""
        assert DBTaskResult.objects.exists(), "nothing was queued"
        done = subprocess.run(
            [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=WORKER_TIMEOUT,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-5000:]
        results = {}
        for result in DBTaskResult.objects.order_by("enqueued_at"):
            results.setdefault(result.task_path, []).append(result.status)
            assert result.status == "SUCCESSFUL", (
                f"{result.task_path} ended {result.status}:\n{result.traceback}\n"
                f"worker log:\n{done.stderr[-5000:]}"
            )
        return results

    def mails_to(self, address):
        """The mails the worker wrote for ``address``, as the file backend writes them."""
        mails = []
        for path in sorted(self.outbox.iterdir()):
            mails += [m for m in path.read_text().split("-" * 79) if f"\nTo: {address}\n" in m]
        return mails


@pytest.fixture
def worker(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.TASKS = DATABASE_TASKS
    return Worker(tmp_path)


def found(query, queryset):
    backend = get_search_backend()
    backend.refresh_indexes()
    return list(backend.search(query, queryset))


def indexed_restrictions(page):
    """The view restrictions the engine holds for ``page`` (``search.documents``)."""
    backend = get_search_backend()
    index = backend.get_index_for_model(NewsPage)
    document = backend.es.get(
        index=index.name, id=backend.mapping_class(NewsPage).get_document_id(page)
    )
    return document["_source"]["razem_restrictions"]


def test_the_worker_indexes_pages_their_sections_and_what_the_engine_missed(
    homes, worker, settings
):
    # An organisation saved while the engine refused it: not indexed, only queued.
    settings.TASKS = NO_TASKS
    missed = OrganisationFactory(name="Fundacja Zaległa", description="Wiatraki i młyny.")
    indexing.queue(missed, indexing.Action.ADD)
    settings.TASKS = DATABASE_TASKS

    section = NewsIndexPageFactory(parent=homes["pl"], slug="zebrania", title="Zebrania")
    page = NewsPageFactory(parent=section, title="Zdrojowisko", lead="Spotkanie nad wodą.")
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    catch_up_task.enqueue()
    live = NewsPage.objects.live()
    assert found("Zdrojowisko", live) == []  # only queued so far
    assert found("Zaległa", Organisation.objects.all()) == []

    results = worker.run()

    assert "modelsearch.tasks.insert_or_update_object_task" in results
    assert "search.documents.reindex_subtree" in results
    assert results["search.indexing.catch_up_task"] == ["SUCCESSFUL"]
    assert found("Zdrojowisko", live) == [page]
    assert found("Zaległa", Organisation.objects.all()) == [missed]
    assert not PendingIndexUpdate.objects.exists()
    if settings.ELASTICSEARCH_URL:  # the database backend keeps no restrictions
        assert indexed_restrictions(page) == [str(restriction.pk)]


def test_the_worker_extracts_the_text_of_an_uploaded_pdf(worker):
    text = "Poradnik o wynajmie mieszkania dla rodzin z Ukrainy"
    document = LibraryDocumentFactory(
        title="Poradnik", file=ContentFile(sample_files.pdf_bytes([text]), name="poradnik.pdf")
    )
    document.refresh_from_db()
    assert document.extracted_text == ""  # queued when the upload committed, not run

    results = worker.run()

    assert results["library.tasks.extract_document_text"] == ["SUCCESSFUL"]
    document.refresh_from_db()
    assert "wynajmie mieszkania" in " ".join(document.extracted_text.split())
    assert document.page_count == 1


def test_the_worker_sends_a_digest_and_purges_unconfirmed_sign_ups(homes, worker):
    news = NewsIndexPageFactory(parent=homes["pl"])
    item = NewsPageFactory(parent=news, title="Nowe przepisy o pobycie", lead="Co się zmienia.")
    item.save_revision().publish()  # what is new since the last digest
    SubscriberFactory(email="czytelniczka@example.org", language="pl")
    stale = SubscriberFactory(email="stary@example.org", status=SubscriberStatus.PENDING)
    Subscriber.objects.filter(pk=stale.pk).update(
        created_at=timezone.now()
        - datetime.timedelta(days=settings.NEWSLETTER_UNCONFIRMED_DAYS + 1)
    )
    digest = compose("pl")
    assert digest.items.exists()
    assert start_sending(digest)
    purge_unconfirmed_subscribers.enqueue()

    results = worker.run()

    assert results["newsletter.tasks.send_digest_task"] == ["SUCCESSFUL"]
    assert results["newsletter.tasks.purge_unconfirmed_subscribers"] == ["SUCCESSFUL"]
    assert Digest.objects.get(pk=digest.pk).status == DigestStatus.SENT
    deliveries = Delivery.objects.filter(digest=digest).values_list("status", "error")
    assert list(deliveries) == [(DeliveryStatus.SENT, "")]
    [mail] = worker.mails_to("czytelniczka@example.org")
    assert "List-Unsubscribe:" in mail
    assert worker.mails_to("stary@example.org") == []
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["czytelniczka@example.org"]


def test_the_worker_reminds_registrants_and_purges_old_registrations(homes, worker):
    events = EventIndexPageFactory(parent=homes["pl"])
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(hours=20)
    tomorrow = EventPageFactory(
        parent=events, start=start, end=start + datetime.timedelta(hours=2), registration="open"
    )
    form = {
        "name": "Anna Kowalska",
        "organisation_name": "Fundacja Przykład",
        "accessibility_needs": "",
        "consent": "on",
    }
    coming = registrations.register(
        tomorrow, tomorrow.local_start.date(), {**form, "email": "anna@example.org"}, "pl"
    )
    ended = timezone.now() - datetime.timedelta(
        days=settings.EVENT_REGISTRATION_RETENTION_DAYS + 10
    )
    past = EventPageFactory(parent=events, start=ended - datetime.timedelta(hours=2), end=ended)
    old = EventRegistration.objects.create(
        event=past,
        occurrence_date=past.local_start.date(),
        name="Jan",
        email="dawno@example.org",
        language="pl",
        consent_given_at=ended,
        consent_version="test",
    )
    send_event_reminders.enqueue()
    purge_event_registrations.enqueue()

    results = worker.run()

    assert results["event_calendar.tasks.send_event_reminders"] == ["SUCCESSFUL"]
    assert results["event_calendar.tasks.purge_event_registrations"] == ["SUCCESSFUL"]
    coming.refresh_from_db()
    assert coming.reminder_sent_at is not None
    assert len(worker.mails_to("anna@example.org")) == 1
    assert not EventRegistration.objects.filter(pk=old.pk).exists()
