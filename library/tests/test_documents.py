"""The document model: checksums, type, text extraction in the background, duplicates."""

import hashlib

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Collection

from library import sample_files
from library.extraction import MAX_TEXT_CHARS
from library.models import LibraryDocument
from library.models.documents import ExtractionStatus
from library.tests.conftest import POLISH_PAGE, UKRAINIAN_PAGE

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"


def test_an_uploaded_pdf_keeps_its_checksum_type_pages_and_text(admin_client, upload, guide_pdf):
    response = upload(admin_client, "poradnik.pdf", guide_pdf, title="Poradnik")

    assert response.status_code == 200
    document = LibraryDocument.objects.get()
    assert document.sha256 == hashlib.sha256(guide_pdf).hexdigest()
    assert document.file_size == len(guide_pdf)
    assert document.content_type == "application/pdf"
    assert document.page_count == 2
    assert document.extraction_status == ExtractionStatus.DONE
    assert "uchodźców" in document.extracted_text
    assert "біженців" in document.extracted_text  # the second page, in Ukrainian


@pytest.mark.parametrize(
    ("name", "make", "content_type", "words"),
    [
        (
            "tabela.docx",
            lambda: sample_files.docx_bytes(
                ["Mapa potrzeb organizacji pozarządowych"],
                [("Województwo", "Punkty recepcyjne"), ("podkarpackie", "Przemyśl, Medyka")],
            ),
            DOCX,
            ["Mapa potrzeb", "podkarpackie", "Medyka"],
        ),
        (
            "notatka.odt",
            lambda: sample_files.odt_bytes(["Świetlica integracyjna dla dzieci z Charkowa"]),
            ODT,
            ["Świetlica integracyjna", "Charkowa"],
        ),
        (
            "potrzeby.xlsx",
            lambda: sample_files.xlsx_bytes(
                {
                    "Lublin": [("Potrzeba", "Liczba"), ("tłumacze przysięgli", 4)],
                    "Chełm": [("Potrzeba", "Liczba"), ("opieka psychologiczna", 2)],
                }
            ),
            XLSX,
            ["tłumacze przysięgli", "opieka psychologiczna", "Chełm"],
        ),
        (
            "zasoby.ods",
            lambda: sample_files.ods_bytes([("Zasób", "Miejsce"), ("hostel", "Rzeszów")]),
            ODS,
            ["hostel", "Rzeszów"],
        ),
        (
            "kontakty.csv",
            lambda: "organizacja,miasto\nFundacja Ocalenie,Warszawa\nСтрана,Київ\n".encode(),
            "text/csv",
            ["Fundacja Ocalenie", "Київ"],
        ),
        (
            "notatki.md",
            lambda: "# Dyżury prawne\n\nPorady w sprawie legalizacji pobytu.".encode(),
            "text/markdown",
            ["legalizacji pobytu"],
        ),
        (
            "windows.txt",
            lambda: "Zażółć gęślą jaźń: lista punktów pomocy w Łodzi".encode("cp1250"),
            "text/plain",
            ["Zażółć gęślą jaźń", "Łodzi"],
        ),
    ],
)
def test_office_and_text_files_are_extracted_with_their_type(
    admin_client, upload, name, make, content_type, words
):
    content = make()
    upload(admin_client, name, content)

    document = LibraryDocument.objects.get()
    assert document.content_type == content_type
    assert document.sha256 == hashlib.sha256(content).hexdigest()
    assert document.extraction_status == ExtractionStatus.DONE
    assert document.page_count is None
    for word in words:
        assert word in document.extracted_text


def test_an_image_is_kept_with_no_text_to_extract(admin_client, upload):
    png = sample_files.image_bytes()
    upload(admin_client, "plakat.png", png)

    document = LibraryDocument.objects.get()
    assert document.content_type == "image/png"
    assert document.extraction_status == ExtractionStatus.NOT_APPLICABLE
    assert document.extracted_text == ""


def test_search_finds_a_document_by_a_word_of_its_file(
    admin_client, upload, guide_pdf, refresh_search
):
    upload(admin_client, "poradnik.pdf", guide_pdf, title="Poradnik")
    upload(admin_client, "inny.odt", sample_files.odt_bytes(["Coś zupełnie innego"]))
    refresh_search()

    found = list(LibraryDocument.objects.search("zakwaterowanie"))

    assert [document.title for document in found] == ["Poradnik"]


def test_a_damaged_pdf_is_kept_and_its_failed_extraction_shown_to_editors(
    admin_client, upload, guide_pdf
):
    damaged = guide_pdf[: len(guide_pdf) // 3]  # still starts as a PDF, so it passes sniffing

    response = upload(admin_client, "uszkodzony.pdf", damaged, title="Uszkodzony")

    assert response.status_code == 200
    document = LibraryDocument.objects.get()
    assert document.extraction_status == ExtractionStatus.FAILED
    assert document.extraction_error
    assert document.extracted_text == ""
    assert document.file.read() == damaged  # the upload is not lost

    edit_page = admin_client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert 'data-extraction-status="failed"' in edit_page
    assert "could not be extracted" in edit_page
    assert document.extraction_error.split(":")[0] in edit_page


def test_a_password_protected_pdf_is_kept_with_the_reason_recorded(admin_client, upload):
    locked = sample_files.pdf_bytes([POLISH_PAGE], user_password="tajne")

    upload(admin_client, "zablokowany.pdf", locked)

    document = LibraryDocument.objects.get()
    assert document.extraction_status == ExtractionStatus.FAILED
    assert "password" in document.extraction_error


def test_replacing_the_file_extracts_the_new_text(
    admin_client, upload, guide_pdf, django_capture_on_commit_callbacks
):
    upload(admin_client, "poradnik.pdf", guide_pdf, title="Poradnik")
    document = LibraryDocument.objects.get()
    new_pdf = sample_files.pdf_bytes([UKRAINIAN_PAGE])

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/documents/edit/{document.pk}/",
            {
                "title": document.title,
                "file": SimpleUploadedFile("poradnik-v2.pdf", new_pdf),
                "collection": document.collection_id,
            },
            follow=True,
        )

    assert response.status_code == 200
    document.refresh_from_db()
    assert document.sha256 == hashlib.sha256(new_pdf).hexdigest()
    assert document.page_count == 1
    assert "Ґданську" in document.extracted_text
    assert "uchodźców" not in document.extracted_text


def test_a_second_upload_of_the_same_file_is_saved_with_a_warning_linking_the_first(
    admin_client, upload, guide_pdf
):
    upload(admin_client, "poradnik.pdf", guide_pdf, title="Poradnik dla organizacji")
    first = LibraryDocument.objects.get()

    response = upload(admin_client, "kopia.pdf", guide_pdf, title="Kopia")

    assert LibraryDocument.objects.count() == 2
    html = response.content.decode()
    assert "This file is identical to “Poradnik dla organizacji”" in html
    assert f'href="/admin/documents/edit/{first.pk}/"' in html
    second = LibraryDocument.objects.exclude(pk=first.pk).get()
    assert list(second.duplicates()) == [first]


def test_the_edit_page_of_a_duplicate_links_the_other_copy(admin_client, upload, guide_pdf):
    upload(admin_client, "poradnik.pdf", guide_pdf, title="Poradnik")
    upload(admin_client, "kopia.pdf", guide_pdf, title="Kopia")
    first, second = LibraryDocument.objects.order_by("pk")

    html = admin_client.get(f"/admin/documents/edit/{second.pk}/").content.decode()

    assert "The same file is also in the library as:" in html
    assert f'href="/admin/documents/edit/{first.pk}/">Poradnik</a>' in html


def test_a_different_file_brings_no_duplicate_warning(admin_client, upload, guide_pdf):
    upload(admin_client, "poradnik.pdf", guide_pdf)
    response = upload(admin_client, "inny.pdf", sample_files.pdf_bytes(["Inny tekst"]))

    assert "identical" not in response.content.decode()


def test_the_multiple_uploader_warns_about_a_duplicate_in_the_uploaded_files_form(
    admin_client, upload, guide_pdf, django_capture_on_commit_callbacks
):
    upload(admin_client, "poradnik.pdf", guide_pdf, title="Poradnik")
    first = LibraryDocument.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            "/admin/documents/multiple/add/",
            {"files[]": SimpleUploadedFile("kopia.pdf", guide_pdf)},
            headers={"x-requested-with": "XMLHttpRequest"},
        )

    result = response.json()
    assert result["success"] is True
    assert "This file is identical to" in result["form"]
    assert f'href="/admin/documents/edit/{first.pk}/"' in result["form"]
    copy = LibraryDocument.objects.get(pk=result["doc_id"])
    assert copy.extraction_status == ExtractionStatus.DONE


def test_a_document_made_in_code_gets_its_checksum_type_and_text(
    db, guide_pdf, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = LibraryDocument.objects.create(
            title="Z kodu",
            file=ContentFile(guide_pdf, name="z-kodu.pdf"),
            collection=Collection.get_first_root_node(),
        )

    document.refresh_from_db()
    assert document.sha256 == hashlib.sha256(guide_pdf).hexdigest()
    assert document.content_type == "application/pdf"
    assert document.page_count == 2
    assert "uchodźców" in document.extracted_text


def test_extracted_text_is_capped(db, django_capture_on_commit_callbacks):
    big = ("pomoc humanitarna " * (MAX_TEXT_CHARS // 9)).encode()
    with django_capture_on_commit_callbacks(execute=True):
        document = LibraryDocument.objects.create(
            title="Duży", file=ContentFile(big, name="duzy.txt")
        )

    document.refresh_from_db()
    assert document.extraction_status == ExtractionStatus.DONE
    assert len(document.extracted_text) == MAX_TEXT_CHARS
