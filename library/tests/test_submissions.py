"""Members submit materials; a reviewer approves or rejects; only approved items are public.

Issue 4's "done when": a member submits a PDF, a reviewer approves it, visitors find it in
the library, members download it, anonymous visitors cannot.
"""

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from wagtail.models import WorkflowState

from home.factories import translate_page
from library.factories import LibraryIndexPageFactory, LibraryItemPageFactory
from library.models import LibraryItemPage
from library.workflow import WORKFLOW_NAME, assign_library_review

PASSWORD = "pass-1234-secure"
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


@pytest.fixture
def library(homes):
    index = LibraryIndexPageFactory(parent=homes["pl"], slug="library")
    ukrainian = translate_page(index, "uk", title="Бібліотека")
    assign_library_review(apps, [index, ukrainian])
    return {"pl": index, "uk": ukrainian}


@pytest.fixture
def user_in(django_user_model):
    def make(name, group=None, email=""):
        user = django_user_model.objects.create_user(
            username=name, password=PASSWORD, email=email or f"{name}@example.org"
        )
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return make


def submission(**overrides):
    data = {
        "title": "Poradnik dla szkół przyjmujących uczniów z Ukrainy",
        "summary": "Jak przygotować klasę i rodziców.",
        "resource_type": "guide",
        "languages": ["pl", "uk"],
        "publisher_name": "Fundacja Przykładowa",
        "publication_date": "2026-10-01",
        "licence": "cc-by-4.0",
        "access": "public",
        "file": SimpleUploadedFile("poradnik.pdf", PDF, "application/pdf"),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_anonymous_visitors_are_sent_to_the_member_login(client, library):
    response = client.get("/pl/library/submit/")
    assert response.status_code == 302
    assert response["Location"] == "/pl/account/login/?next=/pl/library/submit/"


@pytest.mark.parametrize("group", [None, "Library reviewers", "Directory moderators"])
def test_people_who_are_not_members_get_403(client, library, user_in, group):
    client.force_login(user_in("outsider", group))
    assert client.get("/pl/library/submit/").status_code == 403
    assert client.post("/pl/library/submit/", submission()).status_code == 403
    assert not LibraryItemPage.objects.exists()


def test_a_member_submission_is_a_draft_in_review_owned_by_the_member(client, library, user_in):
    member = user_in("member", "Members")
    client.force_login(member)
    response = client.post("/pl/library/submit/", submission())
    assert response.status_code == 302
    assert response["Location"] == "/pl/account/#submissions"
    item = LibraryItemPage.objects.get()
    assert item.owner == member
    assert not item.live
    assert item.get_parent().pk == library["pl"].pk
    assert item.document.uploaded_by_user == member
    state = WorkflowState.objects.get(object_id=str(item.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == WORKFLOW_NAME
    assert client.get(f"/pl/library/{item.slug}/").status_code == 404
    assert "W recenzji" in client.get("/pl/account/").content.decode()


def test_a_submission_needs_a_file_or_a_link(client, library, user_in):
    client.force_login(user_in("member", "Members"))
    response = client.post("/pl/library/submit/", submission(file=None))
    assert response.status_code == 200
    assert "Prześlij plik albo podaj link" in response.content.decode()
    assert not LibraryItemPage.objects.exists()


def test_a_dangerous_file_is_refused_with_a_message_and_nothing_is_saved(client, library, user_in):
    client.force_login(user_in("member", "Members"))
    program = SimpleUploadedFile("poradnik.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    response = client.post("/uk/library/submit/", submission(file=program))
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode() or "form-field__errors" in (
        response.content.decode()
    )
    assert not LibraryItemPage.objects.exists()


def test_reviewers_are_mailed_and_approval_publishes_the_item(
    client, library, user_in, django_capture_on_commit_callbacks
):
    member = user_in("member", "Members")
    reviewer = user_in("reviewer", "Library reviewers")
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/pl/library/submit/", submission(access="members"))
    assert any(reviewer.email in message.to for message in mail.outbox)

    item = LibraryItemPage.objects.get()
    task_state = item.current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state, reviewer, "approve", comment="")
    item.refresh_from_db()
    assert item.live

    # Visitors find it in the library; members download it; anonymous visitors cannot.
    assert item.title in client.get("/pl/library/").content.decode()
    client.logout()
    listing = client.get("/pl/library/").content.decode()
    assert item.title in listing
    document_url = item.document.url
    assert client.get(document_url).status_code == 302  # to the login page
    client.force_login(member)
    download = client.get(document_url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    assert "Opublikowany" in client.get("/pl/account/").content.decode()


def test_a_rejection_reaches_the_submitter_in_their_language(
    client, library, user_in, django_capture_on_commit_callbacks
):
    member = user_in("mariia", "Members")
    reviewer = user_in("reviewer", "Library reviewers")
    client.force_login(member)
    client.post("/uk/library/submit/", submission(title="Посібник для шкіл"))
    item = LibraryItemPage.objects.get()
    assert item.get_parent().pk == library["uk"].pk
    mail.outbox.clear()

    task_state = item.current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(
            task_state, reviewer, "reject", comment="Додайте, будь ласка, дату видання."
        )
    to_member = [message for message in mail.outbox if member.email in message.to]
    assert len(to_member) == 1
    body = to_member[0].body
    assert "Додайте, будь ласка, дату видання." in body
    assert "Посібник для шкіл" in body
    assert "повернули" in body  # "the reviewers have returned your material", in Ukrainian
    # A member has no admin: the links lead to their account page, in their language.
    assert f"{settings.WAGTAILADMIN_BASE_URL}/uk/account/" in body
    assert "/admin/" not in body
    item.refresh_from_db()
    assert not item.live
    assert "Повернуто з коментарями" in client.get("/uk/account/").content.decode()


def test_a_workflow_notification_has_the_forums_frame_and_an_html_part_in_the_recipients_language(
    client, library, user_in, postal_address, django_capture_on_commit_callbacks
):
    member = user_in("mariia", "Members")
    reviewer = user_in("reviewer", "Library reviewers")
    client.force_login(member)
    client.post("/uk/library/submit/", submission(title="Посібник для шкіл"))
    mail.outbox.clear()

    task_state = LibraryItemPage.objects.get().current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True), translation.override("pl"):
        task_state.task.specific.on_action(task_state, reviewer, "reject", comment="Додайте дату.")
    (message,) = [message for message in mail.outbox if member.email in message.to]
    words, footer = message.body.split("\n--\n")
    assert "повернули" in words
    assert postal_address in footer
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="uk">' in html
    assert "повернули" in html  # Ukrainian though the reviewer acted in Polish
    assert "Додайте дату." in html
    assert f"{settings.WAGTAILADMIN_BASE_URL}/uk/account/" in html
    assert "/admin/" not in html
    assert "ul. Przykładowa 1<br>00-001 Warszawa" in html


def test_publication_date_is_required_and_checked(client, library, user_in):
    client.force_login(user_in("member", "Members"))
    response = client.post("/pl/library/submit/", submission(publication_date="wczoraj"))
    assert response.status_code == 200
    assert not LibraryItemPage.objects.exists()
    assert "Wpisz poprawną datę." in response.content.decode()


def test_reviewers_may_publish_in_the_library_and_nowhere_else(library, homes, user_in):
    reviewer = user_in("reviewer", "Library reviewers")
    assert library["pl"].permissions_for_user(reviewer).can_publish_subpage()
    assert library["uk"].permissions_for_user(reviewer).can_publish_subpage()
    assert not homes["pl"].permissions_for_user(reviewer).can_publish()
    assert not homes["pl"].permissions_for_user(reviewer).can_add_subpage()


def test_an_editors_rejection_keeps_wagtails_admin_link(
    library, user_in, django_capture_on_commit_callbacks
):
    editor = user_in("editor", "Editors")
    reviewer = user_in("reviewer", "Library reviewers")
    item = LibraryItemPageFactory(parent=library["pl"], live=False, owner=editor)
    item.save_revision(user=editor)
    item.get_workflow().start(item, editor)
    mail.outbox.clear()

    task_state = LibraryItemPage.objects.get(pk=item.pk).current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state, reviewer, "reject", comment="Popraw tytuł.")

    (message,) = [message for message in mail.outbox if editor.email in message.to]
    assert f"/admin/pages/{item.pk}/edit/" in message.body
    assert "Popraw tytuł." in message.body
