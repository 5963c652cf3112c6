"""Fixtures shared by every app's tests: the search index, a three-language site, the
Forum's contact details that frame every mail, and a watch on the background tasks."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished
from wagtail.search.backends import get_search_backend

from cms.models import ContactSettings
from home.factories import NewsIndexPageFactory, NewsPageFactory, make_site_tree


def pytest_runtest_setup(item):
    """A test marked ``engine`` needs the search engine: without one it is skipped on a
    developer's machine, and fails under ``CI=true`` (CI must never pass without running it).
    The SQLite run deselects these tests instead (``-m "not engine and not served"``)."""
    if item.get_closest_marker("engine") and not settings.ELASTICSEARCH_URL:
        message = (
            "needs the search engine (make services; . .services/env), "
            "or deselect it: -m 'not engine'"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """On SQLite the test database is a file, as ``make run``'s is, not memory: the task
    worker that ``cms/tests/test_task_worker.py`` starts is another process and must read
    the same database. In shared memory (tmpfs) where there is one, to stay fast."""
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        yield
        return
    shm = Path("/dev/shm")  # noqa: S108 (mkdtemp makes a private folder in it)
    folder = Path(tempfile.mkdtemp(prefix="razem-test-db-", dir=shm if shm.is_dir() else None))
    database.setdefault("TEST", {})["NAME"] = str(folder / "test.sqlite3")
    yield
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Start the test indexes empty and with the current mapping: migrate creates the
    missing ones, but an index kept from an earlier run holds that run's documents."""
    if settings.ELASTICSEARCH_URL:
        with django_db_blocker.unblock():
            call_command("update_index", verbosity=0)


@pytest.fixture(autouse=True)
def failed_tasks():
    """The tasks that ended FAILED during the test, its fixtures included.

    The immediate task backend of the test settings catches a task's exception, marks the
    task FAILED and carries on, so a crashing index update, extraction or digest would pass
    unnoticed: ``pytest_runtest_call`` fails the test instead, unless it asks for
    ``tasks_may_fail``."""
    failed = []

    def record(sender, task_result, **kwargs):
        if task_result.status == TaskResultStatus.FAILED:
            failed.append(task_result)

    task_finished.connect(record, weak=False)
    yield failed
    task_finished.disconnect(record)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    result = yield
    failed = item.funcargs.get("failed_tasks")
    if failed and "tasks_may_fail" not in item.fixturenames:
        pytest.fail(
            "A background task failed:\n"
            + "\n".join(
                f"{task.task.module_path}{tuple(task.args)}\n{task.errors[-1].traceback}"
                for task in failed
            ),
            pytrace=False,
        )
    return result


@pytest.fixture
def tasks_may_fail(failed_tasks):
    """The tasks that ended FAILED in this test, for a test that makes them fail on purpose
    (the search engine down, a broken mail server) and says which."""
    return failed_tasks


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: rate limits count there, and a search engine
    failure is remembered there (searches then skip the engine for a while)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def homes(db):
    """Home pages keyed by language code; the Polish one is the default site's root."""
    return make_site_tree()


@pytest.fixture
def news_index(homes):
    return NewsIndexPageFactory(parent=homes["pl"], slug="news", title="Aktualności")


@pytest.fixture
def news_items(news_index):
    return [NewsPageFactory(parent=news_index) for _ in range(3)]


@pytest.fixture
def refresh_search():
    """Make what a test just saved visible to searches: a search engine shows new documents
    after its refresh interval; the database backend needs nothing. The backend is looked up
    at each call: a test may switch the engine off and on."""
    return lambda: get_search_backend().refresh_indexes()


@pytest.fixture
def postal_address(db):
    """The Forum's postal address in the contact settings, as the footer of every mail shows it."""
    contact = ContactSettings.load()
    contact.postal_address = "ul. Przykładowa 1\n00-001 Warszawa"
    contact.save()
    return contact.postal_address
