"""Serving files: attachments, privacy by collection, downloads counted and reported."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction

from library import sample_files
from library.models import LibraryDocument
from library.models.documents import Download

REPORT_URL = "/admin/reports/downloads/"


def make_document(title, name="poradnik.pdf", content=None, collection=None):
    return LibraryDocument.objects.create(
        title=title,
        file=ContentFile(content or sample_files.pdf_bytes([title]), name=name),
        collection=collection or Collection.get_first_root_node(),
    )


@pytest.fixture
def guide(db):
    return make_document("Poradnik dla organizacji")


@pytest.fixture
def members_only_guide(db):
    """A file in a collection that only the Members group may open."""
    collection = Collection.get_first_root_node().add_child(name="Tylko dla członków")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Members"))
    return make_document("Raport dla członków", collection=collection)


@pytest.fixture
def member(django_user_model, db):
    user = django_user_model.objects.create_user(username="fundacja", password="secret")
    user.groups.add(Group.objects.get(name="Members"))
    return user


def download_at(document, when, page=None):
    download = Download.objects.create(document=document, page=page, locale="pl")
    Download.objects.filter(pk=download.pk).update(created_at=when)


def test_files_are_served_as_attachments_that_browsers_must_not_sniff(client, guide):
    response = client.get(guide.url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="poradnik.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_text_files_are_served_with_the_type_found_in_their_content(client, db):
    notes = make_document("Notatki", name="notatki.md", content=b"# Dy\xc5\xbcury prawne\n")

    response = client.get(notes.url)

    assert response["Content-Type"].startswith("text/markdown")
    assert response["Content-Disposition"].startswith("attachment;")


def test_anonymous_visitor_is_sent_to_login_for_a_members_only_file(client, members_only_guide):
    response = client.get(members_only_guide.url)

    assert response.status_code == 302
    assert "/account/login/" in response["Location"]
    assert Download.objects.count() == 0


def test_a_logged_in_non_member_cannot_download_a_members_only_file(
    client, members_only_guide, django_user_model
):
    client.force_login(django_user_model.objects.create_user(username="ktos", password="x"))

    assert client.get(members_only_guide.url).status_code == 302
    assert Download.objects.count() == 0


def test_a_member_downloads_a_members_only_file_and_it_is_counted(
    client, members_only_guide, member
):
    client.force_login(member)

    response = client.get(members_only_guide.url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    download = Download.objects.get()
    assert download.document == members_only_guide
    assert download.user == member


def test_an_anonymous_download_is_counted_with_its_item_and_language(client, guide, homes):
    item = homes["uk"]

    client.get(f"{guide.url}?item={item.pk}&lang=uk")

    download = Download.objects.get()
    assert download.document == guide
    assert download.page.pk == item.pk
    assert download.locale == "uk"
    assert download.user is None
    assert download.created_at is not None


@pytest.mark.parametrize("item", ["abc", "999999", "-1", ""])
def test_a_bad_item_parameter_is_ignored(client, guide, item):
    assert client.get(f"{guide.url}?item={item}").status_code == 200

    assert Download.objects.get().page is None


@pytest.mark.parametrize(
    ("query", "referer", "locale"),
    [
        ("?lang=en", "http://testserver/uk/library/poradnik/", "en"),
        ("?lang=xx", "http://testserver/uk/library/poradnik/", "uk"),
        ("", "http://testserver/en/library/", "en"),
        ("", "", "pl"),
    ],
)
def test_the_language_comes_from_the_link_then_the_referring_page_then_the_default(
    client, guide, query, referer, locale
):
    client.get(f"{guide.url}{query}", headers={"referer": referer} if referer else {})

    assert Download.objects.get().locale == locale


def test_a_head_request_is_not_a_download(client, guide):
    client.head(guide.url)

    assert Download.objects.count() == 0


def test_the_report_counts_downloads_per_document_item_and_month_newest_first(
    admin_client, guide, homes
):
    item = homes["pl"]
    other = make_document("Посібник для біженців", name="posibnyk.pdf")
    october = timezone.make_aware(datetime.datetime(2026, 10, 12, 10))
    november = timezone.make_aware(datetime.datetime(2026, 11, 3, 10))
    for _ in range(3):
        download_at(guide, november, page=item)
    download_at(guide, november)
    download_at(other, october)

    response = admin_client.get(REPORT_URL)

    assert response.status_code == 200
    rows = [
        (row["month"].month, row["document__title"], row["page_id"], row["downloads"])
        for row in response.context["object_list"]
    ]
    assert rows == [
        (11, "Poradnik dla organizacji", item.pk, 3),
        (11, "Poradnik dla organizacji", None, 1),
        (10, "Посібник для біженців", None, 1),
    ]
    html = response.content.decode()
    assert "November 2026" in html
    assert "Посібник для біженців" in html


def test_the_report_exports_csv_that_excel_reads_in_cyrillic(admin_client, guide):
    other = make_document("Посібник для біженців", name="posibnyk.pdf")
    download_at(other, timezone.make_aware(datetime.datetime(2026, 11, 3, 10)))

    response = admin_client.get(f"{REPORT_URL}?format=csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    assert rows[0] == [
        "Month",
        "Document ID",
        "Document",
        "Library item ID",
        "Library item",
        "Downloads",
    ]
    assert rows[1] == ["2026-11", str(other.pk), "Посібник для біженців", "", "", "1"]


@pytest.mark.parametrize(
    ("group", "allowed"),
    [
        ("Editors", True),
        ("Translators", False),
        ("Library reviewers", False),
        ("Directory moderators", False),
        ("Members", False),
    ],
)
def test_the_report_and_its_menu_item_are_for_editors(client, django_user_model, group, allowed):
    user = django_user_model.objects.create_user(username="someone", password="secret")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    assert (client.get(REPORT_URL).status_code == 200) is allowed
    assert (client.get(f"{REPORT_URL}?format=csv").status_code == 200) is allowed
    dashboard = client.get("/admin/")
    assert (REPORT_URL in dashboard.content.decode()) is (allowed and dashboard.status_code == 200)


def test_superusers_see_the_report_in_the_menu(admin_client):
    assert REPORT_URL in admin_client.get("/admin/").content.decode()


def test_the_report_runs_the_same_queries_for_few_and_many_downloads(admin_client, guide):
    when = timezone.now()
    download_at(guide, when)
    with CaptureQueriesContext(connection) as few:
        admin_client.get(REPORT_URL)

    for number in range(12):
        document = make_document(f"Materiał {number}", name=f"m{number}.pdf")
        for _ in range(3):
            download_at(document, when - datetime.timedelta(days=40 * (number % 3)))
    with CaptureQueriesContext(connection) as many:
        admin_client.get(REPORT_URL)

    assert len(many) == len(few)
